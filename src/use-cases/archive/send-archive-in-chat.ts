import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { WordedRefusal } from '../../domain/worded-refusal.ts';
import { monthRange, previousMonth } from '../../domain/schedules/periods.ts';
import type { ArchiveExporter } from '../../ports/archive-exporter.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';

/**
 * 导出 YYYY-MM (or 导出 for last month): the principal or director gets the month's archive in chat as zip files,
 * with a card naming what the inspection index found missing. The export is recorded in the audit chain.
 */
export async function sendArchiveInChat(
  dependencies: { store: Store; archive: ArchiveExporter },
  input: { actorOpenId: string; month: string | undefined; now: Date },
): Promise<InteractionResult> {
  const memberships = await dependencies.store.transaction(async (transaction) =>
    (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal') || member.roles.includes('director')),
  );
  if (memberships.length === 0) throw new WordedRefusal('NOT_ALLOWED', '档案导出由主要负责人和质量安全总监操作，您可以请他们导出。');
  const lines: string[] = [];
  for (const member of memberships) {
    if (!member.openId) continue;
    const unit = await dependencies.store.transaction((transaction) => transaction.units.get(member.unitId));
    if (!unit) continue;
    const month = input.month ?? previousMonth(localTimeAt(input.now, unit.timeZone).date.slice(0, 7));
    const { periodStart: from, periodEnd: to } = monthRange(month);
    const archive = await dependencies.archive.zipped({ unitId: unit.id, from, to, now: input.now, actor: member.personId });
    const zipNames = archive.parts.map((_, index) => `质安档案_${archive.unitName}_${month}${archive.parts.length > 1 ? `_第${index + 1}部分` : ''}.zip`);
    await dependencies.store.transaction(async (transaction) => {
      for (const [index, bytes] of archive.parts.entries()) {
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId!, notification: { kind: 'file', fileName: zipNames[index]!, bytes } });
      }
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: member.openId!,
        notification: { kind: 'archive-summary', view: { unitName: archive.unitName, from, to, fileCount: archive.fileCount, zipNames, gaps: archive.gaps } },
      });
    });
    lines.push(`${archive.unitName} ${month} 的档案已生成（${archive.fileCount} 个文件${archive.parts.length > 1 ? `，分 ${archive.parts.length} 个压缩包` : ''}），正在发送。`);
  }
  return replied(lines.join('\n'));
}
