import { verifyRectification } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { refreshHazardCards, unitHasDirector } from './hazard-cards.ts';
import { recordHazardStep } from './record-hazard-step.ts';

export interface RectificationVerified {
  kind: 'rectification-verified';
  number: number;
  passed: boolean;
}

/** Verification closes the hazard, or sends it back to the owner with the reason. */
export async function verifyHazardRectification(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; passed: boolean; note: string; now: Date },
): Promise<RectificationVerified> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const members = await transaction.people.membersOf(hazard.unitId);
    const changed = verifyRectification(hazard, { actor, unitHasDirector: unitHasDirector(members), passed: input.passed, note: input.note });
    const note = input.note.trim();
    await transaction.hazards.update(hazard.id, { status: changed.status, closedAt: changed.status === 'closed' ? input.now : null });
    await recordHazardStep(transaction, hazard, { action: 'verified', actorId: actor.personId, at: input.now, details: { passed: input.passed, note } });
    // Sent back, the rectification is the owner's again: they are told, not only shown it on a card that changed.
    const owner = !input.passed && hazard.ownerId ? [hazard.ownerId] : [];
    await refreshHazardCards(transaction, hazard.id, input.now, owner, { news: { change: 'sent-back', ...(note ? { note } : {}) } });
    return { kind: 'rectification-verified', number: hazard.number, passed: input.passed };
  });
}
