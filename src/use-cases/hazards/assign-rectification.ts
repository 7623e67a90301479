import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { WordedRefusal } from '../../domain/worded-refusal.ts';
import { assignRectification } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { findHazardForActor, type HazardReference } from './find-hazard.ts';
import { recordHazardStep } from './record-hazard-step.ts';
import { refreshHazardCards, unitHasDirector } from './hazard-cards.ts';

/** The director names who rectifies and by when; the owner gets the hazard card with the step that is now theirs. */
export async function assignHazardRectification(
  store: Store,
  input: { actorOpenId: string; hazard: HazardReference; owner: { personId: string } | { name: string }; deadline: string; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
    const unit = await transaction.units.get(hazard.unitId);
    const members = await transaction.people.membersOf(hazard.unitId);
    if (!unit) throw new Error(`hazard ${hazard.id} belongs to no unit`);
    const owner = 'personId' in input.owner
      ? members.find((member) => member.personId === (input.owner as { personId: string }).personId)
      : members.find((member) => member.name === (input.owner as { name: string }).name);
    if (!owner) {
      throw new WordedRefusal('OWNER_NOT_FOUND', `本单位没有${'name' in input.owner ? `名为「${input.owner.name}」的人员` : '所选的人员'}。可选：${members.map((member) => member.name).join('、')}`);
    }
    const changed = assignRectification(hazard, {
      actor: { personId: actor.personId, roles: actor.roles },
      unitHasDirector: unitHasDirector(members),
      ownerId: owner.personId,
      deadline: input.deadline,
      today: localTimeAt(input.now, unit.timeZone).date,
    });
    await transaction.hazards.update(hazard.id, { status: changed.status, ownerId: changed.ownerId, deadline: changed.deadline });
    await recordHazardStep(transaction, hazard, { action: 'assigned', actorId: actor.personId, at: input.now, details: { ownerId: owner.personId, ownerName: owner.name, deadline: changed.deadline } });
    await refreshHazardCards(transaction, hazard.id, input.now, [owner.personId]);
    return replied(`已指派 ${owner.name} 整改第 ${hazard.number} 号隐患，期限 ${changed.deadline}。`);
  });
}
