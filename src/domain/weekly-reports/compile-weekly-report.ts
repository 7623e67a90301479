import type { DailyRecordFact, HazardFact } from '../records/daily-record-facts.ts';
import type { MissedCheck, WeeklyReportContent } from './weekly-report-content.ts';
import { requirePeriod } from '../schedules/periods.ts';
import { dailyControlCoverage } from './daily-control-coverage.ts';
import { hazardCountsByItem, hazardLine, hazardsCarriedInto, hazardsReportedIn } from './hazard-lines.ts';

/** What the report of the period just before says of its own period. */
export type PreviousReport = Pick<WeeklyReportContent, 'periodStart' | 'periodEnd' | 'missedChecks'>;

export interface WeeklyReportFacts {
  unitId: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  /** Decides which deadlines have passed: the unit's local date when the report is compiled. */
  today: string;
  /** The period's records, and the previous report's period's too when there is one. */
  records: readonly DailyRecordFact[];
  hazards: readonly HazardFact[];
  previousReport?: PreviousReport;
}

const TOP_ITEM_COUNT = 5;

function missedCheckKey(missed: MissedCheck): string {
  return `${missed.date}\u0000${missed.shift}\u0000${missed.officerName}`;
}

/**
 * A report is compiled on its period's last day, before that day's close records the checks nobody answered as 漏检,
 * and may be confirmed before the close too, so those misses would reach no report. The next report carries them:
 * every check of the previous period now missed that the previous report does not list. A report keeps a miss only
 * as date, shift and name, so that is what is matched, each listed miss accounting for one check.
 */
function missedAfterReport(records: readonly DailyRecordFact[], previousReport: PreviousReport): MissedCheck[] {
  const unmatched = new Map<string, number>();
  for (const listed of previousReport.missedChecks) unmatched.set(missedCheckKey(listed), (unmatched.get(missedCheckKey(listed)) ?? 0) + 1);
  return dailyControlCoverage(records, previousReport).missedChecks.filter((missed) => {
    const key = missedCheckKey(missed);
    const listed = unmatched.get(key) ?? 0;
    if (listed === 0) return true;
    unmatched.set(key, listed - 1);
    return false;
  });
}

/** The part of 《每周工业产品质量安全排查治理报告》 the bot can state from its own records (Art. 11). */
export function compileWeeklyReport(facts: WeeklyReportFacts): WeeklyReportContent {
  const period = { periodStart: facts.periodStart, periodEnd: facts.periodEnd };
  requirePeriod(period);
  const coverage = dailyControlCoverage(facts.records, period);
  const found = hazardsReportedIn(facts.hazards, period);
  const missedAfterPreviousReport = facts.previousReport ? missedAfterReport(facts.records, facts.previousReport) : [];
  return {
    unitId: facts.unitId,
    unitName: facts.unitName,
    ...period,
    coverage: { officers: coverage.officers, totals: coverage.totals },
    hazardsFound: found.map((hazard) => hazardLine(hazard, facts.today)),
    earlierOpenHazards: hazardsCarriedInto(facts.hazards, period).map((hazard) => hazardLine(hazard, facts.today)),
    topItems: hazardCountsByItem(found).slice(0, TOP_ITEM_COUNT),
    missedChecks: coverage.missedChecks,
    ...(missedAfterPreviousReport.length > 0 ? { missedAfterPreviousReport } : {}),
  };
}
