import { verifyRectification } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { recordHazardStep } from './record-hazard-step.ts';
import { refreshHazardCards, unitHasDirector } from './hazard-cards.ts';

/** Verification closes the hazard, or sends it back to the owner with the reason. */
export async function verifyHazardRectification(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; passed: boolean; note: string; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const members = await transaction.people.membersOf(hazard.unitId);
    const changed = verifyRectification(hazard, { actor: { personId: actor.personId, roles: actor.roles }, unitHasDirector: unitHasDirector(members), passed: input.passed, note: input.note });
    const note = input.note.trim();
    await transaction.hazards.update(hazard.id, { status: changed.status, closedAt: changed.status === 'closed' ? input.now : null });
    await recordHazardStep(transaction, hazard, { action: 'verified', actorId: actor.personId, at: input.now, details: { passed: input.passed, note } });
    await refreshHazardCards(transaction, hazard.id, input.now);
    return replied(input.passed ? `第 ${hazard.number} 号隐患整改验证通过，已关闭。` : `第 ${hazard.number} 号隐患验证不通过，已退回整改负责人。`);
  });
}
