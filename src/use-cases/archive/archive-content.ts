import type { ArchivedDailyRecord, ArchiveSnapshotHead, DailyRecordSummary } from '../../domain/archive/archive-snapshot.ts';
import { dailyRecordSummary } from '../../domain/archive/daily-control-index.ts';
import { compileInspectionIndex } from '../../domain/archive/inspection-index.ts';
import type { ArchiveContent } from '../../ports/archive-files.ts';
import type { ArchiveRows, DailyCheckRow, UnitRecords } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import { refuseArchive } from './archive-refusals.ts';
import { archivedAuditEntry, archivedDailyRecords, archiveSnapshotHead, auditEntryWithin, submissionKeys } from './archive-snapshot-from-rows.ts';

/** Daily checks as the archive holds them, each with the submissions its audit entries record. */
export async function archivedChecks(archiveRows: ArchiveRows, records: UnitRecords, checks: DailyCheckRow[]): Promise<ArchivedDailyRecord[]> {
  return archivedDailyRecords(records, checks, await archiveRows.auditEntriesAbout('daily-check', submissionKeys(checks)));
}

/** Everything of the period but its daily records and audit entries, as the archive's head holds it. */
export async function archiveHead(
  dependencies: { archiveRows: ArchiveRows; evidence?: { rows: EvidenceRows } },
  input: { unitId: string; from: string; to: string; now: Date },
): Promise<{ records: UnitRecords; head: ArchiveSnapshotHead }> {
  const records = await dependencies.archiveRows.unitRecords(input.unitId);
  if (!records) throw refuseArchive('archive.unit-not-found', { unitId: input.unitId, known: await dependencies.archiveRows.unitIds() });
  const head = archiveSnapshotHead(records, { from: input.from, to: input.to }, input.now, (await dependencies.evidence?.rows.all({ unitId: input.unitId })) ?? []);
  return { records, head };
}

/**
 * A unit's records for a period as the archive holds them, read as it is written: the daily records and audit
 * entries a page at a time, the inspection index once every daily record has gone by. The export and the archive
 * page both read it, so the page says what the archive says.
 */
export async function archiveContent(
  dependencies: { archiveRows: ArchiveRows; evidence?: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { unitId: string; from: string; to: string; now: Date },
): Promise<{ unitName: string; content: ArchiveContent }> {
  const { archiveRows } = dependencies;
  const { records, head } = await archiveHead(dependencies, input);
  const period = { from: input.from, to: input.to };
  const summaries: DailyRecordSummary[] = [];
  let dailyRecordsRead = false;
  async function* dailyRecords() {
    for await (const checks of archiveRows.dailyCheckDays(input.unitId, period)) {
      const page = await archivedChecks(archiveRows, records, checks);
      for (const record of page) summaries.push(dailyRecordSummary(record));
      yield page;
    }
    dailyRecordsRead = true;
  }
  const withinPeriod = auditEntryWithin(period, records.unit.timeZone);
  async function* audit() {
    for await (const page of archiveRows.auditPages({ unitId: input.unitId })) yield page.filter(withinPeriod).map(archivedAuditEntry);
  }
  let concluded: ReturnType<ArchiveContent['conclusion']> | undefined;
  const conclusion = (): ReturnType<ArchiveContent['conclusion']> => {
    if (!dailyRecordsRead) throw new Error('the inspection index was asked for before every daily record was read');
    if (!concluded) {
      const overview = { ...head, dailyRecords: summaries };
      concluded = { overview, index: compileInspectionIndex(overview) };
    }
    return concluded;
  };
  return {
    unitName: records.unit.name,
    content: {
      head,
      dailyRecordCount: await archiveRows.dailyCheckCount(input.unitId, period),
      dailyRecords: dailyRecords(),
      audit: audit(),
      evidenceFile: async (sha256) => (await dependencies.evidence?.files.read(sha256)) ?? null,
      conclusion,
    },
  };
}
