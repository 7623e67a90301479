import { isOperatingDay, restDayName } from "../../domain/calendar/operating-days.js";
import { suspensionOn } from "../../domain/calendar/suspension.js";
import { recordHashes } from "../../domain/archive/record-hashes.js";
import { dailyCheckView } from "./daily-check-view.js";
/** The shifts a unit runs on a day: one unnamed shift for daily control, or each configured shift time. */
export function shiftsOf(unit) {
    return unit.schedule.controlMode === 'per-shift' && unit.schedule.shiftTimes.length > 0 ? unit.schedule.shiftTimes : [''];
}
async function pushUnitShift(transaction, unit, date, shift, now) {
    const summary = { unitId: unit.id, date, pushed: 0, suspended: 0, alreadyDone: 0 };
    if (!isOperatingDay(date, unit.calendar))
        return { ...summary, skipped: { reason: 'rest-day', dayName: restDayName(date) } };
    const checklist = await transaction.checklists.current(unit.id);
    if (!checklist)
        return { ...summary, skipped: { reason: 'no-checklist' } };
    const suspension = suspensionOn(date, await transaction.suspensions.covering(unit.id, date));
    const officers = (await transaction.people.membersOf(unit.id)).filter((member) => member.roles.includes('officer'));
    for (const officer of officers) {
        // The unique (unit, officer, date, shift) row is what makes a rerun, a restart or a second instance harmless.
        if (await transaction.dailyChecks.find(unit.id, officer.personId, date, shift)) {
            summary.alreadyDone += 1;
            continue;
        }
        const check = await transaction.dailyChecks.create({
            unitId: unit.id,
            officerId: officer.personId,
            date,
            shift,
            checklistId: checklist.id,
            status: suspension ? 'suspended' : 'open',
            ...(suspension ? { suspensionReason: suspension.reason } : {}),
        }, checklist.items.length);
        if (suspension) {
            summary.suspended += 1;
            await transaction.audit.append({
                at: now,
                unitId: unit.id,
                actor: 'system',
                action: 'daily-check.suspended',
                recordType: 'daily-check',
                recordId: `${check.id}#${check.revision}`,
                contentHash: recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: officer.personId, date, shift, status: 'suspended', reason: suspension.reason }),
            });
            continue;
        }
        if (!officer.openId)
            continue;
        const outboxId = await transaction.outbox.enqueue({
            operation: 'send',
            toOpenId: officer.openId,
            notification: { kind: 'daily-check', view: dailyCheckView(check, { unit, checklist, officerName: officer.name }) },
        });
        await transaction.dailyChecks.setCard(check.id, outboxId);
        summary.pushed += 1;
    }
    return summary;
}
export async function pushDailyChecklists(store, input) {
    return store.transaction(async (transaction) => {
        const unit = await transaction.units.get(input.unitId);
        if (!unit)
            throw new Error(`unknown unit ${input.unitId}`);
        const shifts = input.shift !== undefined ? [input.shift] : shiftsOf(unit);
        const summaries = [];
        for (const shift of shifts)
            summaries.push(await pushUnitShift(transaction, unit, input.date, shift, input.now));
        return summaries;
    });
}
//# sourceMappingURL=push-daily-checklists.js.map