import { ROLE_NAMES } from '../../domain/people/role.ts';
import { ASSESSMENT_KIND_LABELS } from '../../domain/training/assessment-record.ts';
import { trainingArticles } from '../../domain/training/training-articles.ts';
import type { TrainingRefusals } from '../../domain/training/training-refusals.ts';
import type { AssessmentRecorded } from '../../use-cases/training/record-assessment.ts';
import type { TrainingSessionRecorded } from '../../use-cases/training/record-training-session.ts';
import type { TrainingAccessRefusals } from '../../use-cases/training/training-access-refusals.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

const DATE_LABELS = { date: '日期', 'rectified-on': '整改日期' } as const;

export function trainingSessionRecordedReply(outcome: TrainingSessionRecorded): ChatAnswer {
  const trainer = outcome.trainer ? `，授课人：${outcome.trainer}` : '';
  return {
    reply: `已登记 ${outcome.date} 的培训「${outcome.subject}」（${outcome.hours} 学时${trainer}），参加人员：${outcome.attendees.map((person) => person.name).join('、')}。导出档案时列入《培训考核记录》。`,
    tone: 'success',
  };
}

/** What a failed result asks of the unit next, in the words of Art. 15 of its own rule. */
function consequence(outcome: AssessmentRecorded): string[] {
  const { assessment } = outcome;
  if (assessment.passed || (assessment.kind === 'spot-check' && assessment.rectification)) return [];
  const articles = trainingArticles(outcome.unitKind);
  const article = `${articles.order}${articles.recordKeeping}`;
  if (assessment.kind === 'spot-check') {
    return [`监督抽查考核不合格的，应当立即采取整改措施（${article}）。整改后请回复「抽查考核 ${outcome.personName} ${assessment.date} 不合格 整改：<整改措施>」登记。`];
  }
  const posts = outcome.roles.map((role) => ROLE_NAMES[role]).join('、');
  return [`未通过考核的人员不得担任相应岗位的质量安全管理人员（${article}）：${outcome.personName} 现任${posts}，请组织重新培训考核，或调整其任命。`];
}

export function assessmentRecordedReply(outcome: AssessmentRecorded): ChatAnswer {
  const { assessment } = outcome;
  const what = `${outcome.personName} ${assessment.date} 的${ASSESSMENT_KIND_LABELS[assessment.kind]}`;
  const details = [
    assessment.passed ? '合格' : '不合格',
    assessment.score === undefined ? '' : `${assessment.score} 分`,
    assessment.assessor ? `${assessment.kind === 'spot-check' ? '考核机关' : '考核人'}：${assessment.assessor}` : '',
  ].filter((part) => part !== '');
  const lines = [
    ...(outcome.kind === 'assessment-recorded' ? [`已登记 ${what}：${details.join('，')}。`] : []),
    ...(assessment.rectification ? [`已登记 ${what}不合格后的整改：${assessment.rectification.text}（${assessment.rectification.on}）。`] : []),
    ...consequence(outcome),
  ];
  return { reply: lines.join('\n'), tone: assessment.passed || assessment.rectification ? 'success' : 'warning' };
}

export const trainingRefusalWording: RefusalWording<TrainingRefusals & TrainingAccessRefusals> = {
  'training.date-invalid': ({ field, value }) => `${DATE_LABELS[field]}「${value}」不是有效的日期，请按 YYYY-MM-DD 写明。`,
  'training.date-in-future': ({ field, date, today }) => `${DATE_LABELS[field]} ${date} 晚于今天（${today}），只能登记已经进行的培训、考核和整改。`,
  'training.subject-required': () => '请写明培训主题。',
  'training.hours-invalid': ({ hours }) => `学时应大于 0，收到：${hours}。`,
  'training.attendees-required': () => '请在「参加：」后写明参加培训的人员，以「、」分隔。',
  'assessment.score-invalid': ({ score }) => `分数应在 0 到 100 之间（百分制），收到：${score}。`,
  'assessment.rectification-not-applicable': ({ kind, passed }) =>
    `整改只登记在不合格的监督抽查考核上（「抽查考核 <姓名> <日期> 不合格 整改：<整改措施>」），本次是${passed ? '合格的' : '不合格的'}${ASSESSMENT_KIND_LABELS[kind]}。`,
  'assessment.rectification-text-required': () => '请在「整改：」后写明抽查考核不合格后采取的整改措施。',
  'assessment.rectified-before-spot-check': ({ date, rectifiedOn }) => `整改日期 ${rectifiedOn} 早于抽查考核日期 ${date}。`,
  'training.unit-not-found': ({ unitId }) => `没有编号为 ${unitId} 的单位。`,
  'training.recorder-not-allowed': () => '培训和考核记录由质量安全总监或主要负责人登记；请把培训、考核情况告诉本单位的质量安全总监。',
  'training.recorder-several-units': () => '您在多个单位任职，无法确定培训考核属于哪个单位，请联系管理员用命令行按单位登记。',
  'training.person-not-found': ({ reference, candidates }) =>
    `本单位没有${'name' in reference ? `名为「${reference.name}」的` : `编号为 ${reference.key} 的`}质量安全总监或质量安全员。可选：${candidates.map((person) => person.name).join('、') || '（无）'}`,
  'training.person-ambiguous': ({ name, keys }) => `本单位有 ${keys.length} 位名为「${name}」的质量安全总监或质量安全员，请联系管理员用命令行按人员编号（${keys.join('、')}）登记。`,
  'training.person-not-manager': ({ name }) => `${name} 不是本单位现任的质量安全总监或质量安全员，培训考核记录只登记这两类人员。`,
  'assessment.already-recorded': ({ personName, kind, date, passed }) =>
    `${personName} ${date} 的${ASSESSMENT_KIND_LABELS[kind]}已登记为${passed ? '合格' : '不合格'}，记录不能修改。` +
    (kind === 'spot-check' && !passed ? `如需登记整改，请回复「抽查考核 ${personName} ${date} 不合格 整改：<整改措施>」。` : ''),
  'assessment.rectification-already-recorded': ({ personName, date, rectification, rectifiedOn }) =>
    `${personName} ${date} 监督抽查考核不合格后的整改已登记：${rectification}（${rectifiedOn}），记录不能修改。`,
};
