import type { LocalTime } from '../calendar/local-time.ts';

export const JOB_NAMES = ['daily-push', 'daily-remind', 'daily-close', 'weekly-report', 'monthly-minutes'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}

export interface DailySchedule {
  controlMode: 'daily' | 'per-shift';
  shiftTimes: string[];
  pushTime: string;
  remindTime: string;
  closeTime: string;
}

export interface DueJob {
  job: JobName;
  date: string;
  /** Which run of the job this is; a job runs once per unit and period. */
  period: string;
  shift?: string;
}

/**
 * The daily jobs due at a unit's local time. A job whose time has passed today is still due until it has run,
 * so a service that was down at 08:30 pushes when it comes back — but never after the day's close.
 */
export function dueDailyJobs(schedule: DailySchedule, local: LocalTime): DueJob[] {
  const due: DueJob[] = [];
  const beforeClose = local.time < schedule.closeTime;
  const pushes = schedule.controlMode === 'per-shift' && schedule.shiftTimes.length > 0
    ? schedule.shiftTimes.map((shift) => ({ time: shift, shift }))
    : [{ time: schedule.pushTime, shift: '' }];
  for (const push of pushes) {
    if (local.time >= push.time && beforeClose) {
      due.push({ job: 'daily-push', date: local.date, period: push.shift ? `${local.date}@${push.shift}` : local.date, shift: push.shift });
    }
  }
  if (local.time >= schedule.remindTime && beforeClose) due.push({ job: 'daily-remind', date: local.date, period: local.date });
  if (!beforeClose) due.push({ job: 'daily-close', date: local.date, period: local.date });
  return due;
}
