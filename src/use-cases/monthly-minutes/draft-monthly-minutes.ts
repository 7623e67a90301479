import { NOTHING_AUTHORED } from '../../domain/monthly-minutes/compile-monthly-minutes.ts';
import { schedulingPeriodEnding } from '../../domain/schedules/periods.ts';
import type { Store } from '../../ports/store.ts';
import { refreshMinutesCards } from './minutes-cards.ts';
import { compileMinutesContent } from './minutes-facts.ts';

/**
 * monthly-minutes: the draft 《每月工业产品质量安全调度会议纪要》 for the period ending on `date`, with proposed
 * next-month work, sent to the principal to edit and confirm; the director is asked to confirm or rewrite the
 * report drafted for them. A period has one set of minutes.
 */
export async function draftMonthlyMinutes(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ created: boolean; minutesId: string }> {
  return store.transaction(async (transaction) => {
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const period = schedulingPeriodEnding(input.date, unit.schedule.schedulingMode);
    const existing = await transaction.monthlyMinutes.find(unit.id, period.periodStart);
    if (existing) return { created: false, minutesId: existing.id };
    const { content, members } = await compileMinutesContent(transaction, unit, period, NOTHING_AUTHORED, input.now);
    const minutes = await transaction.monthlyMinutes.create({ unitId: unit.id, ...period, content, arrangements: content.proposedArrangements, createdAt: input.now });
    await refreshMinutesCards(transaction, minutes, unit, members.filter((member) => member.roles.includes('principal')));
    for (const director of members.filter((member) => member.roles.includes('director'))) {
      if (!director.openId) continue;
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: director.openId,
        notification: {
          kind: 'minutes-news',
          view: { change: 'director-report-requested', personName: director.name, directorName: director.name, unitName: unit.name, periodStart: period.periodStart, periodEnd: period.periodEnd, reportText: content.directorReport?.text ?? '' },
        },
      });
    }
    return { created: true, minutesId: minutes.id };
  });
}
