import { submittedLate } from '../../domain/daily-checks/submitted-late.ts';
import { type DailyCheckOutcome, hazardsOf, outcomeOf, submit, submitRemainingAsNormal } from '../../domain/daily-checks/daily-check.ts';
import type { DailyCheckView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { applyCheckChange } from './daily-check-changes.ts';
import { refuseDailyCheckAccess } from './daily-check-refusals.ts';
import { viewOfContext } from './daily-check-view.ts';
import { type CheckTarget, findTargetCheck, requireShownRevision } from './find-target-check.ts';

/** 全部正常 records every unanswered item as normal before submitting; 提交 submits the record as answered. */
export type SubmitMode = 'remaining-normal' | 'as-answered';

export interface CheckSubmitted {
  kind: 'check-submitted';
  date: string;
  outcome: DailyCheckOutcome;
  itemCount: number;
  hazardCount: number;
  /** Submitted after the day's close time: recorded with its real time and shown as late. */
  lateAfter?: string;
  view: DailyCheckView;
}

export async function submitDailyCheck(
  store: Store,
  input: { actorOpenId: string; target: CheckTarget; mode: SubmitMode; now: Date },
): Promise<CheckSubmitted> {
  return store.transaction(async (transaction) => {
    const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
    const { check } = context;
    if (check.status === 'submitted') {
      throw refuseDailyCheckAccess('daily-check.submitted-before', { date: check.date, submittedAt: check.submittedAt, timeZone: context.unit.timeZone });
    }
    requireShownRevision(context, input.target);
    const changed = input.mode === 'remaining-normal' ? submitRemainingAsNormal(check) : submit(check);
    const { saved } = await applyCheckChange(transaction, context, changed, input.now);
    return {
      kind: 'check-submitted',
      date: check.date,
      outcome: outcomeOf(changed.answers),
      itemCount: context.checklist.items.length,
      hazardCount: hazardsOf(changed).length,
      ...(submittedLate(check.date, input.now, context.unit.schedule.closeTime, context.unit.timeZone) ? { lateAfter: context.unit.schedule.closeTime } : {}),
      view: viewOfContext(context, saved),
    };
  });
}
