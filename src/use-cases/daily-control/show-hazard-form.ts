import type { DailyCheckView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { refuseDailyCheckAccess } from './daily-check-refusals.ts';
import { viewOfContext } from './daily-check-view.ts';
import { type CheckTarget, findTargetCheck, requireShownRevision } from './find-target-check.ts';

export interface HazardFormShown {
  kind: 'hazard-form';
  /** The item whose form is open; absent when the form was closed. */
  number?: number;
  view: DailyCheckView;
}

/** 异常 on a card opens the hazard form on that card; nothing is recorded until the form is submitted. */
export async function showHazardForm(
  store: Store,
  input: { actorOpenId: string; target: CheckTarget; number: number | undefined; now: Date },
): Promise<HazardFormShown> {
  return store.transaction(async (transaction) => {
    const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
    requireShownRevision(context, input.target);
    if (context.check.status !== 'open') throw refuseDailyCheckAccess('daily-check.not-open', {});
    const view = viewOfContext(context, context.check);
    return input.number === undefined ? { kind: 'hazard-form', view } : { kind: 'hazard-form', number: input.number, view };
  });
}
