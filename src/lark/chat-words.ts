import type { OperatingCalendar } from '../domain/calendar/operating-calendar.ts';
import type { HazardSource } from '../domain/hazards/hazard-source.ts';
import { parseHazard, parseItemAnswer } from './chat-words/daily-check-words.ts';
import { parseAssignment, parseEscalation, parseInspection, parseRaisedHazard, parseRectified, parseVerification } from './chat-words/hazard-words.ts';
import { parseArchiveLink, parseArrangements, parseExport, parseInvestigationDate, parseMeeting, parseMinutesText, parseWeeklyInput } from './chat-words/report-words.ts';
import { parseAnswer, parseFreeText } from './chat-words/suggestion-words.ts';
import { parseOperatingCalendar, parseOperatingDay } from './chat-words/operating-day-words.ts';
import { parseLeave, parseSubstitute } from './chat-words/leave-words.ts';
import { parseSuspension } from './chat-words/suspension-words.ts';
import { SEPARATORS, TRAILING_PUNCTUATION, normalizeSpaces } from './chat-words/text-reading.ts';
import { parseAssessment, parseTraining } from './chat-words/training-words.ts';

/** The words that open a command carrying arguments; an invalid result names which one, so the reply can show its example. */
export type CommandWord =
  | '异常'
  | '正常'
  | '不适用'
  | '导出'
  | '归档'
  | '建议'
  | '否决'
  | '采纳'
  | '驳回'
  | '安排'
  | '整改'
  | '已整改'
  | '验证'
  | '升级'
  | '研判'
  | '排查'
  | '周报措施'
  | '排查日期'
  | '参加人员'
  | '会议'
  | '汇报'
  | '总结'
  | '隐患'
  | '监管检查'
  | '停产'
  | '停业'
  | '休息'
  | '营业'
  | '营业日'
  | '培训'
  | '考核'
  | '抽查考核'
  | '请假'
  | '代班';

export type ChatWord =
  | { kind: 'all-normal' }
  | { kind: 'hazard'; itemNumber: number; description: string; measures?: string; serious: boolean }
  | { kind: 'item'; itemNumber: number; answer: 'normal' | 'not-applicable' }
  | { kind: 'submit' }
  | { kind: 'correction' }
  | { kind: 'confirm-weekly' }
  | { kind: 'show-weekly' }
  | { kind: 'confirm-minutes' }
  | { kind: 'show-minutes' }
  /** month is YYYY-MM; without it the reader picks the month (e.g. the current one). */
  | { kind: 'export'; month?: string }
  /** month is YYYY-MM; without it, the current month. */
  | { kind: 'archive-link'; month?: string }
  | { kind: 'help' }
  | { kind: 'suggestion'; text: string }
  | { kind: 'veto'; text: string }
  | { kind: 'adopt'; proposalId: string; action: string }
  | { kind: 'reject'; proposalId: string; reason: string }
  | { kind: 'arrangements'; items: string[] }
  | { kind: 'assign-rectification'; hazardNumber: number; ownerName: string; deadline: string }
  | { kind: 'rectified'; hazardNumber: number; text: string }
  | { kind: 'verify'; hazardNumber: number; passed: boolean; note: string }
  | { kind: 'escalate'; hazardNumber: number; reason: string }
  | { kind: 'show-hazards' }
  /** 登记隐患: the card form for a hazard found elsewhere than on a daily check. */
  | { kind: 'raise-hazard-form' }
  /** 隐患 <来源> <描述>: a hazard found elsewhere than on a daily check. */
  | { kind: 'raise-hazard'; source: Exclude<HazardSource, 'daily-check'>; description: string; serious: boolean }
  /** 监管检查 <日期> <检查机关>：<发现>…: the regulator's inspection, each finding to become a hazard. */
  | { kind: 'regulator-inspection'; date: string; authority: string; findings: string[] }
  /** 停产 / 停业 <开始> <结束> <原因>: a suspension of operations declared by the principal or director. */
  | { kind: 'suspension'; startDate: string; endDate: string; reason: string }
  /** 休息 / 营业 <日期> [原因]: one day closed or opened; 营业日 <…>: the operating days from tomorrow on. */
  | { kind: 'operating-day'; date: string; closed: boolean; reason: string }
  | { kind: 'operating-calendar'; calendar: OperatingCalendar }
  /** 请假 <开始> <结束> [原因]: an officer's own leave. */
  | { kind: 'leave'; startDate: string; endDate: string; reason: string }
  /** 代班 <请假人> <代班人>: the director names who checks in the place of an officer on leave. */
  | { kind: 'substitute'; officerName: string; substituteName: string }
  | { kind: 'my-records' }
  | { kind: 'unit-week' }
  | { kind: 'show-suggestions' }
  /** The director's part of the weekly report, by text: 研判 (analysis), 排查 (investigation findings), 周报措施. */
  /** 会议: the monthly scheduling meeting as it was held, for the pending minutes. */
  | { kind: 'minutes-meeting'; date: string; attendees: string[] }
  /** 确认汇报 (text absent) or 汇报 <内容>: the director confirms the drafted report or gives their own. */
  | { kind: 'director-report'; text?: string }
  /** 总结: the principal's summary of the period in the pending minutes. */
  | { kind: 'minutes-summary'; text: string }
  | { kind: 'weekly-input'; field: 'analysis' | 'findings' | 'measures' | 'participants'; text: string }
  /** 培训: a training session of the director and officers, its attendees by name. */
  | { kind: 'training-session'; date: string; hours: number; subject: string; content: string; trainer: string; attendees: string[] }
  /** 考核 / 抽查考核: the unit's assessment of a director or officer, or the regulator's spot check with its rectification. */
  | {
    kind: 'assessment';
    assessmentKind: 'assessment' | 'spot-check';
    personName: string;
    date: string;
    passed: boolean;
    score?: number;
    assessor: string;
    rectification?: { text: string; on?: string };
  }
  | { kind: 'weekly-investigation-date'; date: string }
  /** A command word was recognised but what follows it is not usable; problem tells the person how to write it. */
  | { kind: 'invalid'; word: CommandWord; problem: string }
  | { kind: 'unknown'; text: string };

const WHOLE_MESSAGE_WORDS: ReadonlyMap<string, ChatWord> = new Map<string, ChatWord>([
  ['全部正常', { kind: 'all-normal' }],
  ['其余正常', { kind: 'all-normal' }],
  ['零风险', { kind: 'all-normal' }],
  ['提交', { kind: 'submit' }],
  ['更正', { kind: 'correction' }],
  ['确认周报', { kind: 'confirm-weekly' }],
  ['周报', { kind: 'show-weekly' }],
  ['确认纪要', { kind: 'confirm-minutes' }],
  ['纪要', { kind: 'show-minutes' }],
  ['确认汇报', { kind: 'director-report' }],
  ['帮助', { kind: 'help' }],
  ['隐患', { kind: 'show-hazards' }],
  ['登记隐患', { kind: 'raise-hazard-form' }],
  ['我的记录', { kind: 'my-records' }],
  ['本周情况', { kind: 'unit-week' }],
  ['我的建议', { kind: 'show-suggestions' }],
  ['建议状态', { kind: 'show-suggestions' }],
  ['help', { kind: 'help' }],
]);

/** Longer words first, so that 不适用 is not read as something else. */
const LEADING_WORDS: ReadonlyArray<[CommandWord, (afterWord: string) => ChatWord]> = [
  ['不适用', (afterWord) => parseItemAnswer('不适用', afterWord)],
  ['异常', parseHazard],
  ['正常', (afterWord) => parseItemAnswer('正常', afterWord)],
  ['导出', parseExport],
  ['归档', parseArchiveLink],
  ['建议', (afterWord) => parseFreeText('建议', afterWord)],
  ['否决', (afterWord) => parseFreeText('否决', afterWord)],
  ['采纳', (afterWord) => parseAnswer('采纳', afterWord)],
  ['驳回', (afterWord) => parseAnswer('驳回', afterWord)],
  ['安排', parseArrangements],
  ['已整改', parseRectified],
  ['周报措施', (afterWord) => parseWeeklyInput('周报措施', 'measures', afterWord)],
  ['排查日期', parseInvestigationDate],
  ['参加人员', (afterWord) => parseWeeklyInput('参加人员', 'participants', afterWord)],
  ['整改', parseAssignment],
  ['会议', parseMeeting],
  ['汇报', (afterWord) => parseMinutesText('汇报', afterWord)],
  ['总结', (afterWord) => parseMinutesText('总结', afterWord)],
  ['隐患', parseRaisedHazard],
  ['监管检查', parseInspection],
  ['停产', (afterWord) => parseSuspension('停产', afterWord)],
  ['停业', (afterWord) => parseSuspension('停业', afterWord)],
  ['营业日', parseOperatingCalendar],
  ['营业', (afterWord) => parseOperatingDay('营业', afterWord)],
  ['休息', (afterWord) => parseOperatingDay('休息', afterWord)],
  ['验证', parseVerification],
  ['升级', parseEscalation],
  ['研判', (afterWord) => parseWeeklyInput('研判', 'analysis', afterWord)],
  ['排查', (afterWord) => parseWeeklyInput('排查', 'findings', afterWord)],
  ['培训', parseTraining],
  ['抽查考核', (afterWord) => parseAssessment('抽查考核', afterWord)],
  ['考核', (afterWord) => parseAssessment('考核', afterWord)],
  ['请假', parseLeave],
  ['代班', parseSubstitute],
];

/**
 * Reads what a person typed (mentions already removed) as one command. Tolerates full-width spaces, extra spaces
 * and trailing punctuation, because that is how people type on a phone.
 */
export function parseChatWords(message: string): ChatWord {
  const text = normalizeSpaces(message);
  const spaceless = text.replace(/\s+/g, '');
  if (/^[?？]+$/.test(spaceless)) return { kind: 'help' };

  const whole = WHOLE_MESSAGE_WORDS.get(spaceless.replace(TRAILING_PUNCTUATION, '').toLowerCase());
  if (whole) return { ...whole };

  for (const [word, parse] of LEADING_WORDS) {
    if (text.startsWith(word)) return parse(text.slice(word.length).replace(SEPARATORS, ''));
  }
  return { kind: 'unknown', text };
}
