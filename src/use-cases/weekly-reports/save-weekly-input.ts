import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { DirectorInput } from '../../domain/weekly-reports/weekly-report-content.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { confirmReport } from './confirm-weekly-report.ts';
import { findReportForWriter, type ReportReference } from './find-pending-report.ts';
import { weeklyReportCardView } from './weekly-report-card.ts';

export type DirectorInputChange = Partial<Omit<DirectorInput, 'investigation'>> & { investigation?: Partial<DirectorInput['investigation']> };

/** The director's part, saved as a draft from the card's form or by 研判 / 排查 / 周报措施; optionally confirmed at once. */
export async function saveWeeklyInput(
  dependencies: { store: Store; documents: DocumentRenderer },
  input: { actorOpenId: string; report: ReportReference; change: DirectorInputChange; confirm: boolean; now: Date },
): Promise<InteractionResult> {
  return dependencies.store.transaction(async (transaction) => {
    const { report, writer } = await findReportForWriter(transaction, input.actorOpenId, input.report);
    if (report.status === 'confirmed') throw new WordedRefusal('WEEKLY_REPORT_CONFIRMED', `${report.periodStart} 至 ${report.periodEnd} 的周报已确认，内容已冻结，不能再修改。`);
    const merged: DirectorInput = {
      investigation: { ...report.director.investigation, ...Object.fromEntries(Object.entries(input.change.investigation ?? {}).filter(([, value]) => value !== undefined)) },
      analysis: input.change.analysis ?? report.director.analysis,
      measures: input.change.measures ?? report.director.measures,
    };
    await transaction.weeklyReports.saveDirectorInput(report.id, merged);
    const saved = { ...report, director: merged };
    if (input.confirm) return confirmReport(transaction, dependencies.documents, saved, writer, input.now);
    const unit = await transaction.units.get(report.unitId);
    if (unit && report.cardOutboxId) {
      await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: report.cardOutboxId, notification: { kind: 'weekly-report', view: weeklyReportCardView(saved, unit, 'director', writer.name) } });
    }
    return replied(`已保存 ${report.periodStart} 至 ${report.periodEnd} 周报的排查和分析内容（草稿）。填写完毕后回复「确认周报」或点卡片上的确认按钮。`);
  });
}
