import type { HazardStatus } from '../domain/records/daily-record-facts.ts';

export interface HazardRecord {
  id: string;
  number: number;
  unitId: string;
  dailyCheckId: string | null;
  /**
   * The date of the daily check the hazard was found on ('YYYY-MM-DD'), null for one found elsewhere: an answer may
   * come days after the check's date, and the reports place the hazard on the check's date, as they do the record.
   */
  checkDate: string | null;
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
  /** Null for a hazard found elsewhere than on a daily check: its item code is then its source. */
  dailyCheckId: string | null;
  itemCode: string;
  itemText: string;
  description: string;
  measures: string;
  serious: boolean;
  reportedById: string;
  reportedAt: Date;
}

export interface HazardRepository {
  create(hazard: NewHazard): Promise<HazardRecord>;
  get(hazardId: string): Promise<HazardRecord | null>;
  /** Holds the hazard until the transaction ends, so two steps on it never start from the same state. */
  lockForChange(hazardId: string): Promise<void>;
  byNumber(unitId: string, number: number): Promise<HazardRecord | null>;
  ofUnit(unitId: string, filter: { openOnly?: boolean }): Promise<HazardRecord[]>;
  update(hazardId: string, change: HazardChange): Promise<void>;
  acknowledge(hazardId: string, personId: string, at: Date): Promise<void>;
  events(hazardId: string): Promise<HazardEventRecord[]>;
  /** The cards showing this hazard, one per person, so a change can update every one of them. */
  cards(hazardId: string): Promise<Array<{ outboxId: string; personId: string }>>;
  recordEvent(hazardId: string, action: string, actorId: string | null, at: Date, details: Record<string, unknown>): Promise<string>;
}
