import type { RetentionRefusals } from '../domain/archive/retention.ts';
import type { PeriodRefusals } from '../domain/schedules/periods.ts';
import type { StoreRefusals } from '../ports/store.ts';
import type { ArchiveRefusals } from '../use-cases/archive/archive-refusals.ts';
import type { SuspensionRefusals } from '../use-cases/suspensions/record-suspension.ts';

type CommandRefusals = RetentionRefusals & PeriodRefusals & SuspensionRefusals & StoreRefusals & Pick<ArchiveRefusals, 'archive.unit-not-found'>;

const dateFieldNames = { start: '开始日期', end: '结束日期' } as const;

/** The sentence the person at the command line reads for each refusal a command can meet. */
const wording: { [Code in keyof CommandRefusals]: (details: CommandRefusals[Code]) => string } = {
  'retention.too-recent': ({ limit, retentionYears }) =>
    `不能删除 ${limit} 以后的记录：本系统的质量安全记录保存 ${retentionYears} 年（RETENTION_YEARS；不得少于两年，《关于生产企业全面落实产品质量安全主体责任的指导意见》二（四）4）。最晚只能清理 ${limit} 之前的记录。`,
  'period.date-invalid': ({ date }) => `日期「${date}」格式不正确，应为 YYYY-MM-DD。`,
  'period.month-invalid': ({ month }) => `月份「${month}」格式不正确，应为 YYYY-MM。`,
  'period.range-invalid': ({ periodStart, periodEnd }) => `周期起始日 ${periodStart} 晚于截止日 ${periodEnd}。`,
  'suspension.date-invalid': ({ field, value }) => `${dateFieldNames[field]}须为 YYYY-MM-DD 格式的日期，收到：${value}`,
  'suspension.range-invalid': ({ startDate, endDate }) => `结束日期 ${endDate} 早于开始日期 ${startDate}`,
  'suspension.reason-required': () => '请写明停产停业的原因，它会记入检查记录备查',
  'suspension.unit-not-found': ({ unitId }) => `没有编号为 ${unitId} 的单位`,
  'suspension.overlaps': ({ startDate, endDate, reason }) => `与已登记的停产停业期间 ${startDate} 至 ${endDate}（${reason}）重叠`,
  'store.done-elsewhere': () => '同一操作正在或已经由另一处理完成，本次未做任何更改。',
  'archive.unit-not-found': ({ unitId, known }) => `没有编号为 ${unitId} 的单位。已有单位：${known.join('、') || '（无）'}`,
};

/** The sentence for a refusal, or undefined for one no command is expected to meet (a fault, left to propagate). */
export function wordCommandRefusal(refusal: { readonly code: string; readonly details: unknown }): string | undefined {
  const word = (wording as Record<string, ((details: never) => string) | undefined>)[refusal.code];
  return word?.(refusal.details as never);
}
