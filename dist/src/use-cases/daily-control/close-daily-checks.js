import { recordHashes } from "../../domain/archive/record-hashes.js";
import { abandonCorrection, outcomeOf } from "../../domain/daily-checks/daily-check.js";
import { unitDeciders } from "../../domain/hazards/hazard-alert.js";
import { loadCheckContext } from "./daily-check-changes.js";
import { viewOfContext } from "./daily-check-view.js";
async function updateCard(transaction, context, check) {
    if (!context.check.cardOutboxId)
        return;
    await transaction.outbox.enqueue({
        operation: 'update',
        targetOutboxId: context.check.cardOutboxId,
        notification: { kind: 'daily-check', view: viewOfContext(context, check) },
    });
}
/** A correction still open at the close is dropped: the revision it corrected stands, and the day is not missed. */
async function keepCorrectedRevision(transaction, context, now) {
    const { check, unit } = context;
    const restored = abandonCorrection(check, await transaction.dailyChecks.answersOf(check.id, check.revision - 1));
    await transaction.dailyChecks.save(restored, { outcome: outcomeOf(restored.answers), answeredAt: now });
    await transaction.audit.append({
        at: now,
        unitId: unit.id,
        actor: 'system',
        action: 'daily-check.correction-abandoned',
        recordType: 'daily-check',
        recordId: `${check.id}#${check.revision}`,
        contentHash: recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: check.officerId, date: check.date, shift: check.shift, status: 'submitted', reason: null }),
    });
    await updateCard(transaction, context, { ...check, ...restored, outcome: outcomeOf(restored.answers) });
}
async function recordMissed(transaction, context, now) {
    const { check, unit } = context;
    const closed = { ...check, status: 'missed' };
    const hash = recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: check.officerId, date: check.date, shift: check.shift, status: 'missed', reason: null });
    await transaction.dailyChecks.save(closed, { outcome: null, submittedAt: null, contentHash: hash, answeredAt: now });
    await transaction.audit.append({ at: now, unitId: unit.id, actor: 'system', action: 'daily-check.missed', recordType: 'daily-check', recordId: `${check.id}#${check.revision}`, contentHash: hash });
    await updateCard(transaction, context, closed);
}
/**
 * daily-close: every check still open is recorded as missed (漏检), its card says so, and the director gets one
 * digest of who missed — the principal when the unit has no director. A day nobody missed sends nothing.
 */
export async function closeDailyChecks(store, input) {
    return store.transaction(async (transaction) => {
        if (!(await transaction.jobRuns.claim('daily-close', input.unitId, input.date, input.now)))
            return { missed: 0, alreadyRun: true };
        const unit = await transaction.units.get(input.unitId);
        if (!unit)
            throw new Error(`unknown unit ${input.unitId}`);
        const checks = await transaction.dailyChecks.forDate(input.unitId, input.date);
        const missed = [];
        for (const check of checks.filter((candidate) => candidate.status === 'open')) {
            const context = await loadCheckContext(transaction, check);
            // Answered while the close was on its way to this record: the answer stands.
            if (context.check.status !== 'open')
                continue;
            if (context.check.revision > 1) {
                await keepCorrectedRevision(transaction, context, input.now);
                continue;
            }
            await recordMissed(transaction, context, input.now);
            missed.push({ officerName: context.officer.name, shift: check.shift });
        }
        const expected = checks.filter((check) => check.status !== 'suspended');
        const recipients = unitDeciders(await transaction.people.membersOf(unit.id));
        if (missed.length > 0) {
            for (const recipient of recipients) {
                if (!recipient.openId)
                    continue;
                await transaction.outbox.enqueue({
                    operation: 'send',
                    toOpenId: recipient.openId,
                    notification: {
                        kind: 'missed-checks-digest',
                        view: { unitName: unit.name, date: input.date, missed, submittedCount: expected.length - missed.length, expectedCount: expected.length },
                    },
                });
            }
        }
        await transaction.jobRuns.finish('daily-close', input.unitId, input.date, input.now);
        return { missed: missed.length, alreadyRun: false };
    });
}
//# sourceMappingURL=close-daily-checks.js.map