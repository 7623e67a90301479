import type { LeavePeriod, LeaveWithSubstitute } from '../domain/leave/leave-rules.ts';

export interface NewLeave {
  unitId: string;
  personId: string;
  startDate: string;
  endDate: string;
  reason: string;
  declaredById: string;
  declaredAt: Date;
}

export interface LeaveRepository {
  add(leave: NewLeave): Promise<string>;
  get(leaveId: string): Promise<LeaveWithSubstitute | null>;
  /** One person's leaves in a unit ending on or after a date, each with the substitute named last. */
  ofPersonFrom(unitId: string, personId: string, fromDate: string): Promise<LeaveWithSubstitute[]>;
  /** Every leave of the unit covering a day, each with the substitute named last. */
  covering(unitId: string, date: string): Promise<LeaveWithSubstitute[]>;
  /** Every leave of the unit overlapping the days from..to, for the records of those days. */
  overlapping(unitId: string, from: string, to: string): Promise<LeavePeriod[]>;
  nameSubstitute(naming: { leaveId: string; substituteId: string; namedById: string; namedAt: Date }): Promise<string>;
}
