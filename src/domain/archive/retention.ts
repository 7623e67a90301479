import dayjs from 'dayjs';
import { refusalsOf } from '../domain-error.ts';

/** 2010 guidance §二(四)4: records are kept at least two years. */
export const RETENTION_YEARS = 2;

/** The latest cut-off a purge may use today: everything dated on or after it is younger than two years. */
export function earliestKeptDate(today: string): string {
  return dayjs(today).subtract(RETENTION_YEARS, 'year').format('YYYY-MM-DD');
}

export interface RetentionRefusals {
  'retention.too-recent': { limit: string };
}

const refuse = refusalsOf<RetentionRefusals>();

export function requirePurgeAllowed(before: string, today: string): void {
  const limit = earliestKeptDate(today);
  if (before > limit) {
    throw refuse('retention.too-recent', { limit });
  }
}
