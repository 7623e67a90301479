import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { HazardRecord, StoreTransaction, UnitMember } from '../../ports/store.ts';

export type HazardReference = { hazardId: string } | { number: number };

/** The hazard a card press or a chat word is about, and the actor as a member of the hazard's unit. */
export async function findHazardForActor(
  transaction: StoreTransaction,
  actorOpenId: string,
  reference: HazardReference,
): Promise<{ hazard: HazardRecord; actor: UnitMember }> {
  const memberships = await transaction.people.byOpenId(actorOpenId);
  if ('hazardId' in reference) {
    const hazard = await transaction.hazards.get(reference.hazardId);
    const actor = hazard ? memberships.find((member) => member.unitId === hazard.unitId) : undefined;
    if (!hazard || !actor) throw new WordedRefusal('HAZARD_NOT_FOUND', '找不到这条隐患记录，或它不属于您所在的单位。');
    return { hazard, actor };
  }
  const found: Array<{ hazard: HazardRecord; actor: UnitMember }> = [];
  for (const membership of memberships) {
    const hazard = await transaction.hazards.byNumber(membership.unitId, reference.number);
    if (hazard) found.push({ hazard, actor: membership });
  }
  if (found.length === 0) throw new WordedRefusal('HAZARD_NOT_FOUND', `您所在的单位没有第 ${reference.number} 号隐患。`);
  if (found.length > 1) throw new WordedRefusal('HAZARD_AMBIGUOUS', `您所在的多个单位都有第 ${reference.number} 号隐患，请在对应的隐患卡片上操作。`);
  return found[0]!;
}
