import { contentHash } from '../../domain/archive/canonical-hash.ts';
import { escalateHazard } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { refreshHazardCards } from './hazard-cards.ts';

/** The director hands a hazard up to the principal, who then decides its rectification. */
export async function escalateHazardToPrincipal(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; reason: string; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const changed = escalateHazard(hazard, { actor: { personId: actor.personId, roles: actor.roles }, reason: input.reason });
    const reason = input.reason.trim();
    await transaction.hazards.update(hazard.id, { status: changed.status });
    await transaction.hazards.recordEvent(hazard.id, 'escalated', actor.personId, input.now, { reason });
    await transaction.audit.append({
      at: input.now,
      unitId: hazard.unitId,
      actor: actor.personId,
      action: 'hazard.escalated',
      recordType: 'hazard',
      recordId: hazard.id,
      contentHash: contentHash({ hazardId: hazard.id, reason }),
    });
    const principals = (await transaction.people.membersOf(hazard.unitId)).filter((member) => member.roles.includes('principal'));
    await refreshHazardCards(transaction, hazard.id, input.now, principals.map((member) => member.personId));
    return replied(`第 ${hazard.number} 号隐患已升级报告主要负责人。`);
  });
}
