import type { ArchiveOverview } from '../../domain/archive/archive-snapshot.ts';
import { monthRange } from '../../domain/schedules/periods.ts';

/**
 * Where each exported document goes, relative to the archive folder. Names are derived from the records alone, so the
 * same period exported twice gives the same names, and hold nothing Windows refuses (\ / : * ? " < > |).
 */
export const ARCHIVE_FILES = {
  index: 'index.docx',
  suggestions: 'suggestions.docx',
  appointments: 'appointments.docx',
  dutyStatements: 'duty-statements.docx',
  checklists: 'checklists.docx',
  training: 'training.docx',
  suspensions: 'suspensions.docx',
} as const;

export const ARCHIVE_FOLDERS = { daily: 'daily', weekly: 'weekly', monthly: 'monthly' } as const;

const UNSAFE_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f]/g;
const NAME_PART_LENGTH = 40;

/** Windows also drops trailing dots and spaces, which would make two names collide. */
export function safeFileNamePart(text: string): string {
  const cleaned = [...text.replace(UNSAFE_CHARACTERS, '_').trim()].slice(0, NAME_PART_LENGTH).join('').replace(/[. ]+$/, '');
  return cleaned === '' ? '_' : cleaned;
}

/** `daily/2026-11-02_王五.docx`; a shift adds its time: `daily/2026-11-02_王五_0830.docx`. */
export function dailyRecordFileName(record: { date: string; shift: string; officerName: string }): string {
  const shift = record.shift === '' ? '' : `_${safeFileNamePart(record.shift.replace(/:/g, ''))}`;
  return `${ARCHIVE_FOLDERS.daily}/${record.date}_${safeFileNamePart(record.officerName)}${shift}.docx`;
}

const DAILY_RECORD_FILE_DATE = new RegExp(`^${ARCHIVE_FOLDERS.daily}/(\\d{4}-\\d{2}-\\d{2})_`);

/** The day a daily record's file belongs to, read from its name; undefined for any other file. */
export function dailyRecordFileDate(path: string): string | undefined {
  return DAILY_RECORD_FILE_DATE.exec(path)?.[1];
}

/** `weekly/2026-10-31_2026-11-06.docx`. */
export function weeklyReportFileName(report: { periodStart: string; periodEnd: string }): string {
  return `${ARCHIVE_FOLDERS.weekly}/${report.periodStart}_${report.periodEnd}.docx`;
}

/** `monthly/2026-11.docx` for a calendar month; `monthly/2026-11-01_2026-11-15.docx` for half of one. */
export function monthlyMinutesFileName(minutes: { periodStart: string; periodEnd: string }): string {
  const month = minutes.periodStart.slice(0, 7);
  const whole = monthRange(month);
  const name = whole.periodStart === minutes.periodStart && whole.periodEnd === minutes.periodEnd ? month : `${minutes.periodStart}_${minutes.periodEnd}`;
  return `${ARCHIVE_FOLDERS.monthly}/${name}.docx`;
}

/**
 * Two records wanting the same name (two officers who share a name, say) get `_2`, `_3` in the order of their ids;
 * names are compared ignoring case because Windows does.
 */
function uniqueNames<T extends { id: string }>(items: readonly T[], nameOf: (item: T) => string): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = items
    .map((item) => ({ id: item.id, name: nameOf(item) }))
    .sort((left, right) => left.name.localeCompare(right.name) || left.id.localeCompare(right.id));
  for (const { id, name } of ordered) {
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) candidate = name.replace(/\.docx$/, `_${copy}.docx`);
    taken.add(candidate.toLowerCase());
    names.set(id, candidate);
  }
  return names;
}

export interface ArchiveFileNames {
  /** By record id. */
  dailyRecords: Map<string, string>;
  weeklyReports: Map<string, string>;
  monthlyMinutes: Map<string, string>;
}

export function archiveFileNames(snapshot: Pick<ArchiveOverview, 'dailyRecords' | 'weeklyReports' | 'monthlyMinutes'>): ArchiveFileNames {
  return {
    dailyRecords: uniqueNames(snapshot.dailyRecords, dailyRecordFileName),
    weeklyReports: uniqueNames(snapshot.weeklyReports, weeklyReportFileName),
    monthlyMinutes: uniqueNames(snapshot.monthlyMinutes, monthlyMinutesFileName),
  };
}
