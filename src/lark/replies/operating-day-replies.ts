import type { OperatingDayRefusals, OperatingDaysChanged } from '../../use-cases/calendar/change-operating-days.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

export function operatingDaysChangedReply(outcome: OperatingDaysChanged): ChatAnswer {
  if (outcome.kind === 'operating-calendar-changed') {
    return { reply: `已登记：${outcome.unitName}自 ${outcome.from} 起的营业日为${outcome.calendar}。此前的日子仍按原营业日历，记录不变。`, tone: 'success' };
  }
  return {
    reply: outcome.closed
      ? `已登记：${outcome.unitName} ${outcome.date} 休息（${outcome.reason}）。当天不推送每日检查，检查记录索引中注明「单位决定停止营业：${outcome.reason}」。`
      : `已登记：${outcome.unitName} ${outcome.date} 营业（${outcome.reason}）。当天照常推送每日检查。`,
    tone: 'success',
  };
}

export const operatingDayRefusalWording: RefusalWording<OperatingDayRefusals> = {
  'operating-days.deciders-only': () => '营业日由主要负责人或质量安全总监登记；质量安全员请告知他们。',
  'operating-days.several-units': () => '您在多个单位任职，无法确定是哪个单位的营业日，请在组织文件中修改。',
  'operating-days.date-invalid': ({ value }) => `日期「${value}」不是有效日期，请写成 YYYY-MM-DD。`,
  'operating-days.date-passed': ({ date, today }) => `${date} 已经过去（今天是 ${today}），过去的日子的记录不能改写。`,
  'operating-days.already-pushed': ({ date }) => `${date} 的每日检查已经推送，不能再改为休息或营业；当天确需停止，请用「停产」或「停业」登记，例如：停产 ${date} ${date} 设备检修。`,
  'operating-days.already-so': ({ date, closed, why }) => (closed ? `${date} 本来就不营业（${why}），没有重复登记。` : `${date} 本来就营业，没有重复登记。`),
  'operating-days.calendar-unchanged': ({ calendar }) => `营业日已经是${calendar}，没有改动。`,
};
