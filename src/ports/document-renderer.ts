import type { MonthlyMinutesDocument } from '../domain/monthly-minutes/monthly-minutes-content.ts';
import type { WeeklyReportDocument } from '../domain/weekly-reports/weekly-report-content.ts';

/** Turns records into the Word documents people sign and inspectors read. */
export interface DocumentRenderer {
  weeklyReport(report: WeeklyReportDocument): Promise<Uint8Array>;
  monthlyMinutes(minutes: MonthlyMinutesDocument): Promise<Uint8Array>;
}
