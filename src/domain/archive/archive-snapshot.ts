import type { MonthlyMinutesContent } from '../monthly-minutes/monthly-minutes-content.ts';
import type { Certificate } from '../units/certificate.ts';
import type { HazardFact, SuggestionFact } from '../records/daily-record-facts.ts';
import type { DirectorInput, WeeklyReportContent } from '../weekly-reports/weekly-report-content.ts';

/**
 * Everything a unit must keep for inspection (Art. 13; 38号文 附件2 §2.1–2.5) for one period, as plain data. It is
 * what `records.json` holds (documented in docs/records-json.md) and what every exported document is rendered from.
 * Instants are ISO-8601 strings; business dates are the unit's local 'YYYY-MM-DD'.
 */
export const ARCHIVE_SCHEMA_VERSION = 1;

export type DutyStatementKind = 'director-duties' | 'officer-code';

export const DUTY_STATEMENT_TITLES: Readonly<Record<DutyStatementKind, string>> = {
  'director-duties': '质量安全总监职责',
  'officer-code': '质量安全员守则',
};

export interface ArchivedAnswer {
  number: number;
  code: string;
  text: string;
  answer: 'normal' | 'abnormal' | 'not-applicable';
  description?: string;
  measures?: string;
  serious: boolean;
}

/** A checklist item as a daily record names it among the items due, or not due, on its check. */
export interface ArchivedItemDue {
  /** The item's number in the checklist version (on the check's card the due items are numbered from 1). */
  number: number;
  code: string;
  text: string;
  /** 管控频次: 每日, 每班, 每周一, 每月15日. */
  frequency: string;
}

export interface ArchivedDailyRecord {
  id: string;
  date: string;
  shift: string;
  officerId: string;
  officerName: string;
  checklistVersion: number;
  status: 'open' | 'submitted' | 'missed' | 'suspended';
  outcome?: 'zero-risk' | 'hazard';
  suspensionReason?: string;
  /**
   * The checklist items due on the check (管控频次) and those not due that day; absent on records made before
   * frequencies, when every item was due. Answers number the due items from 1, in this order.
   */
  dueItems?: ArchivedItemDue[];
  notDueItems?: ArchivedItemDue[];
  /** The officer's leave covering the day, and who checked in their place (代班) if anyone was named. */
  leaveId?: string;
  substituteId?: string;
  substituteName?: string;
  /** Oldest first; a correction adds a revision and the earlier ones stay. */
  /** `late`: submitted after the unit's close time of the record's day (its real time is `submittedAt`). */
  revisions: Array<{ revision: number; submittedAt?: string; late?: true; contentHash?: string; answers: ArchivedAnswer[] }>;
}

export interface ArchivedHazard extends HazardFact {
  id: string;
  history: Array<{ action: string; actorName: string; at: string; details: Record<string, unknown> }>;
}

/** A photo or file kept as evidence of a hazard's step; the archive holds its bytes at `path`. */
export interface ArchivedEvidence {
  hazardNumber: number;
  /** The daily check the hazard was found on, when it was found on one: its record shows the evidence. */
  dailyCheckId?: string;
  step: 'report' | 'rectification' | 'verification';
  kind: 'image' | 'file';
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  senderName: string;
  receivedAt: string;
  path: string;
}

export interface ArchivedWeeklyReport {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: 'draft' | 'confirmed';
  content: WeeklyReportContent;
  director: DirectorInput;
  directorName: string;
  compiledAt: string;
  confirmedAt?: string;
  contentHash?: string;
}

export interface ArchivedMonthlyMinutes {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: 'draft' | 'confirmed';
  content: MonthlyMinutesContent;
  arrangements: string[];
  compiledAt: string;
  confirmedAt?: string;
  confirmedByName?: string;
  contentHash?: string;
}

export interface ArchivedAppointment {
  personId: string;
  personName: string;
  role: 'principal' | 'director' | 'officer';
  startedAt: string;
  reason: string;
  /** The day it took effect as the organisation file gave it; absent: the day of `startedAt`, the import's. */
  effectiveOn?: string;
  /** 任命文件: its 文号 or title, when given. */
  document?: string;
  endedAt?: string;
  endReason?: string;
}

/** A production licence or CCC certificate the unit holds or held: the store keeps those the file no longer lists. */
export type ArchivedCertificate = Certificate;

/** `spot-check`: the regulator's 监督抽查考核 (Art. 15); `training`: a training the organisation file recorded as done. */
export interface ArchivedAssessment {
  personId: string;
  personName: string;
  kind: 'training' | 'assessment' | 'spot-check';
  date: string;
  passed: boolean;
  note: string;
  score?: number;
  assessor?: string;
  /** A failed spot check: what was done about it, and when. */
  rectification?: string;
  rectifiedOn?: string;
}

/** A training session of the director and officers (Art. 15), held on or before the period's last day. */
export interface ArchivedTrainingSession {
  id: string;
  date: string;
  subject: string;
  content: string;
  hours: number;
  trainer: string;
  attendees: Array<{ personId: string; personName: string }>;
  /** The name of the person who recorded it, or 'command-line' / 'organisation-import'. */
  recordedBy: string;
  recordedAt: string;
}

export interface ArchiveSnapshot {
  schemaVersion: typeof ARCHIVE_SCHEMA_VERSION;
  generatedAt: string;
  period: { from: string; to: string };
  unit: {
    id: string;
    name: string;
    kind: 'producer' | 'wholesaler' | 'retailer';
    grade: string;
    directorRequired: boolean;
    staff: number;
    revenueWan: number;
    licences: string[];
    timeZone: string;
    /** The daily close, after which a submission is late. */
    closeTime: string;
    /** every-day, working-days (China's official working days) or weekdays (a set of them): today's setting. */
    calendar: 'every-day' | 'working-days' | 'weekdays';
    investigationMode: 'weekly' | 'every-two-days';
    weeklyDay: number;
    schedulingMode: 'monthly' | 'fortnightly';
  };
  certificates: ArchivedCertificate[];
  people: Array<{ personId: string; key: string; name: string }>;
  appointments: ArchivedAppointment[];
  assessments: ArchivedAssessment[];
  trainingSessions: ArchivedTrainingSession[];
  dutyStatements: Array<{ kind: DutyStatementKind; title: string; version: number; text: string; createdAt: string }>;
  /** `frequency` and `day` (管控频次, as in the organisation file) are given for items not checked daily. */
  checklists: Array<{ version: number; templateId?: string; createdAt: string; items: Array<{ number: number; code: string; text: string; guidance: string; category: string; frequency?: string; day?: number }> }>;
  suspensions: Array<{ startDate: string; endDate: string; reason: string }>;
  /** Each day of the period the unit did not operate under the calendar then in force, and why (法定节假日：国庆节 …). */
  closedDays: Array<{ date: string; reason: string }>;
  dailyRecords: ArchivedDailyRecord[];
  hazards: ArchivedHazard[];
  weeklyReports: ArchivedWeeklyReport[];
  monthlyMinutes: ArchivedMonthlyMinutes[];
  suggestions: Array<SuggestionFact & { id: string; createdAt: string; answeredAt?: string }>;
  /** The photos and files sent as evidence of the archived hazards' steps, oldest first. */
  evidence: ArchivedEvidence[];
  /** The unit's audit entries of the period, each with the hash linking it to the one before. */
  audit: Array<{ sequence: number; at: string; unitId: string | null; actor: string; action: string; recordType: string; recordId: string; contentHash: string; previousHash: string; hash: string }>;
}

/** The snapshot without the two lists that grow with every day, which an export reads and writes page by page. */
export type ArchiveSnapshotHead = Omit<ArchiveSnapshot, 'dailyRecords' | 'audit'>;

/**
 * A daily record as the inspection index and the period's documents count it: which check, whose, how it ended. A
 * whole record is one too; its answers then decide the outcome when it names none.
 */
export interface DailyRecordSummary extends Pick<ArchivedDailyRecord, 'id' | 'date' | 'shift' | 'officerId' | 'officerName' | 'status' | 'outcome' | 'suspensionReason' | 'leaveId' | 'substituteName'> {
  revisions?: ArchivedDailyRecord['revisions'];
}

/** What the inspection index and the organisation's documents are made from: the head, every daily record summarised. */
export interface ArchiveOverview extends ArchiveSnapshotHead {
  dailyRecords: readonly DailyRecordSummary[];
}
