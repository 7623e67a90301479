import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { monthRange, previousMonth } from '../../domain/schedules/periods.ts';
import type { ArchiveFiles } from '../../ports/archive-files.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';
import { exportArchive } from './export-archive.ts';

export interface ArchivesSent {
  kind: 'archives-sent';
  archives: Array<{ unitName: string; month: string; fileCount: number; parts: number }>;
}

/**
 * 导出 YYYY-MM (or 导出 for last month): the principal or director gets the month's archive in chat as zip files,
 * with a card naming what the inspection index found missing. The export is recorded in the audit chain.
 */
export async function sendArchiveInChat(
  dependencies: { store: Store; archiveRows: ArchiveRows; archiveFiles: ArchiveFiles; evidence?: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { actorOpenId: string; month: string | undefined; now: Date },
): Promise<ArchivesSent> {
  const memberships = await dependencies.store.transaction(async (transaction) =>
    (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal') || member.roles.includes('director')),
  );
  if (memberships.length === 0) throw refuseArchive('archive.export-not-allowed', {});
  const archives: ArchivesSent['archives'] = [];
  for (const member of memberships) {
    if (!member.openId) continue;
    const unit = await dependencies.store.transaction((transaction) => transaction.units.get(member.unitId));
    if (!unit) continue;
    const month = input.month ?? previousMonth(localTimeAt(input.now, unit.timeZone).date.slice(0, 7));
    const { periodStart: from, periodEnd: to } = monthRange(month);
    const archive = await exportArchive(dependencies, { unitId: unit.id, from, to, now: input.now, actor: member.personId, write: (content) => dependencies.archiveFiles.toZips(content) });
    const parts = archive.written.zips;
    const zipNames = parts.map((_, index) => `质安档案_${archive.unitName}_${month}${parts.length > 1 ? `_第${index + 1}部分` : ''}.zip`);
    await dependencies.store.transaction(async (transaction) => {
      for (const [index, bytes] of parts.entries()) {
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId!, notification: { kind: 'file', fileName: zipNames[index]!, bytes } });
      }
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: member.openId!,
        notification: { kind: 'archive-summary', view: { unitName: archive.unitName, from, to, fileCount: archive.written.fileCount, zipNames, gaps: archive.gaps } },
      });
    });
    archives.push({ unitName: archive.unitName, month, fileCount: archive.written.fileCount, parts: parts.length });
  }
  return { kind: 'archives-sent', archives };
}
