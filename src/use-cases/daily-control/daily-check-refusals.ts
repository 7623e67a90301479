import { refusalsOf } from '../../domain/domain-error.ts';

/** What the daily-control use cases refuse beyond the record's own rules: who may act on which record, and when. */
export interface DailyCheckAccessRefusals {
  'daily-check.not-found': Record<string, never>;
  'daily-check.not-yours': { officerName: string };
  'daily-check.card-outdated': Record<string, never>;
  'daily-check.not-an-officer': Record<string, never>;
  'daily-check.several-units-open': Record<string, never>;
  'daily-check.none-today': Record<string, never>;
  'daily-check.not-open': Record<string, never>;
  'daily-check.submitted-before': { date: string; submittedAt: Date | null; timeZone: string };
  'daily-check.week-for-deciders': Record<string, never>;
}

export const refuseDailyCheckAccess = refusalsOf<DailyCheckAccessRefusals>();
