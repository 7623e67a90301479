import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import { DomainError } from '../../domain/domain-error.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';

/** The director (or principal) confirms receipt of a hazard alert; every copy of the alert shows who and when. */
export async function acknowledgeHazard(store: Store, input: { actorOpenId: string; hazardId: string; now: Date }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const hazard = await transaction.hazards.get(input.hazardId);
    if (!hazard) throw new DomainError('HAZARD_NOT_FOUND', '找不到这条隐患记录。');
    const actor = (await transaction.people.byOpenId(input.actorOpenId)).find(
      (member) => member.unitId === hazard.unitId && (member.roles.includes('director') || member.roles.includes('principal')),
    );
    if (!actor) throw new DomainError('NOT_ALLOWED', '只有本单位的质量安全总监或主要负责人可以确认隐患报告。');
    if (hazard.acknowledgedAt) return replied('这条隐患报告已经确认过了。', 'info');
    const unit = await transaction.units.get(hazard.unitId);
    const officer = await transaction.people.get(hazard.reportedById);
    if (!unit || !officer) throw new Error(`hazard ${hazard.id} refers to a unit or officer that does not exist`);
    await transaction.hazards.acknowledge(hazard.id, actor.personId, input.now);
    await transaction.hazards.recordEvent(hazard.id, 'acknowledged', actor.personId, input.now, {});
    const view = {
      hazardId: hazard.id,
      hazardNumber: hazard.number,
      unitName: unit.name,
      itemCode: hazard.itemCode,
      itemText: hazard.itemText,
      description: hazard.description,
      measures: hazard.measures === '' ? '（未填写）' : hazard.measures,
      serious: hazard.serious,
      officerName: officer.name,
      reportedAt: formatLocalDateTime(hazard.reportedAt, unit.timeZone),
      acknowledgement: { byName: actor.name, at: formatLocalDateTime(input.now, unit.timeZone) },
    };
    for (const outboxId of await transaction.hazards.alertOutboxIds(hazard.id)) {
      await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: outboxId, notification: { kind: 'hazard-alert', view } });
    }
    return replied(`已确认收到第 ${hazard.number} 号隐患报告。`);
  });
}
