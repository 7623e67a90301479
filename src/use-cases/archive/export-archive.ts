import type { DailyRecordSummary } from '../../domain/archive/archive-snapshot.ts';
import { dailyRecordSummary } from '../../domain/archive/daily-control-index.ts';
import { compileInspectionIndex, type InspectionIndex } from '../../domain/archive/inspection-index.ts';
import type { ArchiveContent, WrittenArchive } from '../../ports/archive-files.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';
import { archivedAuditEntry, archivedDailyRecords, archiveSnapshotHead, auditEntryWithin, submissionKeys } from './archive-snapshot-from-rows.ts';

export interface ArchiveExport<Written extends WrittenArchive> {
  unitName: string;
  written: Written;
  /** What the inspection index found missing, in the index's own words. */
  gaps: string[];
}

/**
 * The archive of a unit for a period: its records as they stand → the archive's files, written by `write` (a folder,
 * zips for chat) a page of daily records at a time, so a year costs the memory of a day. The export is itself
 * recorded: its manifest's hash in the chain lets `verify --export` prove a copy is authentic.
 */
export async function exportArchive<Written extends WrittenArchive>(
  dependencies: { archiveRows: ArchiveRows; store: Store; evidence?: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { unitId: string; from: string; to: string; now: Date; actor: string; write: (content: ArchiveContent) => Promise<Written> },
): Promise<ArchiveExport<Written>> {
  const { archiveRows } = dependencies;
  const records = await archiveRows.unitRecords(input.unitId);
  if (!records) throw refuseArchive('archive.unit-not-found', { unitId: input.unitId, known: await archiveRows.unitIds() });
  const period = { from: input.from, to: input.to };
  const head = archiveSnapshotHead(records, period, input.now, (await dependencies.evidence?.rows.all({ unitId: input.unitId })) ?? []);
  const summaries: DailyRecordSummary[] = [];
  let dailyRecordsRead = false;
  async function* dailyRecords() {
    for await (const checks of archiveRows.dailyCheckDays(input.unitId, period)) {
      const page = archivedDailyRecords(records!, checks, await archiveRows.auditEntriesAbout('daily-check', submissionKeys(checks)));
      for (const record of page) summaries.push(dailyRecordSummary(record));
      yield page;
    }
    dailyRecordsRead = true;
  }
  const withinPeriod = auditEntryWithin(period, records.unit.timeZone);
  async function* audit() {
    for await (const page of archiveRows.auditPages({ unitId: input.unitId })) yield page.filter(withinPeriod).map(archivedAuditEntry);
  }
  let concluded: { overview: ArchiveContent['head'] & { dailyRecords: DailyRecordSummary[] }; index: InspectionIndex } | undefined;
  const conclusion = () => {
    if (!dailyRecordsRead) throw new Error('the inspection index was asked for before every daily record was read');
    if (!concluded) {
      const overview = { ...head, dailyRecords: summaries };
      concluded = { overview, index: compileInspectionIndex(overview) };
    }
    return concluded;
  };
  const written = await input.write({
    head,
    dailyRecordCount: await archiveRows.dailyCheckCount(input.unitId, period),
    dailyRecords: dailyRecords(),
    audit: audit(),
    evidenceFile: async (sha256) => (await dependencies.evidence?.files.read(sha256)) ?? null,
    conclusion,
  });
  await dependencies.store.transaction((transaction) =>
    transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'archive.exported',
      recordType: 'export',
      recordId: `${input.unitId}:${input.from}:${input.to}`,
      contentHash: written.manifestSha256,
    }),
  );
  return { unitName: records.unit.name, written, gaps: conclusion().index.gaps };
}
