import type { ArchiveOverview, ArchiveSnapshot } from './archive-snapshot.ts';
import { addDays, daysBetweenInclusive } from '../calendar/local-time.ts';
import {
  type Period,
  investigationPeriodEnding,
  isInvestigationDay,
  isSchedulingDay,
  monthRange,
  schedulingPeriodEnding,
} from '../schedules/periods.ts';
import { suspensionOn } from '../calendar/suspension.ts';
import { dateRangeText } from './archive-times.ts';

/**
 * in-progress: the period's record is not due yet on the day of the export. suspended: every day of the period fell in
 * 停工停产（停业）, when the rhythm may pause (Q&A on Orders 75/76) — neither is a gap.
 */
export type PeriodicRecordStatus = 'confirmed' | 'draft' | 'missing' | 'suspended' | 'in-progress';

export interface PeriodicRecordLine extends Period {
  /** The day the record falls due: the investigation day, or the day of the scheduling meeting. */
  dueDate: string;
  status: PeriodicRecordStatus;
  recordId?: string;
  /** As archived (an ISO instant). */
  confirmedAt?: string;
  signerName?: string;
  /** False for a record made for a period the unit's cadence does not call for, such as an extra investigation. */
  scheduled: boolean;
}

/** 38号文 附件2 §2.2: 检查《每周工业产品质量安全排查治理报告》. */
export interface WeeklyInvestigationIndex {
  mode: ArchiveSnapshot['unit']['investigationMode'];
  weeklyDay: number;
  periods: PeriodicRecordLine[];
  gaps: string[];
}

/** 38号文 附件2 §2.3: 检查《每月工业产品质量安全调度会议纪要》. */
export interface MonthlySchedulingIndex {
  mode: ArchiveSnapshot['unit']['schedulingMode'];
  periods: PeriodicRecordLine[];
  gaps: string[];
}

interface PeriodicRecord extends Period {
  id: string;
  status: 'draft' | 'confirmed';
  confirmedAt?: string;
  signerName?: string;
}

interface DuePeriod extends Period {
  dueDate: string;
}

function entirelySuspended(period: Period, snapshot: ArchiveOverview): boolean {
  return daysBetweenInclusive(period.periodStart, period.periodEnd).every((day) => suspensionOn(day, snapshot.suspensions) !== undefined);
}

function confirmedFirst(left: PeriodicRecord, right: PeriodicRecord): number {
  return (left.status === 'confirmed' ? 0 : 1) - (right.status === 'confirmed' ? 0 : 1) || left.id.localeCompare(right.id);
}

/**
 * A record for exactly the period answers it; failing that, one ending within it does, since the rule asks for at
 * least one investigation (or meeting) per period, not for a particular weekday.
 */
function matchRecord(period: DuePeriod, records: readonly PeriodicRecord[], used: Set<string>): PeriodicRecord | undefined {
  const unused = records.filter((record) => !used.has(record.id)).sort(confirmedFirst);
  const exact = unused.find((record) => record.periodStart === period.periodStart && record.periodEnd === period.periodEnd);
  return exact ?? unused.find((record) => record.periodEnd >= period.periodStart && record.periodEnd <= period.periodEnd);
}

function statusOf(period: DuePeriod, record: PeriodicRecord | undefined, snapshot: ArchiveOverview, asOf: string): PeriodicRecordStatus {
  if (record?.status === 'confirmed') return 'confirmed';
  if (entirelySuspended(period, snapshot)) return 'suspended';
  if (asOf <= period.dueDate) return 'in-progress';
  return record === undefined ? 'missing' : 'draft';
}

function lineOf(period: DuePeriod, record: PeriodicRecord | undefined, status: PeriodicRecordStatus, scheduled: boolean): PeriodicRecordLine {
  return {
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    dueDate: period.dueDate,
    status,
    scheduled,
    ...(record === undefined ? {} : { recordId: record.id, signerName: record.signerName }),
    ...(record?.confirmedAt === undefined ? {} : { confirmedAt: record.confirmedAt }),
  };
}

function periodicLines(expected: readonly DuePeriod[], records: readonly PeriodicRecord[], snapshot: ArchiveOverview, asOf: string): PeriodicRecordLine[] {
  const used = new Set<string>();
  const lines = expected.map((period) => {
    const record = matchRecord(period, records, used);
    if (record !== undefined) used.add(record.id);
    return lineOf(period, record, statusOf(period, record, snapshot, asOf), true);
  });
  const { from, to } = snapshot.period;
  const extra = records
    .filter((record) => !used.has(record.id) && record.periodEnd >= from && record.periodEnd <= to)
    .map((record) => {
      const period = { periodStart: record.periodStart, periodEnd: record.periodEnd, dueDate: record.periodEnd };
      return lineOf(period, record, record.status === 'confirmed' ? 'confirmed' : statusOf(period, record, snapshot, asOf), false);
    });
  return [...lines, ...extra].sort((left, right) => left.periodEnd.localeCompare(right.periodEnd) || left.periodStart.localeCompare(right.periodStart));
}

function investigationPeriods(snapshot: ArchiveOverview): DuePeriod[] {
  const cadence = { mode: snapshot.unit.investigationMode, weeklyDay: snapshot.unit.weeklyDay };
  return daysBetweenInclusive(snapshot.period.from, snapshot.period.to)
    .filter((day) => isInvestigationDay(day, cadence))
    .map((day) => ({ ...investigationPeriodEnding(day, cadence.mode), dueDate: day }));
}

function schedulingDayOf(period: Period, mode: ArchiveSnapshot['unit']['schedulingMode']): string {
  for (let day = period.periodEnd; day >= period.periodStart; day = addDays(day, -1)) {
    if (isSchedulingDay(day, mode)) return day;
  }
  return period.periodEnd;
}

function schedulingPeriods(snapshot: ArchiveOverview): DuePeriod[] {
  const mode = snapshot.unit.schedulingMode;
  return daysBetweenInclusive(snapshot.period.from, snapshot.period.to)
    .map((day) => schedulingPeriodEnding(day, mode))
    .filter((period, index, all) => all.findIndex((other) => other.periodEnd === period.periodEnd) === index)
    .filter((period) => period.periodEnd <= snapshot.period.to)
    .map((period) => ({ ...period, dueDate: schedulingDayOf(period, mode) }));
}

function gapSentences(lines: readonly PeriodicRecordLine[], label: (period: Period) => string, document: string): string[] {
  return lines.flatMap((line) => {
    const text = label(line);
    // Dates and Chinese words are set apart by a space, as in `2026-11-07 至 2026-11-13 的周报未确认`.
    const subject = /\d$/.test(text) ? `${text} ` : text;
    if (line.status === 'draft') return [`${subject}的${document}未确认`];
    if (line.status === 'missing') return [`${subject}没有${document}`];
    return [];
  });
}

/** `asOf`: the unit's local date of the export. */
export function weeklyInvestigationIndex(snapshot: ArchiveOverview, asOf: string): WeeklyInvestigationIndex {
  const records = snapshot.weeklyReports.map((report) => ({ ...report, signerName: report.directorName }));
  const periods = periodicLines(investigationPeriods(snapshot), records, snapshot, asOf);
  const document = snapshot.unit.investigationMode === 'weekly' ? '周报' : '排查治理报告';
  const label = (period: Period): string => dateRangeText(period.periodStart, period.periodEnd);
  return { mode: snapshot.unit.investigationMode, weeklyDay: snapshot.unit.weeklyDay, periods, gaps: gapSentences(periods, label, document) };
}

/** A whole calendar month reads as 2026年11月; half a month as its dates. */
export function schedulingPeriodLabel(period: Period): string {
  const month = period.periodStart.slice(0, 7);
  const whole = monthRange(month);
  if (whole.periodStart !== period.periodStart || whole.periodEnd !== period.periodEnd) return dateRangeText(period.periodStart, period.periodEnd);
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export function monthlySchedulingIndex(snapshot: ArchiveOverview, asOf: string): MonthlySchedulingIndex {
  const records = snapshot.monthlyMinutes.map((minutes) => ({ ...minutes, signerName: minutes.confirmedByName }));
  const periods = periodicLines(schedulingPeriods(snapshot), records, snapshot, asOf);
  const document = snapshot.unit.schedulingMode === 'monthly' ? '月调度会议纪要' : '调度会议纪要';
  return { mode: snapshot.unit.schedulingMode, periods, gaps: gapSentences(periods, schedulingPeriodLabel, document) };
}
