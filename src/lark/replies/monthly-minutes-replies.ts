import type { MinutesAlreadyConfirmed, MinutesConfirmed } from '../../use-cases/monthly-minutes/confirm-monthly-minutes.ts';
import type { MinutesRefusals } from '../../use-cases/monthly-minutes/minutes-refusals.ts';
import type { MeetingRecorded } from '../../use-cases/monthly-minutes/record-minutes-meeting.ts';
import type { MinutesPart } from '../../domain/monthly-minutes/minutes-completeness.ts';
import type { DirectorReportConfirmed } from '../../use-cases/monthly-minutes/confirm-director-report.ts';
import type { MinutesDraftSaved } from '../../use-cases/monthly-minutes/save-minutes-draft.ts';
import type { MinutesShown } from '../../use-cases/monthly-minutes/show-monthly-minutes.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

export function minutesReply(outcome: MinutesConfirmed | MinutesAlreadyConfirmed | MinutesDraftSaved | MeetingRecorded | DirectorReportConfirmed): ChatAnswer {
  switch (outcome.kind) {
    case 'minutes-confirmed':
      return { reply: `已确认 ${outcome.periodStart} 至 ${outcome.periodEnd} 的调度会议纪要，已发送质量安全总监和质量安全员并存档。`, tone: 'success' };
    case 'minutes-already-confirmed':
      return { reply: '这份纪要已经确认过了。', tone: 'info' };
    case 'meeting-recorded':
      return {
        reply: `已记录 ${outcome.periodStart} 至 ${outcome.periodEnd} 的调度会议：会议时间 ${outcome.meeting.date}，参会人员 ${outcome.meeting.attendees.join('、')}（共 ${outcome.meeting.attendees.length} 人）。核对纪要无误后回复「确认纪要」。`,
        tone: 'success',
      };
    case 'minutes-draft-saved': {
      const parts: string[] = [];
      if (outcome.summary !== undefined) parts.push(`已记录您的总结：\n${outcome.summary}`);
      if (outcome.arrangements !== undefined) {
        parts.push(`已更新下月重点工作安排（${outcome.arrangements.length} 条）：\n${outcome.arrangements.map((line, index) => `${index + 1}. ${line}`).join('\n')}`);
      }
      return { reply: `${parts.join('\n')}\n确认无误后回复「确认纪要」。`, tone: 'success' };
    }
    case 'director-report-confirmed':
      return {
        reply: `已将以下内容作为您在 ${outcome.periodStart} 至 ${outcome.periodEnd} 调度会议上的汇报写入纪要，并告知主要负责人：\n${outcome.text}\n纪要确认前仍可回复「汇报 <内容>」改写。`,
        tone: 'success',
      };
  }
}

function missingNames(missing: readonly MinutesPart[]): string[] {
  const meeting = [missing.includes('date') ? '会议时间' : '', missing.includes('attendees') ? '参会人员' : ''].filter((name) => name !== '').join('和');
  return [
    meeting,
    missing.includes('director-report') ? '质量安全总监确认的汇报' : '',
    missing.includes('summary') ? '主要负责人的总结' : '',
  ].filter((name) => name !== '');
}

function howToSupply(missing: readonly MinutesPart[]): string[] {
  const steps: string[] = [];
  if (missing.includes('date') || missing.includes('attendees')) {
    steps.push('纪要记录的是实际召开的调度会议，请回复「会议 <日期> <参会人员，以、分隔>」，例如：会议 2026-11-30 陈建国、刘志强、王芳');
  }
  if (missing.includes('director-report')) steps.push('汇报内容须由质量安全总监回复「确认汇报」或「汇报 <内容>」确认');
  if (missing.includes('summary')) steps.push('请回复「总结 <本期工作总结>」写明您的总结');
  return steps;
}

export function minutesShownReply(outcome: MinutesShown): ChatAnswer {
  if (outcome.sent.length === 0) return { reply: '还没有可以查看的调度会议纪要。', tone: 'info' };
  return {
    reply: outcome.sent.map((minutes) => `${minutes.unitName}：${minutes.periodStart} 至 ${minutes.periodEnd} 的调度会议纪要${minutes.status === 'confirmed' ? '（已确认）' : '（草稿）'}已发送。`).join('\n'),
    tone: 'info',
  };
}

export const minutesRefusalWording: RefusalWording<MinutesRefusals> = {
  'minutes.principal-only': () => '调度会议纪要由主要负责人修改和确认，您不能操作。',
  'minutes.not-found': ({ pending }) => (pending ? '目前没有等待您确认的调度会议纪要。' : '找不到这份纪要，或它不属于您负责的单位。'),
  'minutes.frozen': () => '这份纪要已确认，内容已冻结，不能再修改。',
  'minutes.arrangements-required': () => '下月重点工作安排至少要有一条。',
  'minutes.director-only': () => '纪要中的汇报由质量安全总监确认，您不能操作。',
  'minutes.director-report-empty': () => '汇报内容不能为空，请回复「汇报 <内容>」。',
  'minutes.incomplete': ({ missing }) =>
    `纪要还不能确认：尚未记录${missingNames(missing).join('、')}。${howToSupply(missing).join('；')}。`,
  'minutes.meeting-missing': ({ missing }) =>
    `纪要还不能确认：尚未记录${missing.map((field) => (field === 'date' ? '会议时间' : '参会人员')).join('和')}。纪要记录的是实际召开的调度会议，请回复「会议 <日期> <参会人员，以、分隔>」，例如：会议 2026-11-30 陈建国、刘志强、王芳`,
  'minutes.meeting-date-outside': ({ date, earliest, latest }) => `会议日期 ${date} 不在可记录的范围内：调度会议应在本期开始（${earliest}）之后、今天（${latest}）或之前召开。`,
};
