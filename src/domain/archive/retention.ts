import dayjs from 'dayjs';
import { WordedRefusal } from '../worded-refusal.ts';

/** 2010 guidance §二(四)4: records are kept at least two years. */
export const RETENTION_YEARS = 2;

/** The latest cut-off a purge may use today: everything dated on or after it is younger than two years. */
export function earliestKeptDate(today: string): string {
  return dayjs(today).subtract(RETENTION_YEARS, 'year').format('YYYY-MM-DD');
}

export function requirePurgeAllowed(before: string, today: string): void {
  const limit = earliestKeptDate(today);
  if (before > limit) {
    throw new WordedRefusal(
      'RETENTION_PERIOD',
      `不能删除 ${limit} 以后的记录：质量安全记录至少保存两年（《关于生产企业全面落实产品质量安全主体责任的指导意见》二（四）4）。最晚只能清理 ${limit} 之前的记录。`,
      { limit },
    );
  }
}
