import { recordHazard, unansweredItems } from '../../domain/daily-checks/daily-check.ts';
import type { DailyCheckView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { type AlertedPerson, applyCheckChange } from './daily-check-changes.ts';
import { viewOfContext } from './daily-check-view.ts';
import { type CheckTarget, findTargetCheck, requireShownRevision } from './find-target-check.ts';

export interface HazardRecorded {
  kind: 'hazard-recorded';
  number: number;
  itemText: string;
  unitName: string;
  /** Who was told at once, as the alert went. */
  alerted: AlertedPerson[];
  /** Items still without an answer: the hazard answers its own item only, never the others. */
  remaining: number[];
  view: DailyCheckView;
}

export async function reportDailyHazard(
  store: Store,
  input: {
    actorOpenId: string;
    target: CheckTarget;
    number: number;
    description: string;
    measures: string;
    serious: boolean;
    now: Date;
  },
): Promise<HazardRecorded> {
  return store.transaction(async (transaction) => {
    const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
    requireShownRevision(context, input.target);
    const report = { number: input.number, description: input.description, measures: input.measures, serious: input.serious };
    const changed = recordHazard(context.check, report);
    const { saved, raised } = await applyCheckChange(transaction, context, changed, input.now);
    const item = context.checklist.items.find((candidate) => candidate.number === input.number);
    return {
      kind: 'hazard-recorded',
      number: input.number,
      itemText: item?.text ?? '',
      unitName: context.unit.name,
      alerted: raised.find((hazard) => hazard.number === input.number)?.alerted ?? [],
      remaining: unansweredItems(changed),
      view: viewOfContext(context, saved),
    };
  });
}
