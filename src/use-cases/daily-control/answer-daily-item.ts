import { answerItem, unansweredItems } from '../../domain/daily-checks/daily-check.ts';
import type { DailyCheckView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { applyCheckChange } from './daily-check-changes.ts';
import { viewOfContext } from './daily-check-view.ts';
import { type CheckTarget, findTargetCheck, requireShownRevision } from './find-target-check.ts';

export interface ItemAnswered {
  kind: 'item-answered';
  number: number;
  answer: 'normal' | 'not-applicable';
  /** Items still without an answer, so the officer knows what is left. */
  remaining: number[];
  view: DailyCheckView;
}

/** 正常 <n> / 不适用 <n>: one item of the officer's record, on a card's button or by chat word. */
export async function answerDailyItem(
  store: Store,
  input: { actorOpenId: string; target: CheckTarget; number: number; answer: 'normal' | 'not-applicable'; now: Date },
): Promise<ItemAnswered> {
  return store.transaction(async (transaction) => {
    const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
    requireShownRevision(context, input.target);
    const changed = answerItem(context.check, input.number, input.answer);
    const { saved } = await applyCheckChange(transaction, context, changed, input.now);
    return { kind: 'item-answered', number: input.number, answer: input.answer, remaining: unansweredItems(changed), view: viewOfContext(context, saved) };
  });
}
