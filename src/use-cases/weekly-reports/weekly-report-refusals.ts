import { refusalsOf } from '../../domain/domain-error.ts';

/** Who may work on which weekly report, and when it can no longer change. */
export interface WeeklyReportAccessRefusals {
  /** `pending` when the person asked for the report waiting for them rather than pressed a card. */
  'weekly-report.not-found': { pending: boolean };
  'weekly-report.not-the-writer': Record<string, never>;
  'weekly-report.not-a-reader': Record<string, never>;
  'weekly-report.frozen': { periodStart: string; periodEnd: string };
}

export const refuseWeeklyReportAccess = refusalsOf<WeeklyReportAccessRefusals>();
