import { instantAt } from '../calendar/local-time.ts';

/**
 * A record submitted after its day's close (the unit's close time, in the unit's zone) was late, whether the close
 * had already marked the day or not yet reached it: the record keeps its real time and is shown as late.
 */
export function submittedLate(date: string, submittedAt: Date, closeTime: string, timeZone: string): boolean {
  return submittedAt.getTime() > instantAt(date, closeTime, timeZone).getTime();
}
