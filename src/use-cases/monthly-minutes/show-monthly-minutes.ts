import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { minutesCardView } from './minutes-cards.ts';

/** 纪要: the latest minutes of each unit the person belongs to, as a card (the principal's draft keeps its form). */
export async function showMonthlyMinutes(store: Store, input: { actorOpenId: string }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const lines: string[] = [];
    for (const member of await transaction.people.byOpenId(input.actorOpenId)) {
      const unit = await transaction.units.get(member.unitId);
      const minutes = await transaction.monthlyMinutes.latest(member.unitId);
      if (!unit || !minutes || !member.openId) continue;
      const isPrincipal = member.roles.includes('principal');
      if (!isPrincipal && minutes.status !== 'confirmed') continue;
      const outboxId = await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId, notification: { kind: 'monthly-minutes', view: minutesCardView(minutes, unit, isPrincipal ? 'principal' : 'participant') } });
      await transaction.recordCards.add('monthly-minutes', minutes.id, member.personId, outboxId);
      lines.push(`${unit.name}：${minutes.periodStart} 至 ${minutes.periodEnd} 的调度会议纪要${minutes.status === 'confirmed' ? '（已确认）' : '（草稿）'}已发送。`);
    }
    return replied(lines.length > 0 ? lines.join('\n') : '还没有可以查看的调度会议纪要。', 'info');
  });
}
