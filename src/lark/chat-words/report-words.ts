import { isLocalDate } from '../../domain/calendar/local-time.ts';
import type { ChatWord } from '../chat-words.ts';
import { LIST_MARKER, TRAILING_PUNCTUATION, asciiDigits, hasWords, takeDate, trimSeparators } from './text-reading.ts';

/** The director's and principal's words for the weekly report, the minutes and the archive. */

/** 导出 and 归档 both name a month the same ways: 2026-01, 2026/1, 2026年1月, 202601; nothing: the word's own default. */
function parseMonthWord(word: '导出' | '归档', afterWord: string, chatWord: (month?: string) => ChatWord): ChatWord {
  const example = `例如：${word} 2026-01 或 ${word} 2026年1月`;
  const monthText = asciiDigits(afterWord.replace(TRAILING_PUNCTUATION, '')).replace(/\s+/g, '');
  if (!monthText) return chatWord();
  const match = /^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2}))$/.exec(monthText);
  if (!match) return { kind: 'invalid', word, problem: `请按“年-月”写明${word === '导出' ? '要导出' : '要查阅'}的月份，${example}` };
  const year = match[1] ?? '';
  const month = Number(match[2] ?? match[3]);
  if (month < 1 || month > 12) {
    return { kind: 'invalid', word, problem: `月份应在 1 到 12 之间，${example}` };
  }
  return chatWord(`${year}-${String(month).padStart(2, '0')}`);
}

export function parseExport(afterWord: string): ChatWord {
  return parseMonthWord('导出', afterWord, (month) => (month === undefined ? { kind: 'export' } : { kind: 'export', month }));
}

export function parseArchiveLink(afterWord: string): ChatWord {
  return parseMonthWord('归档', afterWord, (month) => (month === undefined ? { kind: 'archive-link' } : { kind: 'archive-link', month }));
}

export function parseArrangements(afterWord: string): ChatWord {
  const items = afterWord
    .split('\n')
    .map((line) => trimSeparators(trimSeparators(line).replace(LIST_MARKER, '')))
    .filter(hasWords);
  if (items.length === 0) {
    return { kind: 'invalid', word: '安排', problem: '请写明下月工作安排，每行一条，例如：\n安排 更换过期灭火器\n组织一次质量安全培训' };
  }
  return { kind: 'arrangements', items };
}

export function parseInvestigationDate(afterWord: string): ChatWord {
  const date = takeDate(afterWord);
  if (!date) return { kind: 'invalid', word: '排查日期', problem: '请写明排查日期，例如：排查日期 2026-11-06' };
  if (!isLocalDate(date.date)) return { kind: 'invalid', word: '排查日期', problem: `日期 ${date.date} 不存在，请写明真实的排查日期，例如：排查日期 2026-11-06` };
  return { kind: 'weekly-investigation-date', date: date.date };
}

export function parseMeeting(afterWord: string): ChatWord {
  const example = '会议 2026-11-30 陈建国、刘志强、王芳';
  const date = takeDate(afterWord);
  if (!date) return { kind: 'invalid', word: '会议', problem: `请写明会议日期和参会人员，例如：${example}` };
  if (!isLocalDate(date.date)) return { kind: 'invalid', word: '会议', problem: `日期 ${date.date} 不存在，请写明真实的会议日期，例如：${example}` };
  const attendees = [...new Set(date.rest.split(/[、，,；;\s]+/).map((name) => name.trim()).filter(hasWords))];
  if (attendees.length === 0) return { kind: 'invalid', word: '会议', problem: `请写明参会人员，以「、」分隔，例如：${example}` };
  return { kind: 'minutes-meeting', date: date.date, attendees };
}

export function parseMinutesText(word: '汇报' | '总结', afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (!hasWords(text)) {
    const example = word === '汇报' ? '汇报 本月周排查发现隐患 2 项，均已整改；出厂检验签字缺失需持续关注' : '总结 本月日管控落实到位，出厂检验环节须专项排查';
    return { kind: 'invalid', word, problem: `请在「${word}」后写明内容，例如：${example}` };
  }
  return word === '汇报' ? { kind: 'director-report', text } : { kind: 'minutes-summary', text };
}

export function parseWeeklyInput(word: '研判' | '排查' | '周报措施' | '参加人员', field: 'analysis' | 'findings' | 'measures' | 'participants', afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (!hasWords(text)) return { kind: 'invalid', word, problem: `请在「${word}」后写明内容，例如：${word} 本周隐患集中在仓储环节，需加强巡查` };
  return { kind: 'weekly-input', field, text };
}
