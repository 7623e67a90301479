import { startCorrection } from '../../domain/daily-checks/daily-check.ts';
import type { DailyCheckView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { applyCheckChange } from './daily-check-changes.ts';
import { viewOfContext } from './daily-check-view.ts';
import { type CheckTarget, findTargetCheck } from './find-target-check.ts';

export interface CorrectionStarted {
  kind: 'correction-started';
  date: string;
  revision: number;
  view: DailyCheckView;
}

/** 更正 reopens a submitted record as a new revision on the same card; the submitted revision is kept. */
export async function startDailyCorrection(store: Store, input: { actorOpenId: string; target: CheckTarget; now: Date }): Promise<CorrectionStarted> {
  return store.transaction(async (transaction) => {
    const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
    const reopened = startCorrection(context.check);
    const { saved } = await applyCheckChange(transaction, context, reopened, input.now);
    return { kind: 'correction-started', date: context.check.date, revision: reopened.revision, view: viewOfContext(context, saved) };
  });
}
