import type { DailyRecordFact } from '../records/daily-record-facts.ts';
import type { CoverageTotals, MissedCheck, OfficerCoverage } from './weekly-report-content.ts';
import type { Period } from '../schedules/periods.ts';

/**
 * 日管控 coverage, the one computation the weekly report and the monthly minutes both state: they must never
 * disagree about how many checks were owed and how many were done.
 */
export interface DailyControlCoverage {
  officers: OfficerCoverage[];
  totals: CoverageTotals;
  missedChecks: MissedCheck[];
}

const chineseOrder = new Intl.Collator('zh-Hans-CN');

function byDayAndShift(left: DailyRecordFact, right: DailyRecordFact): number {
  return left.date.localeCompare(right.date) || left.shift.localeCompare(right.shift);
}

/** A corrected record exists in several revisions; only the latest says how the day ended. */
function latestRevisions(records: readonly DailyRecordFact[], period: Period): DailyRecordFact[] {
  const latest = new Map<string, DailyRecordFact>();
  for (const record of records) {
    if (record.date < period.periodStart || record.date > period.periodEnd) continue;
    const key = `${record.officerId}\u0000${record.date}\u0000${record.shift}`;
    const known = latest.get(key);
    if (known === undefined || record.revision > known.revision) latest.set(key, record);
  }
  return [...latest.values()].sort(byDayAndShift);
}

function totalsOf(records: readonly DailyRecordFact[]): CoverageTotals {
  const count = (state: DailyRecordFact['state']): number => records.filter((record) => record.state === state).length;
  const zeroRisk = count('zero-risk');
  const hazard = count('hazard');
  const suspended = count('suspended');
  const expected = records.length - suspended;
  const submitted = zeroRisk + hazard;
  // A period spent entirely in 停工停产 owed no checks, so nothing was left undone.
  const submissionRate = expected === 0 ? 1 : submitted / expected;
  return { expected, submitted, zeroRisk, hazard, missed: count('missed'), suspended, submissionRate };
}

export function dailyControlCoverage(records: readonly DailyRecordFact[], period: Period): DailyControlCoverage {
  const inPeriod = latestRevisions(records, period);
  const byOfficer = new Map<string, DailyRecordFact[]>();
  for (const record of inPeriod) byOfficer.set(record.officerId, [...(byOfficer.get(record.officerId) ?? []), record]);
  const officers = [...byOfficer.entries()]
    .map(([officerId, officerRecords]) => ({ officerId, officerRecords }))
    .sort((left, right) => {
      const leftName = left.officerRecords[0]?.officerName ?? '';
      const rightName = right.officerRecords[0]?.officerName ?? '';
      return chineseOrder.compare(leftName, rightName) || left.officerId.localeCompare(right.officerId);
    })
    .map(({ officerRecords }) => ({
      officerName: officerRecords[0]?.officerName ?? '',
      ...totalsOf(officerRecords),
      days: officerRecords.map((record) => ({ date: record.date, shift: record.shift, state: record.state })),
    }));
  const missedChecks = inPeriod
    .filter((record) => record.state === 'missed')
    .sort((left, right) => byDayAndShift(left, right) || chineseOrder.compare(left.officerName, right.officerName))
    .map((record) => ({ date: record.date, shift: record.shift, officerName: record.officerName }));
  return { officers, totals: totalsOf(inPeriod), missedChecks };
}
