import type { ArchivedDailyRecord, ArchiveOverview, DailyRecordSummary } from './archive-snapshot.ts';
import { suspensionOn } from '../calendar/suspension.ts';
import { addDays, daysBetweenInclusive } from '../calendar/local-time.ts';
import { type PostHeld, postsHeldDuring } from './posts-held.ts';
import { consecutiveRuns, dateRangeText, earlierDate, laterDate } from './archive-times.ts';
import { leaveNote } from '../leave/leave-note.ts';

/** How the checks owed in the period ended; `expected` excludes the checks 停工停产（停业） made unnecessary. */
export interface DailyControlCounts {
  expected: number;
  submitted: number;
  zeroRisk: number;
  hazard: number;
  missed: number;
  /** Opened but neither submitted nor closed as missed. */
  unfinished: number;
  /** Owed, yet no record exists at all: nobody was even asked. */
  withoutRecord: number;
  suspended: number;
  /** submitted / expected, 0..1; 1 when nothing was owed. */
  submissionRate: number;
}

export interface OfficerDailyControl extends DailyControlCounts {
  personId: string;
  officerName: string;
  /** The stretches of the period during which the person was 质量安全员; empty for records without an appointment. */
  tenures: Array<{ from: string; to: string }>;
}

/** One officer's check for one day, or one shift of a day ('' for a unit that checks once a day). */
export interface CheckSlot {
  date: string;
  shift: string;
  officerName: string;
  /** The day fell in the officer's leave: a gap all the same, shown with the leave and its substitute if any. */
  leave?: { substituteName?: string };
}

/** 38号文 附件2 §2.1: 检查《每日工业产品质量安全检查记录》. */
export interface DailyControlIndex {
  officers: OfficerDailyControl[];
  totals: DailyControlCounts;
  withoutRecord: CheckSlot[];
  missed: CheckSlot[];
  unfinished: CheckSlot[];
  suspendedDays: Array<{ date: string; reason: string }>;
  /** The days the unit did not operate, each with why, so that no day is silently absent. */
  closedDays: Array<{ date: string; reason: string }>;
  gaps: string[];
}

const chineseOrder = new Intl.Collator('zh-Hans-CN');

interface OfficerRecords {
  personId: string;
  officerName: string;
  posts: PostHeld[];
  records: DailyRecordSummary[];
}

function emptyCounts(): DailyControlCounts {
  return { expected: 0, submitted: 0, zeroRisk: 0, hazard: 0, missed: 0, unfinished: 0, withoutRecord: 0, suspended: 0, submissionRate: 1 };
}

function withRate(counts: DailyControlCounts): DailyControlCounts {
  const expected = counts.submitted + counts.missed + counts.unfinished + counts.withoutRecord;
  return { ...counts, expected, submissionRate: expected === 0 ? 1 : counts.submitted / expected };
}

function outcomeOf(record: DailyRecordSummary): 'zero-risk' | 'hazard' {
  if (record.outcome !== undefined) return record.outcome;
  const latest = record.revisions?.[record.revisions.length - 1];
  return latest?.answers.some((answer) => answer.answer === 'abnormal') ? 'hazard' : 'zero-risk';
}

/** What this index needs of a record, with the outcome its answers decide, so the answers need not be kept. */
export function dailyRecordSummary(record: ArchivedDailyRecord): DailyRecordSummary {
  const { id, date, shift, officerId, officerName, status, suspensionReason, leaveId, substituteName } = record;
  return {
    id,
    date,
    shift,
    officerId,
    officerName,
    status,
    ...(status === 'submitted' ? { outcome: outcomeOf(record) } : record.outcome === undefined ? {} : { outcome: record.outcome }),
    ...(suspensionReason === undefined ? {} : { suspensionReason }),
    ...(leaveId === undefined ? {} : { leaveId }),
    ...(substituteName === undefined ? {} : { substituteName }),
  };
}

function slotKey(date: string, shift: string): string {
  return `${date}\u0000${shift}`;
}

/**
 * The checks owed on a day: the shifts anyone was pushed that day, or, on a day nobody was pushed at all, every
 * shift the period shows — the push creates every officer's record of a shift together, so one officer's record
 * proves the others were owed too.
 */
function expectedShifts(records: readonly DailyRecordSummary[]): (date: string) => string[] {
  const byDay = new Map<string, Set<string>>();
  for (const record of records) byDay.set(record.date, (byDay.get(record.date) ?? new Set()).add(record.shift));
  const all = [...new Set(records.map((record) => record.shift))].sort();
  const fallback = all.length === 0 ? [''] : all;
  return (date) => {
    const shifts = byDay.get(date);
    return shifts === undefined ? fallback : [...shifts].sort();
  };
}

function officersOf(snapshot: ArchiveOverview, records: readonly DailyRecordSummary[]): OfficerRecords[] {
  const officers = new Map<string, OfficerRecords>();
  const entry = (personId: string, officerName: string): OfficerRecords => {
    const known = officers.get(personId) ?? { personId, officerName, posts: [], records: [] };
    officers.set(personId, known);
    return known;
  };
  for (const post of postsHeldDuring(snapshot.appointments, snapshot.period, snapshot.unit.timeZone)) {
    if (post.role === 'officer') entry(post.personId, post.personName).posts.push(post);
  }
  for (const record of records) entry(record.officerId, record.officerName).records.push(record);
  return [...officers.values()].sort((left, right) => chineseOrder.compare(left.officerName, right.officerName) || left.personId.localeCompare(right.personId));
}

function tenuresOf(posts: readonly PostHeld[], period: { from: string; to: string }): Array<{ from: string; to: string }> {
  return posts
    .map((post) => ({ from: laterDate(post.firstDay, period.from), to: earlierDate(post.lastDay ?? period.to, period.to) }))
    .sort((left, right) => left.from.localeCompare(right.from));
}

/** Days owed in full, before the day of the export: today's push may simply not have happened yet. */
function owedDays(posts: readonly PostHeld[], period: { from: string; to: string }, asOf: string, closed: ReadonlySet<string>): string[] {
  const days = new Set<string>();
  const lastOwed = earlierDate(period.to, addDays(asOf, -1));
  for (const post of posts) {
    const from = laterDate(post.firstWholeDay, period.from);
    const to = earlierDate(post.lastWholeDay ?? lastOwed, lastOwed);
    for (const day of daysBetweenInclusive(from, to)) if (!closed.has(day)) days.add(day);
  }
  return [...days].sort();
}

interface OfficerResult {
  coverage: OfficerDailyControl;
  withoutRecord: CheckSlot[];
  missed: CheckSlot[];
  unfinished: CheckSlot[];
}

function officerControl(
  officer: OfficerRecords,
  snapshot: ArchiveOverview,
  shiftsOn: (date: string) => string[],
  asOf: string,
): OfficerResult {
  const counts = emptyCounts();
  const result: Omit<OfficerResult, 'coverage'> = { withoutRecord: [], missed: [], unfinished: [] };
  const slot = (record: { date: string; shift: string; leaveId?: string; substituteName?: string }): CheckSlot => ({
    date: record.date,
    shift: record.shift,
    officerName: officer.officerName,
    ...(record.leaveId ? { leave: record.substituteName ? { substituteName: record.substituteName } : {} } : {}),
  });
  for (const record of officer.records) {
    switch (record.status) {
      case 'submitted':
        counts.submitted += 1;
        if (outcomeOf(record) === 'hazard') counts.hazard += 1;
        else counts.zeroRisk += 1;
        break;
      case 'missed':
        counts.missed += 1;
        result.missed.push(slot(record));
        break;
      case 'suspended':
        counts.suspended += 1;
        break;
      case 'open':
        counts.unfinished += 1;
        result.unfinished.push(slot(record));
        break;
    }
  }
  const recorded = new Set(officer.records.map((record) => slotKey(record.date, record.shift)));
  for (const date of owedDays(officer.posts, snapshot.period, asOf, new Set(snapshot.closedDays.map((day) => day.date)))) {
    for (const shift of shiftsOn(date)) {
      if (recorded.has(slotKey(date, shift))) continue;
      if (suspensionOn(date, snapshot.suspensions) !== undefined) counts.suspended += 1;
      else result.withoutRecord.push(slot({ date, shift }));
    }
  }
  counts.withoutRecord = result.withoutRecord.length;
  return {
    ...result,
    coverage: { personId: officer.personId, officerName: officer.officerName, tenures: tenuresOf(officer.posts, snapshot.period), ...withRate(counts) },
  };
}

function suspendedDaysOf(snapshot: ArchiveOverview, records: readonly DailyRecordSummary[]): Array<{ date: string; reason: string }> {
  const days: Array<{ date: string; reason: string }> = [];
  for (const date of daysBetweenInclusive(snapshot.period.from, snapshot.period.to)) {
    const reason = suspensionOn(date, snapshot.suspensions)?.reason
      ?? records.find((record) => record.date === date && record.status === 'suspended')?.suspensionReason;
    if (reason !== undefined) days.push({ date, reason });
  }
  return days;
}

function sumCounts(officers: readonly DailyControlCounts[]): DailyControlCounts {
  const total = emptyCounts();
  for (const officer of officers) {
    total.submitted += officer.submitted;
    total.zeroRisk += officer.zeroRisk;
    total.hazard += officer.hazard;
    total.missed += officer.missed;
    total.unfinished += officer.unfinished;
    total.withoutRecord += officer.withoutRecord;
    total.suspended += officer.suspended;
  }
  return withRate(total);
}

/** A full-width bracket already sets the name apart; a bare date needs a space. */
function shiftText(shift: string): string {
  return shift === '' ? ' ' : `（班次 ${shift}）`;
}

/** One sentence per officer, shift and run of consecutive days: `2026-11-05 张三 无检查记录`. */
function slotSentences(slots: readonly CheckSlot[], what: string | ((slot: CheckSlot) => string)): Array<{ from: string; name: string; sentence: string }> {
  const whatOf = typeof what === 'string' ? () => what : what;
  const groups = new Map<string, CheckSlot[]>();
  for (const slot of slots) {
    const key = `${slot.officerName}\u0000${slot.shift}\u0000${whatOf(slot)}`;
    groups.set(key, [...(groups.get(key) ?? []), slot]);
  }
  return [...groups.values()].flatMap((group) => {
    const first = group[0];
    if (first === undefined) return [];
    return consecutiveRuns(group.map((slot) => slot.date)).map((run) => ({
      from: run.from,
      name: first.officerName,
      sentence: `${dateRangeText(run.from, run.to)}${shiftText(first.shift)}${first.officerName} ${whatOf(first)}`,
    }));
  });
}

function bySlot(left: CheckSlot, right: CheckSlot): number {
  return left.date.localeCompare(right.date) || left.shift.localeCompare(right.shift) || chineseOrder.compare(left.officerName, right.officerName);
}

/** `asOf`: the unit's local date of the export, which decides what was already owed. */
export function dailyControlIndex(snapshot: ArchiveOverview, asOf: string): DailyControlIndex {
  const { period } = snapshot;
  const records = snapshot.dailyRecords.filter((record) => record.date >= period.from && record.date <= period.to);
  const shiftsOn = expectedShifts(records);
  const results = officersOf(snapshot, records).map((officer) => officerControl(officer, snapshot, shiftsOn, asOf));
  const withoutRecord = results.flatMap((result) => result.withoutRecord).sort(bySlot);
  const missed = results.flatMap((result) => result.missed).sort(bySlot);
  const unfinished = results.flatMap((result) => result.unfinished).sort(bySlot);
  // A check still open on the day of the export may yet be done; one left open from an earlier day was not.
  const stale = unfinished.filter((slot) => slot.date < asOf);
  const gaps = [
    ...slotSentences(withoutRecord, '无检查记录'),
    ...slotSentences(missed, (slot) => (slot.leave ? `漏检（${leaveNote(slot.leave.substituteName)}）` : '漏检')),
    ...slotSentences(stale, '检查未完成'),
  ]
    .sort((left, right) => left.from.localeCompare(right.from) || chineseOrder.compare(left.name, right.name))
    .map((gap) => gap.sentence);
  const officers = results.map((result) => result.coverage);
  return {
    officers,
    totals: sumCounts(officers),
    withoutRecord,
    missed,
    unfinished,
    suspendedDays: suspendedDaysOf(snapshot, records),
    closedDays: snapshot.closedDays.filter((day) => day.date >= period.from && day.date <= period.to),
    gaps,
  };
}
