import { isLocalDate } from '../../domain/calendar/local-time.ts';
import { WEEKDAY_NAMES, type OperatingCalendar } from '../../domain/calendar/operating-calendar.ts';
import type { ChatWord } from '../chat-words.ts';
import { takeDate, trimSeparators } from './text-reading.ts';

/** 休息 / 营业 <日期> [原因] and 营业日 <每天 / 工作日 / 周一至周六>: the unit's operating days, said in chat. */

const DAY_EXAMPLES = { 休息: '休息 2026-12-12 设备检修', 营业: '营业 2026-12-13 赶制订单' } as const;
const CALENDAR_EXAMPLE = '营业日 周一至周六（或：营业日 每天、营业日 工作日、营业日 周一、周三、周五）';

export function parseOperatingDay(word: '休息' | '营业', afterWord: string): ChatWord {
  const taken = takeDate(afterWord);
  if (!taken) return { kind: 'invalid', word, problem: `请写明日期（YYYY-MM-DD），原因可选，例如：${DAY_EXAMPLES[word]}` };
  if (!isLocalDate(taken.date)) return { kind: 'invalid', word, problem: `日期 ${taken.date} 不存在，例如：${DAY_EXAMPLES[word]}` };
  return { kind: 'operating-day', date: taken.date, closed: word === '休息', reason: trimSeparators(taken.rest) };
}

const weekdayIndex = (text: string): number | undefined => {
  const match = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(text);
  return match ? '一二三四五六日'.indexOf(match[1] === '天' ? '日' : match[1]!) + 1 : undefined;
};

function weekdaysOf(text: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of text.split(/[\s,，、;；和及]+/).filter((piece) => piece !== '')) {
    const range = /^(.+?)(?:至|到|-|~|～|—)(.+)$/.exec(part);
    const first = weekdayIndex(range ? range[1]! : part);
    const last = range ? weekdayIndex(range[2]!) : first;
    if (first === undefined || last === undefined || last < first) return undefined;
    for (let day = first; day <= last; day += 1) days.add(day);
  }
  return days.size === 0 ? undefined : [...days].sort((left, right) => left - right);
}

export function parseOperatingCalendar(afterWord: string): ChatWord {
  const text = trimSeparators(afterWord);
  if (text === '每天' || text === '每日') return { kind: 'operating-calendar', calendar: { base: 'every-day' } };
  if (text === '工作日' || text === '法定工作日') return { kind: 'operating-calendar', calendar: { base: 'working-days' } };
  const weekdays = weekdaysOf(text);
  if (!weekdays) return { kind: 'invalid', word: '营业日', problem: `请写明每天、工作日，或营业的星期（${WEEKDAY_NAMES.join('、')}），例如：${CALENDAR_EXAMPLE}` };
  const calendar: OperatingCalendar = weekdays.length === 7 ? { base: 'every-day' } : { base: 'weekdays', weekdays };
  return { kind: 'operating-calendar', calendar };
}
