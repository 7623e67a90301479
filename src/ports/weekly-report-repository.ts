import type { DirectorInput, WeeklyReportContent } from '../domain/weekly-reports/weekly-report-content.ts';

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

export interface WeeklyReportRepository {
  find(unitId: string, periodStart: string): Promise<WeeklyReportRecord | null>;
  get(reportId: string): Promise<WeeklyReportRecord | null>;
  /** createdAt is the service's clock, so the report's 编制时间 never follows its own confirmation. */
  create(report: { unitId: string; periodStart: string; periodEnd: string; content: WeeklyReportContent; createdAt: Date }): Promise<WeeklyReportRecord>;
  saveDirectorInput(reportId: string, input: DirectorInput): Promise<void>;
  confirm(reportId: string, confirmation: { content: WeeklyReportContent; director: DirectorInput; confirmedById: string; confirmedAt: Date; contentHash: string }): Promise<void>;
  setCard(reportId: string, outboxId: string): Promise<void>;
  latest(unitId: string): Promise<WeeklyReportRecord | null>;
  drafts(): Promise<WeeklyReportRecord[]>;
  between(unitId: string, from: string, to: string): Promise<WeeklyReportRecord[]>;
}
