import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { isLocalDate } from '../../domain/calendar/local-time.ts';
import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { Store } from '../../ports/store.ts';

/**
 * 停工停产/停业: the rhythm pauses for these days and the records say why (Q&A on Orders 75/76). A period is
 * recorded before it starts or while it lasts; days already checked keep their records.
 */
export async function recordSuspension(
  store: Store,
  input: { unitId: string; startDate: string; endDate: string; reason: string; actor: string; now: Date },
): Promise<{ id: string }> {
  for (const [field, value] of [['开始日期', input.startDate], ['结束日期', input.endDate]] as const) {
    if (!isLocalDate(value)) throw new WordedRefusal('SUSPENSION_DATE_INVALID', `${field}须为 YYYY-MM-DD 格式的日期，收到：${value}`);
  }
  if (input.endDate < input.startDate) throw new WordedRefusal('SUSPENSION_RANGE_INVALID', `结束日期 ${input.endDate} 早于开始日期 ${input.startDate}`);
  const reason = input.reason.trim();
  if (reason === '') throw new WordedRefusal('SUSPENSION_REASON_REQUIRED', '请写明停产停业的原因，它会记入检查记录备查');
  return store.transaction(async (transaction) => {
    if (!(await transaction.units.get(input.unitId))) throw new WordedRefusal('UNIT_NOT_FOUND', `没有编号为 ${input.unitId} 的单位`);
    const overlapping = await transaction.suspensions.overlapping(input.unitId, input.startDate, input.endDate);
    if (overlapping.length > 0) {
      const existing = overlapping[0]!;
      throw new WordedRefusal('SUSPENSION_OVERLAPS', `与已登记的停产停业期间 ${existing.startDate} 至 ${existing.endDate}（${existing.reason}）重叠`);
    }
    const period = { startDate: input.startDate, endDate: input.endDate, reason };
    const id = await transaction.suspensions.add(input.unitId, period);
    await transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'suspension.recorded',
      recordType: 'suspension',
      recordId: id,
      contentHash: recordHashes.suspension({ unitId: input.unitId, ...period }),
    });
    const unit = await transaction.units.get(input.unitId);
    for (const member of await transaction.people.membersOf(input.unitId)) {
      if (!member.openId) continue;
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: member.openId,
        notification: { kind: 'text', text: `${unit?.name ?? input.unitId} ${input.startDate} 至 ${input.endDate} 停工停产（停业）：${reason}。期间暂停日管控，不推送每日检查，记录中注明原因。` },
      });
    }
    return { id };
  });
}
