import type { DirectorReport } from './director-report.ts';
import type { SuggestionFact } from '../records/daily-record-facts.ts';
import type { CoverageTotals, ReportedHazardLine } from '../weekly-reports/weekly-report-content.ts';

export const MONTHLY_MINUTES_TITLE = '每月工业产品质量安全调度会议纪要';

export interface WeeklyReportSummary {
  periodStart: string;
  periodEnd: string;
  status: 'draft' | 'confirmed';
  hazardsFound: number;
  analysis: string;
  measures: string;
}

/** The draft minutes the bot writes for the principal from the month's records. */
export interface MonthlyMinutesContent {
  unitId: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  meeting: { date: string; chair: string; reporter: string; attendees: string[] };
  weeklyReports: WeeklyReportSummary[];
  dailyControl: CoverageTotals;
  hazards: { found: number; rectified: number; stillOpen: ReportedHazardLine[]; foundThisPeriod: ReportedHazardLine[] };
  suggestions: SuggestionFact[];
  proposedArrangements: string[];
  /** Absent only in minutes drafted before the director confirmed their report in chat. */
  directorReport?: DirectorReport;
  /** The principal's 总结 of the period, in their words; absent only in minutes drafted before it was asked for. */
  summary?: string;
}

export interface MonthlyMinutesDocument {
  content: MonthlyMinutesContent;
  arrangements: string[];
  status: 'draft' | 'confirmed';
  compiledAt: string;
  confirmedAt?: string;
  confirmedByName?: string;
  contentHash?: string;
}
