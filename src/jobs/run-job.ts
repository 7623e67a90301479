import { instantAt } from '../domain/calendar/local-time.ts';
import type { JobName } from '../domain/schedules/due-jobs.ts';
import type { Store, UnitProfile } from '../ports/store.ts';
import { closeDailyChecks } from '../use-cases/daily-control/close-daily-checks.ts';
import { pushDailyChecklists } from '../use-cases/daily-control/push-daily-checklists.ts';
import { remindDailyChecks } from '../use-cases/daily-control/remind-daily-checks.ts';

export interface JobRequest {
  job: JobName;
  unit: UnitProfile;
  date: string;
  shift?: string;
  now: Date;
}

/** The one entry point the scheduler and `qs job run` share; each job is idempotent per unit and period. */
export async function runJob(store: Store, request: JobRequest): Promise<string> {
  const { unit, date, now } = request;
  switch (request.job) {
    case 'daily-push': {
      const summaries = await pushDailyChecklists(store, { unitId: unit.id, date, now, ...(request.shift !== undefined ? { shift: request.shift } : {}) });
      return summaries
        .map((summary) => summary.skippedReason ?? `推送 ${summary.pushed} 份，停产停业 ${summary.suspended} 份，已推送过 ${summary.alreadyDone} 份`)
        .join('；');
    }
    case 'daily-remind': {
      const result = await remindDailyChecks(store, { unitId: unit.id, date, now });
      return result.alreadyRun ? '今日已提醒过' : `提醒 ${result.reminded} 人`;
    }
    case 'daily-close': {
      const result = await closeDailyChecks(store, { unitId: unit.id, date, now });
      return result.alreadyRun ? '今日已截止过' : `漏检 ${result.missed} 份`;
    }
    case 'weekly-report':
    case 'monthly-minutes':
      return '尚未提供';
  }
}

/** "As if on that date": the job's own time that day, or now when that time is still ahead. */
export function jobInstant(unit: UnitProfile, job: JobName, date: string, realNow: Date): Date {
  const times: Record<JobName, string> = {
    'daily-push': unit.schedule.pushTime,
    'daily-remind': unit.schedule.remindTime,
    'daily-close': unit.schedule.closeTime,
    'weekly-report': unit.schedule.weeklyTime,
    'monthly-minutes': unit.schedule.monthlyTime,
  };
  const scheduled = instantAt(date, times[job], unit.timeZone);
  return scheduled < realNow ? scheduled : realNow;
}
