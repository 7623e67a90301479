import { escalateHazard } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { refreshHazardCards } from './hazard-cards.ts';
import { recordHazardStep } from './record-hazard-step.ts';

export interface HazardEscalated {
  kind: 'hazard-escalated';
  number: number;
}

/** The director hands a hazard up to the principal, who then decides its rectification. */
export async function escalateHazardToPrincipal(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; reason: string; now: Date },
): Promise<HazardEscalated> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const changed = escalateHazard(hazard, { actor, reason: input.reason });
    const reason = input.reason.trim();
    await transaction.hazards.update(hazard.id, { status: changed.status });
    await recordHazardStep(transaction, hazard, { action: 'escalated', actorId: actor.personId, at: input.now, details: { reason } });
    const principals = (await transaction.people.membersOf(hazard.unitId)).filter((member) => member.roles.includes('principal'));
    await refreshHazardCards(transaction, hazard.id, input.now, principals.map((member) => member.personId));
    return { kind: 'hazard-escalated', number: hazard.number };
  });
}
