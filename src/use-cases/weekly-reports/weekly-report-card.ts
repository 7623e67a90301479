import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import type { WeeklyReportCardView } from '../../ports/notifications.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import type { WeeklyReportRecord } from '../../ports/weekly-report-repository.ts';

export function weeklyReportCardView(report: WeeklyReportRecord, unit: UnitProfile, audience: WeeklyReportCardView['audience'], directorName: string): WeeklyReportCardView {
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
