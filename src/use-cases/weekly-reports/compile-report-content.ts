import { addDays } from '../../domain/calendar/local-time.ts';
import type { Period } from '../../domain/schedules/periods.ts';
import { compileWeeklyReport, type PreviousReport } from '../../domain/weekly-reports/compile-weekly-report.ts';
import type { WeeklyReportContent } from '../../domain/weekly-reports/weekly-report-content.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { readRecordFacts } from '../records/read-record-facts.ts';

/**
 * The previous report: the one whose period ends the day before `period` starts, whatever cadence it was compiled
 * under. After a change of cadence the periods may overlap instead; the previous report's last day is then in this
 * period, and its misses are this report's own.
 */
async function previousReportOf(transaction: StoreTransaction, unitId: string, period: Period): Promise<PreviousReport | undefined> {
  const dayBefore = addDays(period.periodStart, -1);
  const previous = (await transaction.weeklyReports.between(unitId, dayBefore, dayBefore)).find((report) => report.periodEnd === dayBefore);
  return previous ? { periodStart: previous.periodStart, periodEnd: previous.periodEnd, missedChecks: previous.content.missedChecks } : undefined;
}

/** The bot's part of the report from the records as they stand, the same whether drafted or recompiled on confirmation. */
export async function compileReportContent(transaction: StoreTransaction, unit: UnitProfile, period: Period, today: string): Promise<WeeklyReportContent> {
  const previousReport = await previousReportOf(transaction, unit.id, period);
  const facts = await readRecordFacts(transaction, unit, previousReport?.periodStart ?? period.periodStart, period.periodEnd);
  return compileWeeklyReport({ unitId: unit.id, unitName: unit.name, ...period, today, ...facts, ...(previousReport ? { previousReport } : {}) });
}
