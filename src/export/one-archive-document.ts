import { ARCHIVE_FILES, archiveFileNames, dailyRecordFileDate } from '../documents/archive/archive-file-names.ts';
import { renderInspectionIndexDocx } from '../documents/archive/inspection-index-document.ts';
import type { ArchiveDocumentSource } from '../ports/archive-files.ts';
import { dailyRecordDocument, monthlyMinutesDocument, ORGANISATION_DOCUMENTS, weeklyReportDocument } from './archive-documents.ts';

/**
 * The document at `path` in the archive, made as the export makes it from only what it needs: a daily record's file
 * from that day's records (names, `_2` for a namesake included, are decided within a day), the index and the
 * organisation's documents from the month's summaries. Null when the archive has no such document.
 */
export async function renderOneArchiveDocument(source: ArchiveDocumentSource, path: string): Promise<Buffer | null> {
  const { head } = source;
  const day = dailyRecordFileDate(path);
  if (day !== undefined) {
    const records = await source.dailyRecordsOn(day);
    const names = archiveFileNames({ dailyRecords: records, weeklyReports: [], monthlyMinutes: [] }).dailyRecords;
    const record = records.find((candidate) => names.get(candidate.id) === path);
    return record ? dailyRecordDocument(record, head, source.evidenceFile) : null;
  }
  const names = archiveFileNames({ dailyRecords: [], weeklyReports: head.weeklyReports, monthlyMinutes: head.monthlyMinutes });
  const report = head.weeklyReports.find((candidate) => names.weeklyReports.get(candidate.id) === path);
  if (report) return weeklyReportDocument(report, head, source.evidenceFile);
  const minutes = head.monthlyMinutes.find((candidate) => names.monthlyMinutes.get(candidate.id) === path);
  if (minutes) return monthlyMinutesDocument(minutes, head);
  const organisation = ORGANISATION_DOCUMENTS.find((document) => document.path === path);
  if (!organisation && path !== ARCHIVE_FILES.index) return null;
  const { overview, index } = await source.conclusion();
  return organisation ? organisation.render(overview) : renderInspectionIndexDocx(index, overview);
}
