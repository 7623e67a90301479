import type { ArchiveSnapshot } from '../../domain/archive/archive-snapshot.ts';
import { compileInspectionIndex } from '../../domain/archive/inspection-index.ts';
import { renderMonthlyMinutesDocx } from '../monthly-minutes-document.ts';
import { renderWeeklyReportDocx } from '../weekly-report-document.ts';
import { ARCHIVE_FILES, archiveFileNames } from './archive-file-names.ts';
import { renderAppointmentsDocx } from './appointments-document.ts';
import { renderChecklistsDocx } from './checklists-document.ts';
import { renderArchivedDailyRecordDocx } from './daily-record-for-archive.ts';
import { renderDutyStatementsDocx } from './duty-statements-document.ts';
import { renderInspectionIndexDocx } from './inspection-index-document.ts';
import { monthlyMinutesForArchive, weeklyReportForArchive } from './periodic-records-for-archive.ts';
import { renderSuggestionsDocx } from './suggestions-document.ts';
import { renderSuspensionsDocx } from './suspensions-document.ts';
import { renderTrainingDocx } from './training-document.ts';

export interface ArchiveDocument {
  /** Relative to the archive folder, with '/' between folder and file. */
  path: string;
  content: Buffer;
}

/** Every document of the inspection export for the snapshot's period, index first, each at its file name. */
export async function renderArchiveDocuments(snapshot: ArchiveSnapshot): Promise<ArchiveDocument[]> {
  const names = archiveFileNames(snapshot);
  const { unit } = snapshot;
  const named = (path: string, render: () => Promise<Buffer>): Promise<ArchiveDocument> => render().then((content) => ({ path, content }));
  const fileOf = (files: Map<string, string>, id: string): string => {
    const path = files.get(id);
    if (path === undefined) throw new Error(`archive record ${id} has no file name; record ids must be unique`);
    return path;
  };
  return Promise.all([
    named(ARCHIVE_FILES.index, () => renderInspectionIndexDocx(compileInspectionIndex(snapshot), snapshot)),
    ...snapshot.dailyRecords.map((record) => named(fileOf(names.dailyRecords, record.id), () => renderArchivedDailyRecordDocx(record, unit))),
    ...snapshot.weeklyReports.map((report) => named(fileOf(names.weeklyReports, report.id), () => renderWeeklyReportDocx(weeklyReportForArchive(report, unit.timeZone)))),
    ...snapshot.monthlyMinutes.map((minutes) => named(fileOf(names.monthlyMinutes, minutes.id), () => renderMonthlyMinutesDocx(monthlyMinutesForArchive(minutes, unit.timeZone)))),
    named(ARCHIVE_FILES.appointments, () => renderAppointmentsDocx(snapshot)),
    named(ARCHIVE_FILES.dutyStatements, () => renderDutyStatementsDocx(snapshot)),
    named(ARCHIVE_FILES.checklists, () => renderChecklistsDocx(snapshot)),
    named(ARCHIVE_FILES.training, () => renderTrainingDocx(snapshot)),
    named(ARCHIVE_FILES.suspensions, () => renderSuspensionsDocx(snapshot)),
    named(ARCHIVE_FILES.suggestions, () => renderSuggestionsDocx(snapshot)),
  ]);
}
