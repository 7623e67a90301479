import { isOverdue } from '../../domain/hazards/hazard-lifecycle.ts';
import type { Store } from '../../ports/store.ts';
import { refreshHazardCards } from './hazard-cards.ts';

/** Once a day: each overdue rectification reminds its owner and tells the director; the cards show 已逾期. */
export async function remindOverdueRectifications(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ overdue: number }> {
  return store.transaction(async (transaction) => {
    const members = await transaction.people.membersOf(input.unitId);
    const byId = new Map(members.map((member) => [member.personId, member]));
    const directors = members.filter((member) => member.roles.includes('director'));
    const deciders = directors.length > 0 ? directors : members.filter((member) => member.roles.includes('principal'));
    let overdue = 0;
    for (const hazard of await transaction.hazards.ofUnit(input.unitId, { openOnly: true })) {
      if (!isOverdue(hazard, input.date) || !(await transaction.jobRuns.claim('hazard-overdue', input.unitId, `${hazard.id}@${input.date}`, input.now))) continue;
      overdue += 1;
      const owner = hazard.ownerId ? byId.get(hazard.ownerId) : undefined;
      const subject = `第 ${hazard.number} 号隐患（${hazard.itemText}：${hazard.description}）`;
      if (owner?.openId) {
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: owner.openId, notification: { kind: 'text', text: `${owner.name}，${subject}的整改期限 ${hazard.deadline} 已过，请尽快完成并回复「已整改 ${hazard.number} 整改情况」。` } });
      }
      for (const decider of deciders) {
        if (!decider.openId) continue;
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: decider.openId, notification: { kind: 'text', text: `${subject}由${owner?.name ?? '未指定人员'}负责整改，期限 ${hazard.deadline} 已过，尚未完成。` } });
      }
      await transaction.hazards.recordEvent(hazard.id, 'overdue-reminded', null, input.now, { date: input.date });
      await refreshHazardCards(transaction, hazard.id, input.now);
    }
    return { overdue };
  });
}
