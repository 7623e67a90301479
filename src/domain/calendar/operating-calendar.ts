import { isoWeekday } from './local-time.ts';
import { isOfficialWorkingDay, restDayName } from './operating-days.ts';

export type CalendarBase = 'every-day' | 'working-days' | 'weekdays';

/** The days a unit operates: every day, China's official working days, or a set of ISO weekdays (1 = Monday). */
export interface OperatingCalendar {
  base: CalendarBase;
  /** Only for `weekdays`. */
  weekdays?: number[];
}

/**
 * One recorded change to a unit's operating days. `date` is the first day a calendar applies, or the one day a
 * closed-day / open-day is about; a later entry for the same date replaces an earlier one's effect.
 */
export type OperatingCalendarChange =
  | { kind: 'calendar'; date: string; calendar: OperatingCalendar; reason: string; recordedBy: string; recordedAt: Date }
  | { kind: 'closed-day' | 'open-day'; date: string; reason: string; recordedBy: string; recordedAt: Date };

/** Why a unit does not operate on a day; a day that operates has no closure. */
export type DayClosure =
  | { kind: 'holiday'; name: string }
  | { kind: 'rest-day' }
  | { kind: 'declared'; reason: string };

/** The date before every day: a calendar recorded under it is the one the unit followed before any change was recorded. */
export const FROM_THE_START = '';

export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

function latestFirst<T extends { date: string; recordedAt: Date }>(left: T, right: T): number {
  return right.date.localeCompare(left.date) || right.recordedAt.getTime() - left.recordedAt.getTime();
}

/** The calendar in force on a day: the latest recorded one dated on or before it, else the unit's own setting. */
export function calendarInForce(date: string, current: OperatingCalendar, changes: readonly OperatingCalendarChange[]): OperatingCalendar {
  const applying = changes
    .filter((change): change is Extract<OperatingCalendarChange, { kind: 'calendar' }> => change.kind === 'calendar' && change.date <= date)
    .sort(latestFirst);
  return applying[0]?.calendar ?? current;
}

function closureByCalendar(date: string, calendar: OperatingCalendar): DayClosure | undefined {
  if (calendar.base === 'every-day') return undefined;
  if (calendar.base === 'weekdays') return (calendar.weekdays ?? []).includes(isoWeekday(date)) ? undefined : { kind: 'rest-day' };
  if (isOfficialWorkingDay(date)) return undefined;
  const name = restDayName(date);
  return name === '周末' ? { kind: 'rest-day' } : { kind: 'holiday', name };
}

/**
 * Whether a unit operates on a day and, if not, why. A day declared closed or open overrides the calendar, so a
 * unit on working days can still operate a rest day; the latest declaration for the day is the one that counts.
 */
export function closureOn(date: string, current: OperatingCalendar, changes: readonly OperatingCalendarChange[]): DayClosure | undefined {
  const declared = changes.filter((change) => change.kind !== 'calendar' && change.date === date).sort(latestFirst)[0];
  if (declared?.kind === 'open-day') return undefined;
  if (declared?.kind === 'closed-day') return { kind: 'declared', reason: declared.reason };
  return closureByCalendar(date, calendarInForce(date, current, changes));
}

/** 法定节假日：国庆节 / 休息日 / 单位决定停止营业：设备检修 — what the records say about a day without a check. */
export function closureText(closure: DayClosure): string {
  if (closure.kind === 'holiday') return `法定节假日：${closure.name}`;
  if (closure.kind === 'rest-day') return '休息日';
  return `单位决定停止营业：${closure.reason}`;
}

/** 每天 / 工作日（国家法定工作日历） / 周一、周二…: a calendar as a person reads it. */
export function calendarText(calendar: OperatingCalendar): string {
  if (calendar.base === 'every-day') return '每天';
  if (calendar.base === 'working-days') return '工作日（国家法定工作日历）';
  return [...(calendar.weekdays ?? [])].sort((left, right) => left - right).map((day) => WEEKDAY_NAMES[day - 1]).join('、');
}

export function sameCalendar(left: OperatingCalendar, right: OperatingCalendar): boolean {
  if (left.base !== right.base) return false;
  if (left.base !== 'weekdays') return true;
  const days = (calendar: OperatingCalendar) => [...new Set(calendar.weekdays ?? [])].sort((a, b) => a - b).join(',');
  return days(left) === days(right);
}
