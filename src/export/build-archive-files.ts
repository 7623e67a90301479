import { createHash } from 'node:crypto';
import type { ArchiveSnapshot } from '../domain/archive/archive-snapshot.ts';
import type { InspectionIndex } from '../domain/archive/inspection-index.ts';
import { renderAppointmentsDocx } from '../documents/archive/appointments-document.ts';
import { ARCHIVE_FILES, archiveFileNames } from '../documents/archive/archive-file-names.ts';
import { renderChecklistsDocx } from '../documents/archive/checklists-document.ts';
import { renderArchivedDailyRecordDocx } from '../documents/archive/daily-record-for-archive.ts';
import { renderDutyStatementsDocx } from '../documents/archive/duty-statements-document.ts';
import { renderInspectionIndexDocx } from '../documents/archive/inspection-index-document.ts';
import { monthlyMinutesForArchive, weeklyReportForArchive } from '../documents/archive/periodic-records-for-archive.ts';
import { renderSuggestionsDocx } from '../documents/archive/suggestions-document.ts';
import { renderSuspensionsDocx } from '../documents/archive/suspensions-document.ts';
import { renderTrainingDocx } from '../documents/archive/training-document.ts';
import { renderMonthlyMinutesDocx } from '../documents/monthly-minutes-document.ts';
import { renderWeeklyReportDocx } from '../documents/weekly-report-document.ts';
import type { ArchiveFile } from '../ports/archive-files.ts';
import { MANIFEST_JSON, RECORDS_JSON } from './archive-file.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest lists every file with its SHA-256, so a copy of the archive can be checked file by file. */
export function manifestOf(files: readonly ArchiveFile[], snapshot: ArchiveSnapshot): ArchiveFile {
  const manifest = {
    schemaVersion: snapshot.schemaVersion,
    unit: { id: snapshot.unit.id, name: snapshot.unit.name },
    period: snapshot.period,
    generatedAt: snapshot.generatedAt,
    files: files.map((file) => ({ path: file.path, bytes: file.bytes.byteLength, sha256: sha256(file.bytes) })),
  };
  return { path: MANIFEST_JSON, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') };
}

/**
 * Every document of the archive, rendered from the snapshot: one per daily record, weekly report and set of
 * minutes, the organisation's records, the inspection index, `records.json` with the same data, and the manifest.
 */
export async function buildArchiveFiles(
  snapshot: ArchiveSnapshot,
  index: InspectionIndex,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ArchiveFile[]> {
  const names = archiveFileNames(snapshot);
  const unit = { name: snapshot.unit.name, timeZone: snapshot.unit.timeZone };
  const jobs: Array<{ path: string; render: () => Promise<Uint8Array> }> = [
    { path: ARCHIVE_FILES.index, render: () => renderInspectionIndexDocx(index, snapshot) },
    ...snapshot.dailyRecords.map((record) => ({ path: names.dailyRecords.get(record.id)!, render: () => renderArchivedDailyRecordDocx(record, unit) })),
    ...snapshot.weeklyReports.map((report) => ({ path: names.weeklyReports.get(report.id)!, render: () => renderWeeklyReportDocx(weeklyReportForArchive(report, snapshot.unit.timeZone)) })),
    ...snapshot.monthlyMinutes.map((minutes) => ({ path: names.monthlyMinutes.get(minutes.id)!, render: () => renderMonthlyMinutesDocx(monthlyMinutesForArchive(minutes, snapshot.unit.timeZone)) })),
    { path: ARCHIVE_FILES.suggestions, render: () => renderSuggestionsDocx(snapshot) },
    { path: ARCHIVE_FILES.appointments, render: () => renderAppointmentsDocx(snapshot) },
    { path: ARCHIVE_FILES.dutyStatements, render: () => renderDutyStatementsDocx(snapshot) },
    { path: ARCHIVE_FILES.checklists, render: () => renderChecklistsDocx(snapshot) },
    { path: ARCHIVE_FILES.training, render: () => renderTrainingDocx(snapshot) },
    { path: ARCHIVE_FILES.suspensions, render: () => renderSuspensionsDocx(snapshot) },
  ];
  const files: ArchiveFile[] = [];
  for (const [position, job] of jobs.entries()) {
    files.push({ path: job.path, bytes: await job.render() });
    onProgress(position + 1, jobs.length);
  }
  files.push({ path: RECORDS_JSON, bytes: Buffer.from(`${JSON.stringify(snapshot, null, 2)}\n`, 'utf8') });
  files.push(manifestOf(files, snapshot));
  return files;
}
