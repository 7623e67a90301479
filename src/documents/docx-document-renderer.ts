import type { DocumentRenderer } from '../ports/document-renderer.ts';
import { renderMonthlyMinutesDocx } from './monthly-minutes-document.ts';
import { renderWeeklyReportDocx } from './weekly-report-document.ts';

export const docxDocumentRenderer: DocumentRenderer = {
  weeklyReport: renderWeeklyReportDocx,
  monthlyMinutes: renderMonthlyMinutesDocx,
};
