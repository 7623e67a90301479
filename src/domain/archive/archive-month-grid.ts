import type { ArchivedDailyRecord, ArchiveSnapshotHead } from './archive-snapshot.ts';
import { daysBetweenInclusive, isoWeekday } from '../calendar/local-time.ts';
import { suspensionOn } from '../calendar/suspension.ts';
import { postsHeldDuring } from './posts-held.ts';

/**
 * How one officer's check of one day (or shift) stands. `none`: nothing was owed — before the officer held the post,
 * or a day still to come. `pending`: today's check, not yet submitted.
 */
export type CheckState = 'zero-risk' | 'hazard' | 'late' | 'missed' | 'suspended' | 'closed' | 'leave' | 'pending' | 'none';

export const CHECK_STATE_LABELS: Readonly<Record<CheckState, string>> = {
  'zero-risk': '零风险',
  hazard: '发现隐患',
  late: '逾期提交',
  missed: '漏检',
  suspended: '停产停业',
  closed: '不营业',
  leave: '请假',
  pending: '待提交',
  none: '无需检查',
};

/** The order the legend lists the states in. */
export const CHECK_STATES: readonly CheckState[] = ['zero-risk', 'hazard', 'late', 'missed', 'leave', 'suspended', 'closed', 'pending', 'none'];

export interface CheckMark {
  date: string;
  /** '' for a unit that checks once a day. */
  shift: string;
  state: CheckState;
  /** Why the day had no check: the closed day's or the suspension's reason. */
  reason?: string;
  /** A day of leave: who checked in the officer's place, and how that check stands. */
  cover?: { substituteName?: string; state: CheckState };
}

export interface OfficerMonthRow {
  personId: string;
  officerName: string;
  days: Array<{ date: string; marks: CheckMark[] }>;
}

export interface MonthGrid {
  days: Array<{ date: string; isoWeekday: number }>;
  officers: OfficerMonthRow[];
}

const chineseOrder = new Intl.Collator('zh-Hans-CN');

/** A submitted check's state: a hazard is what an inspector looks for first; then whether it came after the close. */
function recordState(record: ArchivedDailyRecord, today: string): CheckState {
  switch (record.status) {
    case 'submitted': {
      const latest = record.revisions.at(-1);
      const hazard = record.outcome === 'hazard' || (record.outcome === undefined && latest?.answers.some((answer) => answer.answer === 'abnormal'));
      if (hazard) return 'hazard';
      return record.revisions[0]?.late ? 'late' : 'zero-risk';
    }
    case 'missed':
      return 'missed';
    case 'suspended':
      return 'suspended';
    case 'open':
      return record.date >= today ? 'pending' : 'missed';
  }
}

function markOf(record: ArchivedDailyRecord, today: string): CheckMark {
  const state = recordState(record, today);
  const base = { date: record.date, shift: record.shift, ...(record.suspensionReason ? { reason: record.suspensionReason } : {}) };
  if (!record.leaveId) return { ...base, state };
  return { ...base, state: 'leave', cover: { ...(record.substituteName ? { substituteName: record.substituteName } : {}), state } };
}

/** Who has a row in the month, in the grid's order, and which shifts each day was checked in. */
export interface MonthLayout {
  officers: Array<{ personId: string; officerName: string }>;
  shiftsOn: (date: string) => string[];
}

/**
 * The rows and columns of a month, from every record of it (answers are not needed): an officer has a row for holding
 * the post during the month or for having a record in it; a day's shifts are those anyone was pushed.
 */
export function monthGridLayout(
  head: Pick<ArchiveSnapshotHead, 'period' | 'appointments' | 'unit'>,
  records: ReadonlyArray<Pick<ArchivedDailyRecord, 'date' | 'shift' | 'officerId' | 'officerName'>>,
): MonthLayout {
  const inPeriod = records.filter((record) => record.date >= head.period.from && record.date <= head.period.to);
  const officers = new Map<string, string>();
  for (const post of postsHeldDuring(head.appointments, head.period, head.unit.timeZone)) if (post.role === 'officer') officers.set(post.personId, post.personName);
  for (const record of inPeriod) officers.set(record.officerId, record.officerName);
  const allShifts = [...new Set(inPeriod.map((record) => record.shift))].sort();
  const shiftsByDate = new Map<string, Set<string>>();
  for (const record of inPeriod) shiftsByDate.set(record.date, (shiftsByDate.get(record.date) ?? new Set()).add(record.shift));
  return {
    officers: [...officers]
      .map(([personId, officerName]) => ({ personId, officerName }))
      .sort((left, right) => chineseOrder.compare(left.officerName, right.officerName) || left.personId.localeCompare(right.personId)),
    shiftsOn: (date) => {
      const shifts = shiftsByDate.get(date);
      return shifts ? [...shifts].sort() : allShifts.length > 0 ? allShifts : [''];
    },
  };
}

/**
 * The month's daily records laid out as an inspector reads them: a row per officer, a cell per day, a mark per shift.
 * A day without a record says why: closed, suspended, not yet come, not yet owed, or missed. `today` is the unit's
 * local date of the page. `layout` gives the rows to show, when `records` holds only those rows' records.
 */
export function archiveMonthGrid(
  head: Pick<ArchiveSnapshotHead, 'period' | 'appointments' | 'closedDays' | 'suspensions' | 'unit'>,
  records: readonly ArchivedDailyRecord[],
  today: string,
  layout: MonthLayout = monthGridLayout(head, records),
): MonthGrid {
  const dates = daysBetweenInclusive(head.period.from, head.period.to);
  const posts = postsHeldDuring(head.appointments, head.period, head.unit.timeZone).filter((post) => post.role === 'officer');
  const recordsOf = new Map<string, ArchivedDailyRecord[]>();
  for (const record of records) {
    if (record.date < head.period.from || record.date > head.period.to) continue;
    const key = `${record.officerId}\u0000${record.date}`;
    recordsOf.set(key, [...(recordsOf.get(key) ?? []), record]);
  }
  const closed = new Map(head.closedDays.map((day) => [day.date, day.reason]));
  const owed = (personId: string, date: string) =>
    posts.some((post) => post.personId === personId && post.firstWholeDay <= date && (post.lastWholeDay === undefined || date <= post.lastWholeDay));

  const withoutRecord = (personId: string, date: string, shift: string): CheckMark => {
    const closedReason = closed.get(date);
    if (closedReason !== undefined) return { date, shift, state: 'closed', reason: closedReason };
    const suspension = suspensionOn(date, head.suspensions);
    if (suspension) return { date, shift, state: 'suspended', reason: suspension.reason };
    if (date > today || !owed(personId, date)) return { date, shift, state: 'none' };
    return { date, shift, state: date === today ? 'pending' : 'missed' };
  };

  const rows = layout.officers.map(({ personId, officerName }): OfficerMonthRow => ({
    personId,
    officerName,
    days: dates.map((date) => {
      const own = recordsOf.get(`${personId}\u0000${date}`) ?? [];
      const recorded = new Set(own.map((record) => record.shift));
      const marks = [...own.map((record) => markOf(record, today)), ...layout.shiftsOn(date).filter((shift) => !recorded.has(shift)).map((shift) => withoutRecord(personId, date, shift))];
      return { date, marks: marks.sort((left, right) => left.shift.localeCompare(right.shift)) };
    }),
  }));
  return { days: dates.map((date) => ({ date, isoWeekday: isoWeekday(date) })), officers: rows };
}
