import { hazardsOf, recordHazard, submitRemainingAsNormal } from '../../domain/daily-checks/daily-check.ts';
import type { DailyCheckView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { type AlertedPerson, applyCheckChange } from './daily-check-changes.ts';
import { viewOfContext } from './daily-check-view.ts';
import { type CheckTarget, findTargetCheck, requireShownRevision } from './find-target-check.ts';

/**
 * How the rest of the record is left: the card's form records the hazard and leaves the other items to the officer;
 * the chat word 异常 reports the day in one message, so the items not yet answered are recorded as normal and the
 * record is submitted (the reply says so, and 更正 undoes a wrong assumption).
 */
export type HazardCompletion = 'keep-open' | 'submit-remaining-as-normal';

export interface HazardRecorded {
  kind: 'hazard-recorded';
  number: number;
  itemText: string;
  unitName: string;
  /** Who was told at once, as the alert went. */
  alerted: AlertedPerson[];
  measuresGiven: boolean;
  /** Set when the record was submitted with the hazard. */
  submitted?: { date: string; normalCount: number };
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
    completion: HazardCompletion;
    now: Date;
  },
): Promise<HazardRecorded> {
  return store.transaction(async (transaction) => {
    const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
    requireShownRevision(context, input.target);
    const report = { number: input.number, description: input.description, measures: input.measures, serious: input.serious };
    const recorded = recordHazard(context.check, report, { measuresRequired: input.completion === 'keep-open' });
    const changed = input.completion === 'submit-remaining-as-normal' ? submitRemainingAsNormal(recorded) : recorded;
    const { saved, raised } = await applyCheckChange(transaction, context, changed, input.now);
    const item = context.checklist.items.find((candidate) => candidate.number === input.number);
    return {
      kind: 'hazard-recorded',
      number: input.number,
      itemText: item?.text ?? '',
      unitName: context.unit.name,
      alerted: raised.find((hazard) => hazard.number === input.number)?.alerted ?? [],
      measuresGiven: input.measures.trim() !== '',
      ...(changed.status === 'submitted' ? { submitted: { date: context.check.date, normalCount: context.checklist.items.length - hazardsOf(changed).length } } : {}),
      view: viewOfContext(context, saved),
    };
  });
}
