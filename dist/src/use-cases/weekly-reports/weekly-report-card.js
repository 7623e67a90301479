import { formatLocalDateTime } from "../../domain/calendar/local-time.js";
export function weeklyReportCardView(report, unit, audience, directorName) {
    return {
        reportId: report.id,
        status: report.status,
        audience,
        content: report.content,
        director: report.director,
        directorName,
        ...(report.confirmedAt ? { confirmedAt: formatLocalDateTime(report.confirmedAt, unit.timeZone) } : {}),
        ...(report.contentHash ? { contentHash: report.contentHash } : {}),
    };
}
//# sourceMappingURL=weekly-report-card.js.map