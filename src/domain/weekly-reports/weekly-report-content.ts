import type { DayState, HazardFact } from '../records/daily-record-facts.ts';

export const WEEKLY_REPORT_TITLE = '每周工业产品质量安全排查治理报告';

export interface CoverageTotals {
  expected: number;
  submitted: number;
  zeroRisk: number;
  hazard: number;
  missed: number;
  suspended: number;
  /** submitted / expected, 0..1; expected excludes suspended days. */
  submissionRate: number;
}

export interface OfficerCoverage extends CoverageTotals {
  officerName: string;
  days: Array<{ date: string; shift: string; state: DayState }>;
}

/** One hazard as a report lists it: the recorded facts it shows, its status in words, and whether it is late. */
export type ReportedHazardLine = Pick<
  HazardFact,
  'number' | 'reportedDate' | 'officerName' | 'source' | 'itemCode' | 'itemText' | 'description' | 'measures' | 'serious' | 'status' | 'ownerName' | 'deadline'
> & {
  statusLabel: string;
  overdue: boolean;
};

export interface MissedCheck {
  date: string;
  shift: string;
  officerName: string;
}

/** What the bot compiles from its own records for one investigation period; the director adds the rest. */
export interface WeeklyReportContent {
  unitId: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  coverage: { officers: OfficerCoverage[]; totals: CoverageTotals };
  hazardsFound: ReportedHazardLine[];
  earlierOpenHazards: ReportedHazardLine[];
  topItems: Array<{ itemCode: string; itemText: string; count: number }>;
  missedChecks: MissedCheck[];
  /**
   * Checks of the previous period recorded as 漏检 after its report was compiled, which that report could not list;
   * absent when there are none.
   */
  missedAfterPreviousReport?: MissedCheck[];
}

export interface InvestigationRecord {
  date: string;
  scope: string;
  people: string;
  findings: string;
}

/** The director's part of the report: the investigation actually carried out and the analysis and judgement. */
export interface DirectorInput {
  investigation: InvestigationRecord;
  analysis: string;
  measures: string;
}

export interface WeeklyReportDocument {
  content: WeeklyReportContent;
  director: DirectorInput;
  directorName: string;
  compiledAt: string;
  status: 'draft' | 'confirmed';
  confirmedAt?: string;
  contentHash?: string;
}
