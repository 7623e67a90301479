import dayjs from 'dayjs';
import { refusalsOf } from '../domain-error.ts';

/** 2010 guidance §二(四)4: records are kept at least two years; no deployment may keep them for less. */
export const MINIMUM_RETENTION_YEARS = 2;

/**
 * 行政处罚法 Art. 36: where life or health was harmed, a violation may be punished for five years after it, and the
 * unit needs its records as long as it can be asked about them.
 */
export const DEFAULT_RETENTION_YEARS = 5;

/** The latest cut-off a purge may use today: everything dated on or after it is younger than the retention period. */
export function earliestKeptDate(today: string, retentionYears: number): string {
  return dayjs(today).subtract(Math.max(retentionYears, MINIMUM_RETENTION_YEARS), 'year').format('YYYY-MM-DD');
}

export interface RetentionRefusals {
  'retention.too-recent': { limit: string; retentionYears: number };
}

const refuse = refusalsOf<RetentionRefusals>();

export function requirePurgeAllowed(before: string, today: string, retentionYears: number): void {
  const limit = earliestKeptDate(today, retentionYears);
  if (before > limit) {
    throw refuse('retention.too-recent', { limit, retentionYears: Math.max(retentionYears, MINIMUM_RETENTION_YEARS) });
  }
}
