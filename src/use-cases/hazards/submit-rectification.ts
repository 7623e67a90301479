import { recordRectification } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { refreshHazardCards } from './hazard-cards.ts';
import { recordHazardStep } from './record-hazard-step.ts';

export interface RectificationSubmitted {
  kind: 'rectification-submitted';
  number: number;
}

/** The owner reports what was done; the director's card then asks for verification. */
export async function submitRectification(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; text: string; now: Date },
): Promise<RectificationSubmitted> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const changed = recordRectification(hazard, { actor, text: input.text });
    const text = input.text.trim();
    await transaction.hazards.update(hazard.id, { status: changed.status, rectification: text });
    await recordHazardStep(transaction, hazard, { action: 'rectified', actorId: actor.personId, at: input.now, details: { text } });
    const deciders = (await transaction.people.membersOf(hazard.unitId)).filter((member) => member.roles.includes('director'));
    await refreshHazardCards(transaction, hazard.id, input.now, deciders.map((member) => member.personId));
    return { kind: 'rectification-submitted', number: hazard.number };
  });
}
