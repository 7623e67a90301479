import { EVIDENCE_STEP_NAMES } from '../domain/evidence/evidence-step.ts';
import type { DocumentRenderer } from '../ports/document-renderer.ts';
import type { EvidenceFiles } from '../ports/evidence.ts';
import { renderMonthlyMinutesDocx } from './monthly-minutes-document.ts';
import { renderWeeklyReportDocx } from './weekly-report-document.ts';

/** The Word documents, with evidence photos read from `evidence` (none shown without it: each is said to be missing). */
export function docxDocumentRendererReading(evidence: Pick<EvidenceFiles, 'read'>): DocumentRenderer {
  return {
    async weeklyReport(report, items = []) {
      const shown = [];
      for (const item of items) shown.push({ ...item, stepName: EVIDENCE_STEP_NAMES[item.step], bytes: await evidence.read(item.sha256) });
      return renderWeeklyReportDocx(report, shown);
    },
    monthlyMinutes: renderMonthlyMinutesDocx,
  };
}

export const docxDocumentRenderer: DocumentRenderer = docxDocumentRendererReading({ read: async () => null });
