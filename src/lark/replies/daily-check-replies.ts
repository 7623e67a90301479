import type { MyRecordsShown } from '../../use-cases/daily-control/show-my-records.ts';
import type { UnitWeekShown } from '../../use-cases/daily-control/show-unit-week.ts';
import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import type { DailyCheckRefusals } from '../../domain/daily-checks/daily-check.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import type { ItemAnswered } from '../../use-cases/daily-control/answer-daily-item.ts';
import type { AlertedPerson } from '../../use-cases/daily-control/daily-check-changes.ts';
import type { DailyCheckAccessRefusals } from '../../use-cases/daily-control/daily-check-refusals.ts';
import type { HazardRecorded } from '../../use-cases/daily-control/report-daily-hazard.ts';
import type { HazardFormShown } from '../../use-cases/daily-control/show-hazard-form.ts';
import type { CorrectionStarted } from '../../use-cases/daily-control/start-daily-correction.ts';
import type { CheckSubmitted } from '../../use-cases/daily-control/submit-daily-check.ts';
import type { ChatAnswer, Channel } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

const answerWords = { normal: '正常', 'not-applicable': '不适用' } as const;

function withCard(answer: ChatAnswer, channel: Channel, card: NonNullable<ChatAnswer['card']>): ChatAnswer {
  return channel === 'card' ? { ...answer, card } : answer;
}

export function itemAnsweredReply(outcome: ItemAnswered, channel: Channel): ChatAnswer {
  const recorded = `第 ${outcome.number} 项已记为${answerWords[outcome.answer]}`;
  if (channel === 'card') return { reply: recorded, tone: 'success', card: { view: outcome.view } };
  const next = outcome.remaining.length > 0 ? `还有第 ${outcome.remaining.join('、')} 项待检查。` : '全部项目已填写，回复「提交」提交检查记录。';
  return { reply: `${recorded}。${next}`, tone: 'success' };
}

function alertedWhom(alerted: readonly AlertedPerson[], unitName: string): string {
  return alerted.length > 0
    ? `已立即报告${alerted.map((person) => `${ROLE_NAMES[person.title]}${person.name}`).join('和')}`
    : `已记录（${unitName}尚未登记质量安全总监或主要负责人）`;
}

export function hazardRecordedReply(outcome: HazardRecorded, channel: Channel): ChatAnswer {
  const told = alertedWhom(outcome.alerted, outcome.unitName);
  if (channel === 'card') return { reply: `第 ${outcome.number} 项隐患已记录，${told}`, tone: 'warning', card: { view: outcome.view } };
  const next =
    outcome.remaining.length > 0
      ? `还有第 ${outcome.remaining.join('、')} 项待检查：请逐项回复，检查后其余各项都正常请回复「其余正常」提交。`
      : '全部项目已填写，回复「提交」提交检查记录。';
  return { reply: `已记录第 ${outcome.number} 项「${outcome.itemText}」的隐患，${told}。\n${next}`, tone: 'warning' };
}

export function checkSubmittedReply(outcome: CheckSubmitted, channel: Channel): ChatAnswer {
  const reply =
    outcome.outcome === 'zero-risk'
      ? `已提交 ${outcome.date} 的零风险报告：${outcome.itemCount} 项检查全部正常。`
      : `已提交 ${outcome.date} 的检查记录：发现隐患 ${outcome.hazardCount} 项，其余项目正常。`;
  const late = outcome.lateAfter === undefined ? '' : `已过当日 ${outcome.lateAfter} 的截止时间，记录为逾期提交（按实际提交时间存档）。`;
  const onBehalf = outcome.view.substituteName ? `（代 ${outcome.view.officerName} 检查，记录注明代班人）` : '';
  return withCard({ reply: `${reply}${onBehalf}${late}`, tone: 'success' }, channel, { view: outcome.view });
}

export function correctionStartedReply(outcome: CorrectionStarted, channel: Channel): ChatAnswer {
  const reply = `已开始更正 ${outcome.date} 的检查记录（第 ${outcome.revision} 版）。原记录已保留。请在检查卡片上重新确认，或回复「全部正常」「异常 <序号> <描述>」。`;
  return withCard({ reply, tone: 'info' }, channel, { view: outcome.view });
}

export function hazardFormReply(outcome: HazardFormShown): ChatAnswer {
  return outcome.number === undefined
    ? { reply: '已收起隐患表单', tone: 'info', card: { view: outcome.view } }
    : { reply: `请填写第 ${outcome.number} 项的隐患描述和已采取的措施`, tone: 'info', card: { view: outcome.view, hazardFormItem: outcome.number } };
}

export const dailyCheckRefusalWording: RefusalWording<DailyCheckRefusals & DailyCheckAccessRefusals> = {
  'daily-check.already-submitted': ({ date }) => `${date} 的检查记录已提交。如需修改或补报隐患，请先回复「更正」再填写，原记录会保留备查。`,
  'daily-check.missed': ({ date }) => `${date} 的检查已过截止时间并记为漏检，不能再填写。`,
  'daily-check.suspended': ({ date }) => `${date} 处于停产停业期间，无需检查。`,
  'daily-check.item-not-found': ({ number, itemCount }) => `本次检查单没有第 ${number} 项（本次应检 ${itemCount} 项，项号以今天卡片上的编号为准）。`,
  'daily-check.hazard-description-required': ({ number }) => `请填写第 ${number} 项的隐患描述。`,
  'daily-check.hazard-measures-required': ({ number }) => `请写明针对第 ${number} 项已采取的应急措施，例如「异常 ${number} <隐患描述> 措施：<已采取的措施>」。隐患连同措施一并记录并立即报告。`,
  'daily-check.items-unanswered': ({ missing }) => `还有第 ${missing.join('、')} 项未检查，请逐项填写，或点「全部正常」将其余项目记为正常。`,
  'daily-check.nothing-to-correct': ({ date }) => `${date} 的检查尚未提交，直接填写即可，无需更正。`,
  'daily-check.no-correction-open': ({ date }) => `${date} 的检查没有进行中的更正。`,
  'daily-check.not-found': () => '找不到这份检查记录，它可能已被删除或卡片已失效。',
  'daily-check.not-yours': ({ officerName }) => `这是${officerName}的检查记录，只有本人可以填写。`,
  'daily-check.card-outdated': () => '这张卡片已不是最新版本，请在最新的检查卡片上操作。',
  'daily-check.not-an-officer': () => '您不是质量安全员，没有需要填写的每日检查。回复「帮助」查看您可以做的事。',
  'daily-check.several-units-open': () => '您在多个单位都有待填写的检查，请直接在对应单位的检查卡片上操作。',
  'daily-check.none-today': () => '今天还没有推送给您的检查清单。清单会在每天规定时间自动推送。',
  'daily-check.not-open': () => '这份检查已经不在填写状态。',
  'daily-check.week-for-deciders': () => '「本周情况」由质量安全总监和主要负责人查看；质量安全员可回复「我的记录」查看自己的记录。',
  'daily-check.submitted-before': ({ date, submittedAt, timeZone }) =>
    `${date} 的检查记录已于${submittedAt ? formatLocalDateTime(submittedAt, timeZone) : ''}提交，无需重复提交。如需修改，请回复「更正」。`,
};

export function myRecordsReply(outcome: MyRecordsShown): ChatAnswer {
  const lines = outcome.units.map(({ unitName, from, to, counts }) =>
    `${unitName} ${from} 至 ${to}：应检 ${counts.expected} 次，已提交 ${counts.submitted} 次（零风险 ${counts.zeroRisk}，发现隐患 ${counts.withHazards}），漏检 ${counts.missed} 次。明细见卡片。`,
  );
  return { reply: lines.join('\n'), tone: 'info' };
}

export function unitWeekReply(outcome: UnitWeekShown): ChatAnswer {
  const lines = outcome.units.map(({ unitName, from, to, counts, behind, openHazards, overdueHazards }) =>
    `${unitName} 本周（${from} 至 ${to}）：应检 ${counts.expected} 次，已提交 ${counts.submitted} 次，漏检 ${counts.missed} 次，今日未提交 ${counts.open} 次，未按时提交 ${behind} 人；未关闭隐患 ${openHazards} 项（逾期 ${overdueHazards} 项）。明细见卡片。`,
  );
  return { reply: lines.join('\n'), tone: 'info' };
}
