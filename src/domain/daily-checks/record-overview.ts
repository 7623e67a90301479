import type { DayState } from '../records/daily-record-facts.ts';
import type { DailyCheck, DailyCheckOutcome } from './daily-check.ts';

export interface CheckDay {
  date: string;
  shift: string;
  state: DayState;
  /** Items the officer recorded as 异常 on that day's record. */
  hazards: number;
  /** The day fell in the officer's leave, with who checked in their place (代班) if anyone was named. */
  leave?: { substituteName?: string };
}

export interface RecordCounts {
  /** Records the unit asked for: every day and shift pushed, less those of a suspension. */
  expected: number;
  submitted: number;
  zeroRisk: number;
  withHazards: number;
  missed: number;
  /** Not yet submitted, the day not yet closed. */
  open: number;
  suspended: number;
  /** Items recorded as 异常 over all the records. */
  hazards: number;
}

/** A day's record as a person glancing at their week sees it, and as the reports count it. */
export function dayStateOf(check: Pick<DailyCheck, 'status'> & { outcome: DailyCheckOutcome | null }): DayState {
  if (check.status === 'submitted') return check.outcome === 'hazard' ? 'hazard' : 'zero-risk';
  return check.status;
}

export function checkDayOf(check: Pick<DailyCheck, 'date' | 'status' | 'answers'> & { shift: string; outcome: DailyCheckOutcome | null }): CheckDay {
  const hazards = check.answers.filter((answer) => answer.answer === 'abnormal').length;
  const state = dayStateOf(check);
  return { date: check.date, shift: check.shift, state, hazards: check.status === 'submitted' ? hazards : 0 };
}

export function countRecords(days: readonly CheckDay[]): RecordCounts {
  const count = (state: DayState) => days.filter((day) => day.state === state).length;
  const zeroRisk = count('zero-risk');
  const withHazards = count('hazard');
  const suspended = count('suspended');
  return {
    expected: days.length - suspended,
    submitted: zeroRisk + withHazards,
    zeroRisk,
    withHazards,
    missed: count('missed'),
    open: count('open'),
    suspended,
    hazards: days.reduce((total, day) => total + day.hazards, 0),
  };
}

/** Newest first, as a person reads back through their own records. */
export function newestFirst(days: readonly CheckDay[]): CheckDay[] {
  return [...days].sort((left, right) => `${right.date}${right.shift}`.localeCompare(`${left.date}${left.shift}`));
}
