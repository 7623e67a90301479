import type { MonthlyMinutesContent } from '../domain/monthly-minutes/monthly-minutes-content.ts';

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

export interface MonthlyMinutesRepository {
  find(unitId: string, periodStart: string): Promise<MonthlyMinutesRecord | null>;
  get(minutesId: string): Promise<MonthlyMinutesRecord | null>;
  /** createdAt is the service's clock, so the minutes' 编制时间 never follows their own confirmation. */
  create(minutes: { unitId: string; periodStart: string; periodEnd: string; content: MonthlyMinutesContent; arrangements: string[]; createdAt: Date }): Promise<MonthlyMinutesRecord>;
  saveArrangements(minutesId: string, arrangements: string[]): Promise<void>;
  /** The draft's content with the meeting as the principal recorded it. */
  saveContent(minutesId: string, content: MonthlyMinutesContent): Promise<void>;
  confirm(minutesId: string, confirmation: { content: MonthlyMinutesContent; arrangements: string[]; confirmedById: string; confirmedAt: Date; contentHash: string }): Promise<void>;
  latest(unitId: string): Promise<MonthlyMinutesRecord | null>;
  drafts(): Promise<MonthlyMinutesRecord[]>;
}
