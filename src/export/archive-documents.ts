import type { ArchivedDailyRecord, ArchivedMonthlyMinutes, ArchivedWeeklyReport, ArchiveOverview, ArchiveSnapshotHead } from '../domain/archive/archive-snapshot.ts';
import { renderAppointmentsDocx } from '../documents/archive/appointments-document.ts';
import { ARCHIVE_FILES } from '../documents/archive/archive-file-names.ts';
import { renderChecklistsDocx } from '../documents/archive/checklists-document.ts';
import { renderArchivedDailyRecordDocx } from '../documents/archive/daily-record-for-archive.ts';
import { renderDutyStatementsDocx } from '../documents/archive/duty-statements-document.ts';
import { evidenceForArchive } from '../documents/archive/evidence-for-archive.ts';
import { monthlyMinutesForArchive, weeklyReportForArchive } from '../documents/archive/periodic-records-for-archive.ts';
import { renderSuggestionsDocx } from '../documents/archive/suggestions-document.ts';
import { renderSuspensionsDocx } from '../documents/archive/suspensions-document.ts';
import { renderTrainingDocx } from '../documents/archive/training-document.ts';
import { renderMonthlyMinutesDocx } from '../documents/monthly-minutes-document.ts';
import { renderWeeklyReportDocx } from '../documents/weekly-report-document.ts';
import type { ArchiveContent } from '../ports/archive-files.ts';

/*
 * How each document of the archive is made from its records. The export writes them all and the archive page one at a
 * time; both go through these, so a document downloaded from the page says what the export's copy says.
 */

type EvidenceFile = ArchiveContent['evidenceFile'];

export const ORGANISATION_DOCUMENTS: ReadonlyArray<{ path: string; render: (overview: ArchiveOverview) => Promise<Buffer> }> = [
  { path: ARCHIVE_FILES.suggestions, render: renderSuggestionsDocx },
  { path: ARCHIVE_FILES.appointments, render: renderAppointmentsDocx },
  { path: ARCHIVE_FILES.dutyStatements, render: renderDutyStatementsDocx },
  { path: ARCHIVE_FILES.checklists, render: renderChecklistsDocx },
  { path: ARCHIVE_FILES.training, render: renderTrainingDocx },
  { path: ARCHIVE_FILES.suspensions, render: renderSuspensionsDocx },
];

function unitOf(head: ArchiveSnapshotHead) {
  return { name: head.unit.name, timeZone: head.unit.timeZone, closeTime: head.unit.closeTime };
}

/** A daily record with the photos and files sent for it. */
export async function dailyRecordDocument(record: ArchivedDailyRecord, head: ArchiveSnapshotHead, evidenceFile: EvidenceFile): Promise<Buffer> {
  const evidence = await evidenceForArchive(head.evidence.filter((item) => item.dailyCheckId === record.id), head.unit.timeZone, evidenceFile);
  return renderArchivedDailyRecordDocx(record, unitOf(head), evidence);
}

/** A weekly report with the evidence of every hazard it lists, found that week or still open from before. */
export async function weeklyReportDocument(report: ArchivedWeeklyReport, head: ArchiveSnapshotHead, evidenceFile: EvidenceFile): Promise<Buffer> {
  const numbers = new Set([...report.content.hazardsFound, ...report.content.earlierOpenHazards].map((hazard) => hazard.number));
  const evidence = await evidenceForArchive(head.evidence.filter((item) => numbers.has(item.hazardNumber)), head.unit.timeZone, evidenceFile);
  return renderWeeklyReportDocx(weeklyReportForArchive(report, head.unit.timeZone), evidence);
}

export function monthlyMinutesDocument(minutes: ArchivedMonthlyMinutes, head: ArchiveSnapshotHead): Promise<Buffer> {
  return renderMonthlyMinutesDocx(monthlyMinutesForArchive(minutes, head.unit.timeZone));
}
