import { instantAt } from '../domain/calendar/local-time.ts';
import type { JobName } from '../domain/schedules/due-jobs.ts';
import type { Store } from '../ports/store.ts';
import type { UnitProfile } from '../ports/unit-repository.ts';
import { remindLapsingCertificates } from '../use-cases/certificates/remind-lapsing-certificates.ts';
import { closeDailyChecks } from '../use-cases/daily-control/close-daily-checks.ts';
import { pushDailyChecklists } from '../use-cases/daily-control/push-daily-checklists.ts';
import { remindDailyChecks } from '../use-cases/daily-control/remind-daily-checks.ts';
import { remindOverdueRectifications } from '../use-cases/hazards/remind-overdue-rectifications.ts';
import { draftMonthlyMinutes } from '../use-cases/monthly-minutes/draft-monthly-minutes.ts';
import { remindUnconfirmedMinutes } from '../use-cases/monthly-minutes/remind-unconfirmed-minutes.ts';
import { remindUnansweredSuggestions } from '../use-cases/suggestions/remind-unanswered-suggestions.ts';
import { compileWeeklyReportDraft } from '../use-cases/weekly-reports/compile-weekly-report.ts';
import { remindUnconfirmedReports } from '../use-cases/weekly-reports/remind-unconfirmed-reports.ts';

export interface JobDependencies {
  store: Store;
}

export interface JobRequest {
  job: JobName;
  unit: UnitProfile;
  date: string;
  shift?: string;
  now: Date;
}

/** The one entry point the scheduler and `qs job run` share; each job is idempotent per unit and period. */
export async function runJob(dependencies: JobDependencies, request: JobRequest): Promise<string> {
  const { store } = dependencies;
  const { unit, date, now } = request;
  switch (request.job) {
    case 'daily-push': {
      const summaries = await pushDailyChecklists(store, { unitId: unit.id, date, now, ...(request.shift !== undefined ? { shift: request.shift } : {}) });
      return summaries
        .map((summary) =>
          summary.skipped?.reason === 'rest-day'
            ? `${summary.date} 不营业（${summary.skipped.dayName}），按单位的营业日历不推送`
            : summary.skipped?.reason === 'no-checklist'
              ? '单位没有风险管控清单'
              : summary.skipped?.reason === 'nothing-due'
                ? `${summary.date}${summary.skipped.shift ? ` ${summary.skipped.shift} 班` : ''} 按管控频次没有应检项目，不推送`
                : `推送 ${summary.pushed} 份，停产停业 ${summary.suspended} 份，已推送过 ${summary.alreadyDone} 份`,
        )
        .join('；');
    }
    case 'daily-remind': {
      const result = await remindDailyChecks(store, { unitId: unit.id, date, now });
      const vetoes = await remindUnansweredSuggestions(store, { unitId: unit.id, date, now, moment: 'daily-remind' });
      return `${result.alreadyRun ? '今日已提醒过' : `提醒 ${result.reminded} 人`}，否决建议催办 ${vetoes.reminded} 条`;
    }
    case 'daily-close': {
      const result = await closeDailyChecks(store, { unitId: unit.id, date, now });
      const vetoes = await remindUnansweredSuggestions(store, { unitId: unit.id, date, now, moment: 'daily-close' });
      return `${result.alreadyRun ? '今日已截止过' : `漏检 ${result.missed} 份`}，否决建议催办 ${vetoes.reminded} 条`;
    }
    case 'weekly-report': {
      const result = await compileWeeklyReportDraft(store, { unitId: unit.id, date, now });
      return result.created ? '已生成周报草稿并发送质量安全总监' : '该期周报已生成过';
    }
    case 'follow-ups': {
      const reports = await remindUnconfirmedReports(store, { unitId: unit.id, date, now });
      const rectifications = await remindOverdueRectifications(store, { unitId: unit.id, date, now });
      const minutes = await remindUnconfirmedMinutes(store, { unitId: unit.id, date, now });
      const suggestions = await remindUnansweredSuggestions(store, { unitId: unit.id, date, now, moment: 'follow-ups' });
      const certificates = await remindLapsingCertificates(store, { unitId: unit.id, date, now });
      return `周报提醒 ${reports.reminded} 次，告知主要负责人 ${reports.escalated} 次，逾期整改 ${rectifications.overdue} 项，纪要提醒 ${minutes.reminded} 次，建议/否决催办 ${suggestions.reminded} 条，证书到期提醒 ${certificates.approaching} 张，证书失效 ${certificates.lapsed} 张`;
    }
    case 'monthly-minutes': {
      const result = await draftMonthlyMinutes(store, { unitId: unit.id, date, now });
      return result.created ? '已起草调度会议纪要并发送主要负责人' : '该期纪要已起草过';
    }
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
    'follow-ups': unit.schedule.pushTime,
  };
  const scheduled = instantAt(date, times[job], unit.timeZone);
  return scheduled < realNow ? scheduled : realNow;
}
