import type { LeaveDeclared } from '../../use-cases/leave/declare-leave.ts';
import type { LeaveRefusals } from '../../use-cases/leave/leave-refusals.ts';
import type { SubstituteNamed } from '../../use-cases/leave/name-substitute.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

export function leaveDeclaredReply(outcome: LeaveDeclared): ChatAnswer {
  const reason = outcome.reason ? `（${outcome.reason}）` : '';
  const told = outcome.directorNames.length > 0 ? `已告知${outcome.directorNames.join('、')}指定代班人；` : '本单位没有可告知的质量安全总监，请当面告知指定代班人；';
  return {
    reply: `已登记您 ${outcome.startDate} 至 ${outcome.endDate} 请假${reason}。${told}请假期间不再向您推送每日检查，由代班人代为检查；未指定代班的日子仍记为漏检，并注明请假。`,
    tone: 'success',
  };
}

export function substituteNamedReply(outcome: SubstituteNamed): ChatAnswer {
  return {
    reply: `已指定${outcome.substituteName}在 ${outcome.startDate} 至 ${outcome.endDate} 代${outcome.officerName}检查：这些天${outcome.officerName}的每日检查卡片发给${outcome.substituteName}，记录同时注明两人。已告知两人。`,
    tone: 'success',
  };
}

export const leaveRefusalWording: RefusalWording<LeaveRefusals> = {
  'leave.officers-only': () => '请假由质量安全员本人登记；您不是质量安全员。',
  'leave.several-units': () => '您在多个单位任职，无法确定是哪个单位，请联系管理员。',
  'leave.date-invalid': ({ value }) => `日期「${value}」不存在，请写成 YYYY-MM-DD。`,
  'leave.range-invalid': ({ startDate, endDate }) => `结束日期 ${endDate} 早于开始日期 ${startDate}。`,
  'leave.in-the-past': ({ today }) => `请假不能从已经过去的日子开始（今天是 ${today}）；过去的检查已经推送、完成或记为漏检。`,
  'leave.too-long': ({ days, longest }) => `请假 ${days} 天超过了 ${longest} 天：这么长的时间请单位另行任命质量安全员。`,
  'leave.overlaps': ({ startDate, endDate }) => `与您已登记的请假 ${startDate} 至 ${endDate} 重叠，没有重复登记。`,
  'leave.directors-only': () => '代班人由质量安全总监（或主要负责人）指定。',
  'leave.person-unknown': ({ name }) => `本单位没有名为「${name}」的人员，请按组织信息中的姓名填写。`,
  'leave.person-ambiguous': ({ name, count }) => `本单位有 ${count} 位名为「${name}」的人员，无法确定是哪一位，请联系管理员。`,
  'leave.no-leave': ({ name }) => `${name}目前没有正在进行或即将开始的请假，无需指定代班。`,
  'leave.substitute-is-director': ({ name }) => `${name}是质量安全总监，不能代质量安全员检查：总监督促检查，不代为检查。请指定另一位质量安全员。`,
  'leave.substitute-not-an-officer': ({ name }) => `${name}不是本单位的质量安全员，不能代班。请指定一位质量安全员。`,
  'leave.substitute-same-person': ({ name }) => `${name}本人请假，不能给自己代班。`,
  'leave.substitute-on-leave': ({ name, startDate, endDate }) => `${name}在 ${startDate} 至 ${endDate} 也请假，不能代班。请指定另一位质量安全员。`,
};
