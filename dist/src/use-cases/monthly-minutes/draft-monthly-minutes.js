import { schedulingPeriodEnding } from "../../domain/schedules/periods.js";
import { refreshMinutesCards } from "./minutes-cards.js";
import { compileMinutesContent } from "./minutes-facts.js";
/**
 * monthly-minutes: the draft 《每月工业产品质量安全调度会议纪要》 for the period ending on `date`, with proposed
 * next-month work, sent to the principal to edit and confirm. A period has one set of minutes.
 */
export async function draftMonthlyMinutes(store, input) {
    return store.transaction(async (transaction) => {
        const unit = await transaction.units.get(input.unitId);
        if (!unit)
            throw new Error(`unknown unit ${input.unitId}`);
        const period = schedulingPeriodEnding(input.date, unit.schedule.schedulingMode);
        const existing = await transaction.monthlyMinutes.find(unit.id, period.periodStart);
        if (existing)
            return { created: false, minutesId: existing.id };
        const { content, members } = await compileMinutesContent(transaction, unit, period, input.date, input.now);
        const minutes = await transaction.monthlyMinutes.create({ unitId: unit.id, ...period, content, arrangements: content.proposedArrangements });
        await refreshMinutesCards(transaction, minutes, unit, members.filter((member) => member.roles.includes('principal')));
        return { created: true, minutesId: minutes.id };
    });
}
//# sourceMappingURL=draft-monthly-minutes.js.map