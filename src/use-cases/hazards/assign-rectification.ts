import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { assignRectification } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { refreshHazardCards, unitHasDirector } from './hazard-cards.ts';
import { refuseHazardAccess } from './hazard-refusals.ts';
import { recordHazardStep } from './record-hazard-step.ts';

export interface RectificationAssigned {
  kind: 'rectification-assigned';
  number: number;
  ownerName: string;
  deadline: string;
}

/** The director names who rectifies and by when; the owner gets the hazard card with the step that is now theirs. */
export async function assignHazardRectification(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; owner: { personId: string } | { name: string }; deadline: string; now: Date },
): Promise<RectificationAssigned> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const unit = await transaction.units.get(hazard.unitId);
    const members = await transaction.people.membersOf(hazard.unitId);
    if (!unit) throw new Error(`hazard ${hazard.id} belongs to no unit`);
    const wanted = input.owner;
    const owner = 'personId' in wanted ? members.find((member) => member.personId === wanted.personId) : members.find((member) => member.name === wanted.name);
    if (!owner) {
      throw refuseHazardAccess('hazard.owner-not-found', { ...('name' in wanted ? { ownerName: wanted.name } : {}), candidates: members.map((member) => member.name) });
    }
    const changed = assignRectification(hazard, {
      actor,
      unitHasDirector: unitHasDirector(members),
      ownerId: owner.personId,
      deadline: input.deadline,
      today: localTimeAt(input.now, unit.timeZone).date,
    });
    await transaction.hazards.update(hazard.id, { status: changed.status, ownerId: changed.ownerId, deadline: changed.deadline });
    await recordHazardStep(transaction, hazard, { action: 'assigned', actorId: actor.personId, at: input.now, details: { ownerId: owner.personId, ownerName: owner.name, deadline: changed.deadline } });
    await refreshHazardCards(transaction, hazard.id, input.now, [owner.personId], { news: { change: 'assigned', deadline: changed.deadline ?? input.deadline } });
    return { kind: 'rectification-assigned', number: hazard.number, ownerName: owner.name, deadline: input.deadline };
  });
}
