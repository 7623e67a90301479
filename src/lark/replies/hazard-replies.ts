import { HAZARD_SOURCE_LABELS } from '../../domain/hazards/hazard-source.ts';
import type { HazardRaised, InspectionRecorded, RaiseHazardFormSent } from '../../use-cases/hazards/raise-hazard.ts';
import type { HazardRefusals, HazardStep } from '../../domain/hazards/hazard-lifecycle.ts';
import { hazardStatusLabel } from '../../domain/hazards/hazard-status.ts';
import type { HazardAcknowledged } from '../../use-cases/hazards/acknowledge-hazard.ts';
import type { RectificationAssigned } from '../../use-cases/hazards/assign-rectification.ts';
import type { HazardEscalated } from '../../use-cases/hazards/escalate-hazard.ts';
import type { HazardAccessRefusals } from '../../use-cases/hazards/hazard-refusals.ts';
import type { OpenHazards } from '../../use-cases/hazards/list-open-hazards.ts';
import type { RectificationSubmitted } from '../../use-cases/hazards/submit-rectification.ts';
import type { RectificationVerified } from '../../use-cases/hazards/verify-rectification.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

const stepWords: Readonly<Record<HazardStep, string>> = {
  assign: '指派整改',
  rectify: '提交整改结果',
  verify: '验证整改',
  escalate: '升级',
};

type HazardStepOutcome = HazardAcknowledged | RectificationAssigned | HazardEscalated | RectificationSubmitted | RectificationVerified;

export function hazardStepReply(outcome: HazardStepOutcome): ChatAnswer {
  switch (outcome.kind) {
    case 'hazard-acknowledged':
      return { reply: `已确认收到第 ${outcome.number} 号隐患报告。`, tone: 'success' };
    case 'hazard-already-acknowledged':
      return { reply: '这条隐患报告已经确认过了。', tone: 'info' };
    case 'rectification-assigned':
      return { reply: `已指派 ${outcome.ownerName} 整改第 ${outcome.number} 号隐患，期限 ${outcome.deadline}。`, tone: 'success' };
    case 'hazard-escalated':
      return { reply: `第 ${outcome.number} 号隐患已升级报告主要负责人。`, tone: 'success' };
    case 'rectification-submitted':
      return { reply: `第 ${outcome.number} 号隐患的整改结果已提交，等待质量安全总监验证。可在对话中发送照片或文件作为佐证。`, tone: 'success' };
    case 'rectification-verified':
      return {
        reply: outcome.passed ? `第 ${outcome.number} 号隐患整改验证通过，已关闭。` : `第 ${outcome.number} 号隐患验证不通过，已退回整改负责人。`,
        tone: 'success',
      };
  }
}

export function openHazardsReply(outcome: OpenHazards): ChatAnswer {
  if (!outcome.registered) return { reply: '您还没有被登记为任何单位的人员。', tone: 'info' };
  const lines = outcome.units.flatMap((unit) => [
    `【${unit.unitName}】未关闭的隐患 ${unit.hazards.length} 项`,
    ...unit.hazards.map(
      (hazard) =>
        `· 第 ${hazard.number} 号 ${hazard.itemText}：${hazard.description}（${hazardStatusLabel(hazard.status)}${hazard.ownerName ? `，${hazard.ownerName} 负责` : ''}${hazard.deadline ? `，期限 ${hazard.deadline}` : ''}${hazard.overdue ? '，已逾期' : ''}）`,
    ),
  ]);
  return { reply: lines.join('\n'), tone: 'info' };
}

export const hazardRefusalWording: RefusalWording<HazardRefusals & HazardAccessRefusals> = {
  'hazard.decider-only': ({ step, unitHasDirector }) => `${stepWords[step]}由质量安全总监负责${unitHasDirector ? '' : '（本单位未设总监，由主要负责人负责）'}，您不能操作。`,
  'hazard.owner-only': ({ number }) => `第 ${number} 号隐患的整改负责人不是您，不能提交整改结果。`,
  'hazard.director-only': () => '升级报告主要负责人由质量安全总监操作。',
  'hazard.not-now': ({ number, status, step }) => `第 ${number} 号隐患当前为「${hazardStatusLabel(status)}」，不能${stepWords[step]}。`,
  'hazard.deadline-invalid': ({ deadline }) => `整改期限须为真实存在的日期（YYYY-MM-DD），收到：${deadline}`,
  'hazard.deadline-past': ({ deadline, today }) => `整改期限 ${deadline} 已过，请选择今天（${today}）或以后的日期。`,
  'hazard.rectification-text-required': () => '请写明整改做了什么（整改情况说明）。',
  'hazard.verification-note-required': () => '验证不通过时，请写明原因和需要补做的整改。',
  'hazard.escalation-reason-required': () => '请写明升级的原因。',
  'hazard.not-found': ({ number }) => (number === undefined ? '找不到这条隐患记录，或它不属于您所在的单位。' : `您所在的单位没有第 ${number} 号隐患。`),
  'hazard.ambiguous': ({ number }) => `您所在的多个单位都有第 ${number} 号隐患，请在对应的隐患卡片上操作。`,
  'hazard.acknowledge-not-allowed': () => '只有本单位的质量安全总监或主要负责人可以确认隐患报告。',
  'hazard.owner-not-found': ({ ownerName, candidates }) => `本单位没有${ownerName === undefined ? '所选的人员' : `名为「${ownerName}」的人员`}。可选：${candidates.join('、')}`,
  'hazard.raise-for-deciders': () => '日管控以外发现的隐患由质量安全总监或主要负责人登记；质量安全员请在每日检查中用「异常 <序号> <描述>」上报。',
  'hazard.raise-several-units': () => '您在多个单位任职，无法确定隐患属于哪个单位，请联系管理员。',
  'hazard.raise-description-required': () => '请写明隐患的描述：部位、问题、可能的后果。',
  'hazard.inspection-in-future': ({ date, today }) => `检查日期 ${date} 晚于今天（${today}），请写明监管部门实际检查的日期。`,
};

export function raiseHazardFormReply(outcome: RaiseHazardFormSent): ChatAnswer {
  return { reply: `已发送${outcome.unitName}的隐患登记卡片：选择来源、填写描述后点「登记隐患」。`, tone: 'info' };
}

export function inspectionRecordedReply(outcome: InspectionRecorded): ChatAnswer {
  const alerted = outcome.alerted.length > 0 ? `，已告知${outcome.alerted.join('、')}` : '';
  const numbers = outcome.numbers.map((number) => `第 ${number} 号`).join('、');
  const registered = outcome.numbers.length === 1 ? `发现的问题登记为${numbers}隐患` : `发现的 ${outcome.numbers.length} 个问题分别登记为${numbers}隐患`;
  return {
    reply: `已登记 ${outcome.date} ${outcome.authority}的监管检查，${registered}（来源：监管检查）${alerted}。请指派整改，或回复「整改 <编号> <负责人> <期限>」。`,
    tone: 'success',
  };
}

export function hazardRaisedReply(outcome: HazardRaised): ChatAnswer {
  const alerted = outcome.alerted.length > 0 ? `，已告知${outcome.alerted.join('、')}` : '';
  return {
    reply: `已登记第 ${outcome.number} 号隐患（来源：${HAZARD_SOURCE_LABELS[outcome.source]}）${alerted}。请在隐患卡片上指派整改，或回复「整改 ${outcome.number} <负责人> <期限>」。`,
    tone: 'success',
  };
}
