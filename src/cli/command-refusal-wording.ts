import type { RetentionRefusals } from '../domain/archive/retention.ts';
import type { PeriodRefusals } from '../domain/schedules/periods.ts';
import type { StoreRefusals } from '../ports/store.ts';
import type { ArchiveRefusals } from '../use-cases/archive/archive-refusals.ts';
import type { SuspensionRefusals } from '../use-cases/suspensions/record-suspension.ts';
import { ASSESSMENT_KIND_LABELS } from '../domain/training/assessment-record.ts';
import type { TrainingRefusals } from '../domain/training/training-refusals.ts';
import type { PersonReference, TrainingAccessRefusals } from '../use-cases/training/training-access-refusals.ts';

type CommandRefusals = RetentionRefusals & PeriodRefusals & SuspensionRefusals & TrainingRefusals & TrainingAccessRefusals & StoreRefusals & Pick<ArchiveRefusals, 'archive.unit-not-found'>;

const dateFieldNames = { start: '开始日期', end: '结束日期' } as const;

const trainingDateOptions = { date: '--date', 'rectified-on': '--rectified-on' } as const;

function personNamed(reference: PersonReference): string {
  return 'key' in reference ? `编号为 ${reference.key} 的人员` : `名为「${reference.name}」的人员`;
}

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
  'suspension.deciders-only': () => '停产停业由主要负责人或质量安全总监登记',
  'suspension.several-units': () => '此人在多个单位任职，请用 --unit 指明单位',
  'training.date-invalid': ({ field, value }) => `${trainingDateOptions[field]} 须为 YYYY-MM-DD 格式的日期，收到：${value}`,
  'training.date-in-future': ({ field, date, today }) => `${trainingDateOptions[field]} ${date} 晚于今天（${today}），只能登记已经进行的培训、考核和整改`,
  'training.subject-required': () => '请用 --subject 写明培训主题',
  'training.hours-invalid': ({ hours }) => `--hours 须为大于 0 的学时数，收到：${hours}`,
  'training.attendees-required': () => '请用 --people 列出参加培训的人员编号，以逗号分隔',
  'assessment.score-invalid': ({ score }) => `--score 须为 0 到 100 之间的分数（百分制），收到：${score}`,
  'assessment.rectification-not-applicable': ({ kind, passed }) =>
    `--rectification 和 --rectified-on 只用于不合格的监督抽查考核（--kind spot-check --result failed），本次是${passed ? '合格的' : '不合格的'}${ASSESSMENT_KIND_LABELS[kind]}`,
  'assessment.rectification-text-required': () => '请用 --rectification 写明抽查考核不合格后采取的整改措施',
  'assessment.rectified-before-spot-check': ({ date, rectifiedOn }) => `--rectified-on ${rectifiedOn} 早于抽查考核日期 ${date}`,
  'training.unit-not-found': ({ unitId, known }) => `没有编号为 ${unitId} 的单位。已有单位：${known.join('、') || '（无，请先 org import）'}`,
  'training.recorder-not-allowed': () => '培训考核记录只能由质量安全总监或主要负责人登记',
  'training.recorder-several-units': () => '登记人在多个单位任职，无法确定单位',
  'training.person-not-found': ({ reference, candidates }) =>
    `组织文件中没有${personNamed(reference)}担任本单位的质量安全总监或质量安全员。可选：${candidates.map((person) => `${person.key}（${person.name}）`).join('、') || '（无）'}`,
  'training.person-ambiguous': ({ name, keys }) => `本单位有多位名为「${name}」的人员（${keys.join('、')}），请用人员编号指明`,
  'training.person-not-manager': ({ reference, name }) => `${personNamed(reference)}（${name}）不是本单位现任的质量安全总监或质量安全员，培训考核记录只登记这两类人员`,
  'assessment.already-recorded': ({ personName, kind, date, passed }) =>
    `${personName} ${date} 的${ASSESSMENT_KIND_LABELS[kind]}已登记为${passed ? '合格' : '不合格'}，记录不能修改${kind === 'spot-check' && !passed ? '；如需登记整改，请加上 --rectification 和 --rectified-on' : ''}`,
  'assessment.rectification-already-recorded': ({ personName, date, rectification, rectifiedOn }) =>
    `${personName} ${date} 监督抽查考核不合格后的整改已登记：${rectification}（${rectifiedOn}），记录不能修改`,
  'store.done-elsewhere': () => '同一操作正在或已经由另一处理完成，本次未做任何更改。',
  'archive.unit-not-found': ({ unitId, known }) => `没有编号为 ${unitId} 的单位。已有单位：${known.join('、') || '（无）'}`,
};

/** The sentence for a refusal, or undefined for one no command is expected to meet (a fault, left to propagate). */
export function wordCommandRefusal(refusal: { readonly code: string; readonly details: unknown }): string | undefined {
  const word = (wording as Record<string, ((details: never) => string) | undefined>)[refusal.code];
  return word?.(refusal.details as never);
}
