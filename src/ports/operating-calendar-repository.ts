import type { OperatingCalendar, OperatingCalendarChange } from '../domain/calendar/operating-calendar.ts';

/** A unit's operating days: its own setting and every change recorded, which is append-only. */
export interface OperatingCalendarRepository {
  /** Undefined for an unknown unit; each change with the id its audit entry names. */
  history(unitId: string): Promise<{ current: OperatingCalendar; changes: Array<OperatingCalendarChange & { id: string }> } | undefined>;
  record(unitId: string, change: OperatingCalendarChange): Promise<string>;
  /** The unit's own setting: what days without a recorded calendar follow from now on. */
  setCurrent(unitId: string, calendar: OperatingCalendar): Promise<void>;
}
