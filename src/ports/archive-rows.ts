import type { MonthlyMinutesContent } from '../domain/monthly-minutes/monthly-minutes-content.ts';
import type { InvestigationRecord, WeeklyReportContent } from '../domain/weekly-reports/weekly-report-content.ts';
import type { HazardRecord } from './hazard-repository.ts';

/**
 * The stored rows the archive is made from, read in one consistent snapshot. Export builds the archive from them;
 * `verify` recomputes every audit entry's content hash from them.
 */
export interface AnswerRow {
  dailyCheckId: string;
  revision: number;
  position: number;
  answer: string;
  description: string | null;
  measures: string | null;
  serious: boolean;
}

export interface DailyCheckRow {
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
  submittedAt: Date | null;
  contentHash: string | null;
  answers: AnswerRow[];
}

/** A hazard as stored, with every step of its history. */
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

export interface UnitRows {
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
    calendar: string;
    investigationMode: string;
    weeklyDay: number;
    schedulingMode: string;
  };
  people: Array<{ id: string; key: string; name: string }>;
  appointments: Array<{ id: string; personId: string; role: string; startedAt: Date; reason: string; endedAt: Date | null; endReason: string | null }>;
  assessments: Array<{ personId: string; kind: string; date: string; passed: boolean; note: string }>;
  dutyStatements: Array<{ id: string; kind: string; version: number; text: string; createdAt: Date }>;
  checklists: Array<{ id: string; version: number; templateId: string | null; createdAt: Date; items: Array<{ position: number; code: string; text: string; guidance: string; category: string }> }>;
  suspensions: Array<{ id: string; startDate: string; endDate: string; reason: string }>;
  dailyChecks: DailyCheckRow[];
  hazards: HazardRow[];
  weeklyReports: Array<{ id: string; periodStart: string; periodEnd: string; status: string; content: WeeklyReportContent; investigation: InvestigationRecord; analysis: string; measures: string; confirmedById: string | null; confirmedAt: Date | null; contentHash: string | null; createdAt: Date }>;
  monthlyMinutes: Array<{ id: string; periodStart: string; periodEnd: string; status: string; content: MonthlyMinutesContent; arrangements: string[]; confirmedById: string | null; confirmedAt: Date | null; contentHash: string | null; createdAt: Date }>;
  suggestions: Array<{ id: string; number: number; kind: string; proposerId: string; text: string; createdAt: Date; decision: string | null; answer: string | null; answeredById: string | null; answeredAt: Date | null }>;
  audit: AuditRow[];
}

export interface ArchiveRows {
  /** Everything about one unit (all periods: the archive filters by its own period). */
  unit(unitId: string): Promise<UnitRows | null>;
  unitIds(): Promise<string[]>;
  /** The whole audit chain, oldest first. */
  auditChain(): Promise<AuditRow[]>;
}
