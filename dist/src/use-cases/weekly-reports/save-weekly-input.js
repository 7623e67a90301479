import { confirmReport } from "./confirm-weekly-report.js";
import { findReportForWriter } from "./find-pending-report.js";
import { weeklyReportCardView } from "./weekly-report-card.js";
import { refuseWeeklyReportAccess } from "./weekly-report-refusals.js";
/** The director's part, saved as a draft from the card's form or by 研判 / 排查 / 周报措施; optionally confirmed at once. */
export async function saveWeeklyInput(dependencies, input) {
    return dependencies.store.transaction(async (transaction) => {
        const { report, writer } = await findReportForWriter(transaction, input.actorOpenId, input.report);
        if (report.status === 'confirmed')
            throw refuseWeeklyReportAccess('weekly-report.frozen', { periodStart: report.periodStart, periodEnd: report.periodEnd });
        const merged = {
            investigation: { ...report.director.investigation, ...Object.fromEntries(Object.entries(input.change.investigation ?? {}).filter(([, value]) => value !== undefined)) },
            analysis: input.change.analysis ?? report.director.analysis,
            measures: input.change.measures ?? report.director.measures,
        };
        await transaction.weeklyReports.saveDirectorInput(report.id, merged);
        const saved = { ...report, director: merged };
        if (input.confirm)
            return confirmReport(transaction, dependencies.documents, saved, writer, input.now);
        const unit = await transaction.units.get(report.unitId);
        if (unit && report.cardOutboxId) {
            await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: report.cardOutboxId, notification: { kind: 'weekly-report', view: weeklyReportCardView(saved, unit, 'director', writer.name) } });
        }
        return { kind: 'weekly-input-saved', periodStart: report.periodStart, periodEnd: report.periodEnd };
    });
}
//# sourceMappingURL=save-weekly-input.js.map