import type { JobName } from '../src/domain/schedules/due-jobs.ts';

/** Each scheduled job as the sandbox's job form names it. */
export const JOB_LABELS: Readonly<Record<JobName, string>> = {
  'daily-push': '推送每日检查清单',
  'daily-remind': '提醒未提交',
  'daily-close': '每日截止',
  'weekly-report': '生成周报草稿',
  'monthly-minutes': '起草月度调度会议纪要',
  'follow-ups': '催办提醒（周报、纪要、逾期整改、建议、证书）',
};
