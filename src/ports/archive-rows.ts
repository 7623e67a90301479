import type { OperatingCalendar, OperatingCalendarChange } from '../domain/calendar/operating-calendar.ts';
import type { MonthlyMinutesContent } from '../domain/monthly-minutes/monthly-minutes-content.ts';
import type { InvestigationRecord, WeeklyReportContent } from '../domain/weekly-reports/weekly-report-content.ts';
import type { HazardRecord } from './hazard-repository.ts';
import type { NewLeave } from './leave-repository.ts';

/**
 * The stored rows the archive is made from. Export builds the archive from them; `verify` recomputes every audit
 * entry's content hash from them. Daily checks and audit entries grow with every day, so they are read in pages: a
 * year of a large unit never has to be held at once.
 */
export interface AnswerRow {
  dailyCheckId: string;
  revision: number;
  /** The item's number on the check's card: the checklist item numbered `dueItems[position - 1]`, or `position` without due items. */
  position: number;
  answer: string;
  description: string | null;
  measures: string | null;
  serious: boolean;
}

/** A daily check as stored, without its answers. */
export interface DailyCheckState {
  id: string;
  unitId: string;
  officerId: string;
  date: string;
  shift: string;
  checklistId: string;
  status: string;
  outcome: string | null;
  revision: number;
  suspensionReason: string | null;
  /** The officer's leave covering the day and who checked in their place (代班); absent on records from before leave. */
  leaveId?: string | null;
  substituteId?: string | null;
  submittedAt: Date | null;
  contentHash: string | null;
  /** The checklist numbers of the items due (管控频次); null on records made before frequencies: every item. */
  dueItems: number[] | null;
}

export interface DailyCheckRow extends DailyCheckState {
  answers: AnswerRow[];
}

/** A hazard as stored, with the date of the check it was found on and every step of its history. */
export interface HazardRow extends Omit<HazardRecord, 'status'> {
  status: string;
  events: Array<{ id: string; action: string; actorId: string | null; at: Date; details: Record<string, unknown> }>;
}

export interface AuditRow {
  sequence: number;
  at: Date;
  unitId: string | null;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  contentHash: string;
  previousHash: string;
  hash: string;
}

export interface UnitRows extends UnitRecords {
  dailyChecks: DailyCheckRow[];
  audit: AuditRow[];
}

/** Everything about one unit but what grows with every day: its daily checks and audit entries. */
export interface UnitRecords {
  unit: {
    id: string;
    name: string;
    kind: string;
    grade: string;
    directorRequired: boolean;
    staff: number;
    revenueWan: number;
    licences: string[];
    timeZone: string;
    /** The daily close (HH:mm, the unit's time): a record submitted after it, on its day or later, was late. */
    closeTime: string;
    calendar: string;
    investigationMode: string;
    weeklyDay: number;
    schedulingMode: string;
  };
  people: Array<{ id: string; key: string; name: string }>;
  appointments: Array<{ id: string; personId: string; role: string; startedAt: Date; reason: string; endedAt: Date | null; endReason: string | null; effectiveOn: string | null; document: string }>;
  certificates: Array<{ kind: string; number: string; scope: string; validUntil: string }>;
  assessments: Array<{ personId: string; kind: string; date: string; passed: boolean; note: string; score: number | null; assessor: string; rectification: string | null; rectifiedOn: string | null }>;
  trainingSessions: Array<{ id: string; date: string; subject: string; content: string; hours: number; trainer: string; recordedBy: string; createdAt: Date; attendeeIds: string[] }>;
  dutyStatements: Array<{ id: string; kind: string; version: number; text: string; createdAt: Date }>;
  checklists: Array<{ id: string; version: number; templateId: string | null; createdAt: Date; items: Array<{ position: number; code: string; text: string; guidance: string; category: string; frequency: string; frequencyDay: number | null }> }>;
  suspensions: Array<{ id: string; startDate: string; endDate: string; reason: string }>;
  /** The unit's operating days: its own setting and every change recorded (all periods). */
  operatingCalendar: { current: OperatingCalendar; changes: Array<OperatingCalendarChange & { id: string }> };
  /** Officers' leaves with every naming of a substitute, oldest first; absent where a reader predates leave. */
  leaves?: Array<Omit<NewLeave, 'unitId'> & { id: string; substitutions: Array<{ id: string; substituteId: string; namedById: string; namedAt: Date }> }>;
  hazards: HazardRow[];
  weeklyReports: Array<{ id: string; periodStart: string; periodEnd: string; status: string; content: WeeklyReportContent; investigation: InvestigationRecord; analysis: string; measures: string; confirmedById: string | null; confirmedAt: Date | null; contentHash: string | null; createdAt: Date }>;
  monthlyMinutes: Array<{ id: string; periodStart: string; periodEnd: string; status: string; content: MonthlyMinutesContent; arrangements: string[]; confirmedById: string | null; confirmedAt: Date | null; contentHash: string | null; createdAt: Date }>;
  suggestions: Array<{ id: string; number: number; kind: string; proposerId: string; text: string; createdAt: Date; decision: string | null; answer: string | null; answeredById: string | null; answeredAt: Date | null }>;
}

export interface ArchiveRows {
  /** Everything about one unit (all periods: the archive filters by its own period), read in one go. */
  unit(unitId: string): Promise<UnitRows | null>;
  /** Everything about one unit but its daily checks and audit entries (all periods). */
  unitRecords(unitId: string): Promise<UnitRecords | null>;
  unitIds(): Promise<string[]>;
  /** The whole audit chain, oldest first. */
  auditChain(): Promise<AuditRow[]>;
  /** The audit chain oldest first, a page at a time; only one unit's entries when `unitId` is given. */
  auditPages(filter?: { unitId?: string }): AsyncIterable<AuditRow[]>;
  /** The entries about these records (e.g. `daily-check`, `<id>#<revision>`), oldest first, however many are named. */
  auditEntriesAbout(recordType: string, recordIds: readonly string[]): Promise<AuditRow[]>;
  /** A unit's daily checks with their answers, one day per page, ordered by date, shift and officer. */
  dailyCheckDays(unitId: string, period?: { from: string; to: string }): AsyncIterable<DailyCheckRow[]>;
  dailyCheckCount(unitId: string, period: { from: string; to: string }): Promise<number>;
  /** The same without answers, for what only needs to know which checks exist and how they ended. */
  dailyCheckStateDays(unitId: string, period?: { from: string; to: string }): AsyncIterable<DailyCheckState[]>;
  /** The daily checks of these officers in the period, with their answers, ordered by date, shift and officer. */
  dailyChecksOfOfficers(unitId: string, period: { from: string; to: string }, officerIds: readonly string[]): Promise<DailyCheckRow[]>;
  /** These daily checks with their answers, however many are named; unknown ids are left out. */
  dailyChecksById(ids: readonly string[]): Promise<DailyCheckRow[]>;
}
