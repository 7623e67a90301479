import { schedulingPeriodEnding } from '../../domain/schedules/periods.ts';
import type { Store } from '../../ports/store.ts';
import { refreshMinutesCards } from './minutes-cards.ts';
import { compileMinutesContent } from './minutes-facts.ts';

/**
 * monthly-minutes: the draft 《每月工业产品质量安全调度会议纪要》 for the period ending on `date`, with proposed
 * next-month work, sent to the principal to edit and confirm. A period has one set of minutes.
 */
export async function draftMonthlyMinutes(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ created: boolean; minutesId: string }> {
  return store.transaction(async (transaction) => {
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const period = schedulingPeriodEnding(input.date, unit.schedule.schedulingMode);
    const existing = await transaction.monthlyMinutes.find(unit.id, period.periodStart);
    if (existing) return { created: false, minutesId: existing.id };
    const { content, members } = await compileMinutesContent(transaction, unit, period, { date: '', attendees: [] }, input.now);
    const minutes = await transaction.monthlyMinutes.create({ unitId: unit.id, ...period, content, arrangements: content.proposedArrangements });
    await refreshMinutesCards(transaction, minutes, unit, members.filter((member) => member.roles.includes('principal')));
    return { created: true, minutesId: minutes.id };
  });
}
