import type { SuspensionPeriod } from '../domain/calendar/suspension.ts';

export interface SuspensionRepository {
  covering(unitId: string, date: string): Promise<SuspensionPeriod[]>;
  overlapping(unitId: string, startDate: string, endDate: string): Promise<SuspensionPeriod[]>;
  add(unitId: string, period: SuspensionPeriod): Promise<string>;
}
