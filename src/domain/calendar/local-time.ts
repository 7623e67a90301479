import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** A unit's wall clock at an instant: the regulations' "day" is the unit's local day, not the server's. */
export interface LocalTime {
  date: string; // YYYY-MM-DD
  time: string; // HH:mm
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * Read straight from one cached Intl formatter per zone, which dayjs's `tz` also ends in: an archive reads the wall
 * clock of hundreds of thousands of instants, and dayjs takes tens of microseconds for each.
 */
export function localTimeAt(instant: Date, timeZone: string): LocalTime {
  let wallClock = wallClocks.get(timeZone);
  if (!wallClock) {
    wallClock = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    wallClocks.set(timeZone, wallClock);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of wallClock.formatToParts(instant)) part[type] = value;
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** The instant at which a unit's local date and time occurs. */
export function instantAt(date: string, time: string, timeZone: string): Date {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', timeZone).toDate();
}

export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const local = localTimeAt(instant, timeZone);
  return `${local.date} ${local.time}`;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isLocalDate(text: string): boolean {
  return datePattern.test(text) && dayjs.utc(text, 'YYYY-MM-DD').format('YYYY-MM-DD') === text;
}

export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = dayjs.utc(date).day();
  return day === 0 ? 7 : day;
}

export function daysBetweenInclusive(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** An IANA time zone name the runtime knows (Asia/Shanghai), as units and the configuration name them. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day as schedules write it: HH:mm, 24-hour. */
export function isClockTime(text: string): boolean {
  return clockTimePattern.test(text);
}
