import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { recordHazardStep } from './record-hazard-step.ts';
import { refreshHazardCards } from './hazard-cards.ts';

/** The director (or principal) confirms receipt of a hazard report; every card of it shows who and when. */
export async function acknowledgeHazard(store: Store, input: { actorOpenId: string; hazardId: string; now: Date }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const hazard = await transaction.hazards.get(input.hazardId);
    if (!hazard) throw new WordedRefusal('HAZARD_NOT_FOUND', '找不到这条隐患记录。');
    const actor = (await transaction.people.byOpenId(input.actorOpenId)).find(
      (member) => member.unitId === hazard.unitId && (member.roles.includes('director') || member.roles.includes('principal')),
    );
    if (!actor) throw new WordedRefusal('NOT_ALLOWED', '只有本单位的质量安全总监或主要负责人可以确认隐患报告。');
    if (hazard.acknowledgedAt) return replied('这条隐患报告已经确认过了。', 'info');
    await transaction.hazards.acknowledge(hazard.id, actor.personId, input.now);
    await recordHazardStep(transaction, hazard, { action: 'acknowledged', actorId: actor.personId, at: input.now, details: {} });
    await refreshHazardCards(transaction, hazard.id, input.now);
    return replied(`已确认收到第 ${hazard.number} 号隐患报告。`);
  });
}
