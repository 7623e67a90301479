import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { isOverdue } from '../../domain/hazards/hazard-lifecycle.ts';
import { hazardStatusLabel } from '../../domain/hazards/hazard-status.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';

/** 隐患: the open hazards of the person's units, with who rectifies them by when. */
export async function listOpenHazards(store: Store, input: { actorOpenId: string; now: Date }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const memberships = await transaction.people.byOpenId(input.actorOpenId);
    if (memberships.length === 0) return replied('您还没有被登记为任何单位的人员。', 'info');
    const lines: string[] = [];
    for (const membership of memberships) {
      const unit = await transaction.units.get(membership.unitId);
      if (!unit) continue;
      const today = localTimeAt(input.now, unit.timeZone).date;
      const open = await transaction.hazards.ofUnit(unit.id, { openOnly: true });
      lines.push(`【${unit.name}】未关闭的隐患 ${open.length} 项`);
      for (const hazard of open) {
        const owner = hazard.ownerId ? (await transaction.people.get(hazard.ownerId))?.name : undefined;
        lines.push(
          `· 第 ${hazard.number} 号 ${hazard.itemText}：${hazard.description}（${hazardStatusLabel(hazard.status)}${owner ? `，${owner} 负责` : ''}${hazard.deadline ? `，期限 ${hazard.deadline}` : ''}${isOverdue(hazard, today) ? '，已逾期' : ''}）`,
        );
      }
    }
    return replied(lines.join('\n'), 'info');
  });
}
