import type { DailyRecordSummary } from '../../domain/archive/archive-snapshot.ts';
import { dailyRecordSummary } from '../../domain/archive/daily-control-index.ts';
import type { ArchiveRows, DailyCheckRow, UnitRecords } from '../../ports/archive-rows.ts';
import { archivedDailyRecords } from './archive-snapshot-from-rows.ts';

/**
 * Every daily record of the period summarised as the inspection index reads it, without holding every answer: a
 * check's stored outcome says how it ended, and only a submitted check stored before outcomes were kept has its
 * answers read to decide it, as the export does.
 */
export async function dailyRecordSummaries(archiveRows: ArchiveRows, records: UnitRecords, period: { from: string; to: string }): Promise<DailyRecordSummary[]> {
  const summaries: DailyRecordSummary[] = [];
  for await (const states of archiveRows.dailyCheckStateDays(records.unit.id, period)) {
    const undecided = states.filter((check) => check.status === 'submitted' && check.outcome === null).map((check) => check.id);
    const answered = new Map((undecided.length === 0 ? [] : await archiveRows.dailyChecksById(undecided)).map((check) => [check.id, check]));
    const checks: DailyCheckRow[] = states.map((check) => answered.get(check.id) ?? { ...check, answers: [] });
    summaries.push(...archivedDailyRecords(records, checks, []).map(dailyRecordSummary));
  }
  return summaries;
}
