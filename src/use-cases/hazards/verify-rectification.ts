import { contentHash } from '../../domain/archive/canonical-hash.ts';
import { verifyRectification } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
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
    await transaction.hazards.recordEvent(hazard.id, 'verified', actor.personId, input.now, { passed: input.passed, note });
    await transaction.audit.append({
      at: input.now,
      unitId: hazard.unitId,
      actor: actor.personId,
      action: input.passed ? 'hazard.closed' : 'hazard.verification-failed',
      recordType: 'hazard',
      recordId: hazard.id,
      contentHash: contentHash({ hazardId: hazard.id, passed: input.passed, note }),
    });
    await refreshHazardCards(transaction, hazard.id, input.now);
    return replied(input.passed ? `第 ${hazard.number} 号隐患整改验证通过，已关闭。` : `第 ${hazard.number} 号隐患验证不通过，已退回整改负责人。`);
  });
}
