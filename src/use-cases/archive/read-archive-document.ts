import type { ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import { compileInspectionIndex } from '../../domain/archive/inspection-index.ts';
import { monthRange } from '../../domain/schedules/periods.ts';
import type { ArchiveDocumentSource, ArchiveFiles } from '../../ports/archive-files.ts';
import type { ArchiveRows, DailyCheckRow } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { archivedChecks, archiveHead } from './archive-content.ts';
import { refuseArchive } from './archive-refusals.ts';
import { requireViewableUnit } from './archive-viewer.ts';
import { dailyRecordSummaries } from './daily-record-summaries.ts';

/**
 * One Word document of a unit's month, made by the same code as the export's, so the page's download and the zip's
 * copy say the same. Only what that document needs is read: a daily record's file reads its day, the index and the
 * organisation's documents the month's records without answers.
 */
export async function readArchiveDocument(
  dependencies: { store: Store; archiveRows: ArchiveRows; archiveFiles: ArchiveFiles; evidence: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { viewer: ArchiveViewer; unitId: string; month: string; path: string; now: Date },
): Promise<{ unitName: string; path: string; bytes: Uint8Array }> {
  const { archiveRows } = dependencies;
  await requireViewableUnit(dependencies, input.viewer, input.unitId);
  if (!input.path.endsWith('.docx')) throw refuseArchive('archive.file-not-found', { path: input.path });
  const { periodStart: from, periodEnd: to } = monthRange(input.month);
  const { records, head } = await archiveHead(dependencies, { unitId: input.unitId, from, to, now: input.now });
  const source: ArchiveDocumentSource = {
    head,
    async dailyRecordsOn(date) {
      if (date < from || date > to) return [];
      const checks: DailyCheckRow[] = [];
      for await (const page of archiveRows.dailyCheckDays(input.unitId, { from: date, to: date })) checks.push(...page);
      return archivedChecks(archiveRows, records, checks);
    },
    async conclusion() {
      const overview = { ...head, dailyRecords: await dailyRecordSummaries(archiveRows, records, { from, to }) };
      return { overview, index: compileInspectionIndex(overview) };
    },
    evidenceFile: async (sha256) => (await dependencies.evidence.files.read(sha256)) ?? null,
  };
  const bytes = await dependencies.archiveFiles.oneDocument(source, input.path);
  if (!bytes) throw refuseArchive('archive.file-not-found', { path: input.path });
  return { unitName: records.unit.name, path: input.path, bytes };
}
