import type { HazardSource } from '../hazards/hazard-source.ts';
/**
 * The facts the weekly report and the monthly minutes are compiled from: plain data read from the records,
 * so that compiling is a pure function a test can feed directly.
 */
export type DayState = 'zero-risk' | 'hazard' | 'missed' | 'suspended' | 'open';

export interface DailyRecordFact {
  date: string;
  shift: string;
  officerId: string;
  officerName: string;
  state: DayState;
  revision: number;
}

export type HazardStatus = 'reported' | 'assigned' | 'rectified' | 'closed' | 'escalated';

export interface HazardFact {
  number: number;
  /**
   * The date the hazard was found (发现日期): its daily check's date, however much later the answer came, or, for a
   * hazard raised elsewhere, the local date it was reported. Periods place a hazard by this date.
   */
  reportedDate: string;
  officerName: string;
  /** Absent for a hazard found on a daily check; otherwise where it was found, and then its item is its source. */
  source?: Exclude<HazardSource, 'daily-check'>;
  itemCode: string;
  itemText: string;
  description: string;
  measures: string;
  serious: boolean;
  status: HazardStatus;
  ownerName?: string;
  deadline?: string;
  rectification?: string;
  rectifiedDate?: string;
  closedDate?: string;
}

export interface SuggestionFact {
  number: number;
  kind: 'suggestion' | 'veto';
  proposerName: string;
  proposerRole: string;
  text: string;
  createdDate: string;
  decision?: 'adopted' | 'rejected';
  answer?: string;
  answeredByName?: string;
  answeredDate?: string;
}
