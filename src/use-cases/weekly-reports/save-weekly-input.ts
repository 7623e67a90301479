import type { DirectorInput } from '../../domain/weekly-reports/weekly-report-content.ts';
import { type DirectorField, missingDirectorFields } from '../../domain/weekly-reports/weekly-report-rules.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { Store } from '../../ports/store.ts';
import { confirmReport, type WeeklyReportConfirmed } from './confirm-weekly-report.ts';
import { findReportForWriter, type ReportReference } from './find-pending-report.ts';
import { weeklyReportCardView } from './weekly-report-card.ts';
import { refuseWeeklyReportAccess } from './weekly-report-refusals.ts';

export interface WeeklyInputSaved {
  kind: 'weekly-input-saved';
  periodStart: string;
  periodEnd: string;
  /** Asked to confirm, but these fields are still empty: what was written is kept as the draft, unconfirmed. */
  stillMissing?: DirectorField[];
}

export type DirectorInputChange = Partial<Omit<DirectorInput, 'investigation'>> & { investigation?: Partial<DirectorInput['investigation']> };

/**
 * The director's part, saved as a draft from the card's form or by 研判 / 排查 / 周报措施; confirmed at once when asked
 * and complete, otherwise kept as the draft with what is still missing named.
 */
export async function saveWeeklyInput(
  dependencies: { store: Store; documents: DocumentRenderer },
  input: { actorOpenId: string; report: ReportReference; change: DirectorInputChange; confirm: boolean; now: Date },
): Promise<WeeklyInputSaved | WeeklyReportConfirmed> {
  return dependencies.store.transaction(async (transaction) => {
    const { report, writer } = await findReportForWriter(transaction, input.actorOpenId, input.report);
    if (report.status === 'confirmed') throw refuseWeeklyReportAccess('weekly-report.frozen', { periodStart: report.periodStart, periodEnd: report.periodEnd });
    const merged: DirectorInput = {
      investigation: { ...report.director.investigation, ...Object.fromEntries(Object.entries(input.change.investigation ?? {}).filter(([, value]) => value !== undefined)) },
      analysis: input.change.analysis ?? report.director.analysis,
      measures: input.change.measures ?? report.director.measures,
    };
    await transaction.weeklyReports.saveDirectorInput(report.id, merged);
    const saved = { ...report, director: merged };
    const missing = missingDirectorFields(merged);
    if (input.confirm && missing.length === 0) return confirmReport(transaction, dependencies.documents, saved, writer, input.now);
    const unit = await transaction.units.get(report.unitId);
    if (unit && report.cardOutboxId) {
      await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: report.cardOutboxId, notification: { kind: 'weekly-report', view: weeklyReportCardView(saved, unit, 'director', writer.name) } });
    }
    return { kind: 'weekly-input-saved', periodStart: report.periodStart, periodEnd: report.periodEnd, ...(input.confirm ? { stillMissing: missing } : {}) };
  });
}
