import type { SuspensionDeclared, SuspensionRefusals } from '../../use-cases/suspensions/record-suspension.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

const dateFieldNames = { start: '开始日期', end: '结束日期' } as const;

export function suspensionDeclaredReply(outcome: SuspensionDeclared): ChatAnswer {
  return {
    reply: `已登记${outcome.unitName} ${outcome.startDate} 至 ${outcome.endDate} 停工停产（停业）：${outcome.reason}。期间不推送每日检查，记录中注明原因；已告知本单位全体人员。`,
    tone: 'success',
  };
}

export const suspensionRefusalWording: RefusalWording<SuspensionRefusals> = {
  'suspension.date-invalid': ({ field, value }) => `${dateFieldNames[field]}「${value}」不是有效日期，请写成 YYYY-MM-DD。`,
  'suspension.range-invalid': ({ startDate, endDate }) => `结束日期 ${endDate} 早于开始日期 ${startDate}。`,
  'suspension.reason-required': () => '请写明停产停业的原因，它会记入检查记录备查。',
  'suspension.unit-not-found': ({ unitId }) => `没有编号为 ${unitId} 的单位。`,
  'suspension.overlaps': ({ startDate, endDate, reason }) => `与已登记的停产停业期间 ${startDate} 至 ${endDate}（${reason}）重叠，没有重复登记。`,
  'suspension.deciders-only': () => '停产停业由主要负责人或质量安全总监登记；质量安全员请告知他们。',
  'suspension.several-units': () => '您在多个单位任职，无法确定停产停业的单位，请联系管理员用命令行登记。',
};
