import type { AuditFact } from '../domain/archive/audit-chain.ts';
import type { SuspensionPeriod } from '../domain/calendar/suspension.ts';
import type { DailyAnswer, DailyCheck, DailyCheckOutcome, DailyCheckStatus } from '../domain/daily-checks/daily-check.ts';
import type { Role } from '../domain/people/role.ts';
import type { UnitKind } from '../domain/units/unit-kind.ts';
import type { OutgoingMessage } from './notifications.ts';
import type { OrganisationStore } from './organisation-store.ts';

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
  status: string;
  acknowledgedAt: Date | null;
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
  };
  hazards: {
    create(hazard: NewHazard): Promise<HazardRecord>;
    get(hazardId: string): Promise<HazardRecord | null>;
    acknowledge(hazardId: string, personId: string, at: Date): Promise<void>;
    alertOutboxIds(hazardId: string): Promise<string[]>;
    recordEvent(hazardId: string, action: string, actorId: string | null, at: Date, details: Record<string, unknown>): Promise<void>;
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
