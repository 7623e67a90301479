import type { DailyAnswer, DailyCheck, DailyCheckOutcome, DailyCheckStatus } from '../domain/daily-checks/daily-check.ts';

export interface StoredDailyCheck extends DailyCheck {
  unitId: string;
  shift: string;
  checklistId: string;
  outcome: DailyCheckOutcome | null;
  submittedAt: Date | null;
  cardOutboxId: string | null;
  suspensionReason: string | null;
  contentHash: string | null;
  /** The checklist numbers of the items due (管控频次); null on records made before frequencies: every item. */
  dueItems: number[] | null;
  /** The officer's leave covering the day, and who checks in their place (代班). */
  leaveId?: string | null;
  substituteId?: string | null;
}

export interface NewDailyCheck {
  unitId: string;
  officerId: string;
  date: string;
  shift: string;
  checklistId: string;
  status: Extract<DailyCheckStatus, 'open' | 'suspended'>;
  suspensionReason?: string;
  /** The checklist numbers of the items due on this check; its answers number them from 1 in this order. */
  dueItems: number[];
  leaveId?: string;
  substituteId?: string;
}

export interface DailyCheckRepository {
  find(unitId: string, officerId: string, date: string, shift: string): Promise<StoredDailyCheck | null>;
  get(checkId: string): Promise<StoredDailyCheck | null>;
  /**
   * Holds the check until the transaction ends: two answers to one record at the same moment are applied one after
   * the other, each to what the other left, never both to the same starting point.
   */
  lockForChange(checkId: string): Promise<void>;
  create(check: NewDailyCheck): Promise<StoredDailyCheck>;
  /** Writes the check's status and its current revision's answers; earlier revisions are never touched. */
  save(check: DailyCheck, changes: { outcome?: DailyCheckOutcome | null; submittedAt?: Date | null; contentHash?: string | null; answeredAt: Date }): Promise<void>;
  setCard(checkId: string, outboxId: string): Promise<void>;
  /** Hands an open check of an officer on leave to the substitute named while it was open (代班). */
  setSubstitute(checkId: string, substituteId: string): Promise<void>;
  forDate(unitId: string, date: string): Promise<StoredDailyCheck[]>;
  openForOfficers(officerIds: string[]): Promise<StoredDailyCheck[]>;
  latestForOfficers(officerIds: string[], date: string): Promise<StoredDailyCheck[]>;
  /** The open checks these people hold in an officer's place (代班). */
  openSubstitutedBy(personIds: string[]): Promise<StoredDailyCheck[]>;
  /** The checks of a day these people hold in an officer's place (代班). */
  substitutedOn(personIds: string[], date: string): Promise<StoredDailyCheck[]>;
  between(unitId: string, from: string, to: string): Promise<StoredDailyCheck[]>;
  /** One officer's checks between two dates, both included. */
  ofOfficerBetween(unitId: string, officerId: string, from: string, to: string): Promise<StoredDailyCheck[]>;
  answersOf(checkId: string, revision: number): Promise<DailyAnswer[]>;
}
