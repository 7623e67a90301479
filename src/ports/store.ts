import type { AuditFact } from '../domain/archive/audit-chain.ts';
import type { SuspensionPeriod } from '../domain/calendar/suspension.ts';
import type { DailyAnswer, DailyCheck, DailyCheckOutcome, DailyCheckStatus } from '../domain/daily-checks/daily-check.ts';
import type { Role } from '../domain/people/role.ts';
import type { HazardStatus } from '../domain/records/daily-record-facts.ts';
import type { DirectorInput, WeeklyReportContent } from '../domain/weekly-reports/weekly-report-content.ts';
import type { MonthlyMinutesContent } from '../domain/monthly-minutes/monthly-minutes-content.ts';
import type { UnitKind } from '../domain/units/unit-kind.ts';
import type { OutgoingMessage } from './notifications.ts';
import type { OrganisationStore } from './organisation-store.ts';

/** What any change can meet: the same change made at the same moment by another process, which won. */
export interface StoreRefusals {
  'store.done-elsewhere': Record<string, never>;
}

export interface UnitSchedule {
  controlMode: 'daily' | 'per-shift';
  shiftTimes: string[];
  pushTime: string;
  remindTime: string;
  closeTime: string;
  weeklyTime: string;
  weeklyDay: number;
  investigationMode: 'weekly' | 'every-two-days';
  schedulingMode: 'monthly' | 'fortnightly';
  monthlyTime: string;
}

export interface UnitProfile {
  id: string;
  name: string;
  kind: UnitKind;
  grade: string;
  directorRequired: boolean;
  timeZone: string;
  calendar: string;
  schedule: UnitSchedule;
}

export interface UnitMember {
  personId: string;
  key: string;
  unitId: string;
  name: string;
  openId: string | null;
  roles: Role[];
}

export interface ChecklistItemRecord {
  number: number;
  code: string;
  text: string;
  guidance: string;
  category: string;
}

export interface ChecklistRecord {
  id: string;
  version: number;
  items: ChecklistItemRecord[];
}

export interface StoredDailyCheck extends DailyCheck {
  unitId: string;
  shift: string;
  checklistId: string;
  outcome: DailyCheckOutcome | null;
  submittedAt: Date | null;
  cardOutboxId: string | null;
  suspensionReason: string | null;
  contentHash: string | null;
}

export interface NewDailyCheck {
  unitId: string;
  officerId: string;
  date: string;
  shift: string;
  checklistId: string;
  status: Extract<DailyCheckStatus, 'open' | 'suspended'>;
  suspensionReason?: string;
}

export interface HazardRecord {
  id: string;
  number: number;
  unitId: string;
  dailyCheckId: string | null;
  itemCode: string;
  itemText: string;
  description: string;
  measures: string;
  serious: boolean;
  reportedById: string;
  reportedAt: Date;
  status: HazardStatus;
  acknowledgedAt: Date | null;
  ownerId: string | null;
  deadline: string | null;
  rectification: string | null;
  closedAt: Date | null;
}

export interface HazardEventRecord {
  action: string;
  actorId: string | null;
  at: Date;
  details: Record<string, unknown>;
}

export interface HazardChange {
  status: HazardStatus;
  ownerId?: string | null;
  deadline?: string | null;
  rectification?: string | null;
  closedAt?: Date | null;
}

export interface NewHazard {
  unitId: string;
  dailyCheckId: string;
  itemCode: string;
  itemText: string;
  description: string;
  measures: string;
  serious: boolean;
  reportedById: string;
  reportedAt: Date;
}

export interface WeeklyReportRecord {
  id: string;
  unitId: string;
  periodStart: string;
  periodEnd: string;
  status: 'draft' | 'confirmed';
  content: WeeklyReportContent;
  director: DirectorInput;
  confirmedById: string | null;
  confirmedAt: Date | null;
  contentHash: string | null;
  cardOutboxId: string | null;
  createdAt: Date;
}

export interface MonthlyMinutesRecord {
  id: string;
  unitId: string;
  periodStart: string;
  periodEnd: string;
  status: 'draft' | 'confirmed';
  content: MonthlyMinutesContent;
  arrangements: string[];
  confirmedById: string | null;
  confirmedAt: Date | null;
  contentHash: string | null;
  createdAt: Date;
}

export interface SuggestionRecord {
  id: string;
  number: number;
  unitId: string;
  kind: 'suggestion' | 'veto';
  proposerId: string;
  text: string;
  createdAt: Date;
  decision: 'adopted' | 'rejected' | null;
  answer: string | null;
  answeredById: string | null;
  answeredAt: Date | null;
}

export interface StoreTransaction {
  organisation: OrganisationStore;
  units: {
    list(): Promise<UnitProfile[]>;
    get(unitId: string): Promise<UnitProfile | null>;
  };
  people: {
    membersOf(unitId: string): Promise<UnitMember[]>;
    byOpenId(openId: string): Promise<UnitMember[]>;
    get(personId: string): Promise<UnitMember | null>;
  };
  checklists: {
    current(unitId: string): Promise<ChecklistRecord | null>;
    get(checklistId: string): Promise<ChecklistRecord>;
  };
  suspensions: {
    covering(unitId: string, date: string): Promise<SuspensionPeriod[]>;
    overlapping(unitId: string, startDate: string, endDate: string): Promise<SuspensionPeriod[]>;
    add(unitId: string, period: SuspensionPeriod): Promise<string>;
  };
  dailyChecks: {
    find(unitId: string, officerId: string, date: string, shift: string): Promise<StoredDailyCheck | null>;
    get(checkId: string): Promise<StoredDailyCheck | null>;
    create(check: NewDailyCheck, itemCount: number): Promise<StoredDailyCheck>;
    /** Writes the check's status and its current revision's answers; earlier revisions are never touched. */
    save(check: DailyCheck, changes: { outcome?: DailyCheckOutcome | null; submittedAt?: Date | null; contentHash?: string | null; answeredAt: Date }): Promise<void>;
    setCard(checkId: string, outboxId: string): Promise<void>;
    forDate(unitId: string, date: string): Promise<StoredDailyCheck[]>;
    openForOfficers(officerIds: string[]): Promise<StoredDailyCheck[]>;
    latestForOfficers(officerIds: string[], date: string): Promise<StoredDailyCheck[]>;
    between(unitId: string, from: string, to: string): Promise<StoredDailyCheck[]>;
    answersOf(checkId: string, revision: number): Promise<DailyAnswer[]>;
  };
  hazards: {
    create(hazard: NewHazard): Promise<HazardRecord>;
    get(hazardId: string): Promise<HazardRecord | null>;
    byNumber(unitId: string, number: number): Promise<HazardRecord | null>;
    ofUnit(unitId: string, filter: { openOnly?: boolean }): Promise<HazardRecord[]>;
    update(hazardId: string, change: HazardChange): Promise<void>;
    acknowledge(hazardId: string, personId: string, at: Date): Promise<void>;
    events(hazardId: string): Promise<HazardEventRecord[]>;
    /** The cards showing this hazard, one per person, so a change can update every one of them. */
    cards(hazardId: string): Promise<Array<{ outboxId: string; personId: string }>>;
    recordEvent(hazardId: string, action: string, actorId: string | null, at: Date, details: Record<string, unknown>): Promise<string>;
  };
  weeklyReports: {
    find(unitId: string, periodStart: string): Promise<WeeklyReportRecord | null>;
    get(reportId: string): Promise<WeeklyReportRecord | null>;
    create(report: { unitId: string; periodStart: string; periodEnd: string; content: WeeklyReportContent }): Promise<WeeklyReportRecord>;
    saveDirectorInput(reportId: string, input: DirectorInput): Promise<void>;
    confirm(reportId: string, confirmation: { content: WeeklyReportContent; director: DirectorInput; confirmedById: string; confirmedAt: Date; contentHash: string }): Promise<void>;
    setCard(reportId: string, outboxId: string): Promise<void>;
    latest(unitId: string): Promise<WeeklyReportRecord | null>;
    drafts(): Promise<WeeklyReportRecord[]>;
    between(unitId: string, from: string, to: string): Promise<WeeklyReportRecord[]>;
  };
  monthlyMinutes: {
    find(unitId: string, periodStart: string): Promise<MonthlyMinutesRecord | null>;
    get(minutesId: string): Promise<MonthlyMinutesRecord | null>;
    create(minutes: { unitId: string; periodStart: string; periodEnd: string; content: MonthlyMinutesContent; arrangements: string[] }): Promise<MonthlyMinutesRecord>;
    saveArrangements(minutesId: string, arrangements: string[]): Promise<void>;
    confirm(minutesId: string, confirmation: { content: MonthlyMinutesContent; arrangements: string[]; confirmedById: string; confirmedAt: Date; contentHash: string }): Promise<void>;
    latest(unitId: string): Promise<MonthlyMinutesRecord | null>;
    drafts(): Promise<MonthlyMinutesRecord[]>;
  };
  suggestions: {
    create(suggestion: { unitId: string; kind: 'suggestion' | 'veto'; proposerId: string; text: string; createdAt: Date }): Promise<SuggestionRecord>;
    get(suggestionId: string): Promise<SuggestionRecord | null>;
    byNumber(unitId: string, number: number): Promise<SuggestionRecord | null>;
    /** Fills the answer once; false when it was already answered, so an answer can never be changed. */
    answer(suggestionId: string, answer: { decision: 'adopted' | 'rejected'; answer: string; answeredById: string; answeredAt: Date }): Promise<boolean>;
    ofUnit(unitId: string): Promise<SuggestionRecord[]>;
    unanswered(): Promise<SuggestionRecord[]>;
  };
  retention: {
    /** How many rows of each kind are dated before `before` and may be purged. */
    countOlderThan(before: string): Promise<Record<string, number>>;
    purgeOlderThan(before: string): Promise<Record<string, number>>;
  };
  recordCards: {
    add(recordType: string, recordId: string, personId: string, outboxId: string): Promise<void>;
    of(recordType: string, recordId: string): Promise<Array<{ personId: string; outboxId: string }>>;
  };
  outbox: {
    enqueue(message: OutgoingMessage, options?: { dedupeKey?: string }): Promise<string>;
  };
  audit: {
    append(fact: AuditFact): Promise<void>;
  };
  jobRuns: {
    /** Claims (job, unit, period) once; false when some process already claimed it. */
    claim(job: string, unitId: string, period: string, at: Date): Promise<boolean>;
    finish(job: string, unitId: string, period: string, at: Date): Promise<void>;
    hasRun(job: string, unitId: string, period: string): Promise<boolean>;
    /** Marks (job, unit, period) as done; harmless when it already is. */
    record(job: string, unitId: string, period: string, at: Date): Promise<void>;
  };
}

export interface Store {
  transaction<T>(work: (transaction: StoreTransaction) => Promise<T>): Promise<T>;
}

export type { DailyAnswer };
