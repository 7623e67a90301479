import type { MonthGrid } from './archive-month-grid.ts';
import type { OfficerPage } from './archive-officer-pages.ts';
import type { ArchivedDailyRecord, ArchivedEvidence, ArchivedHazard, ArchivedMonthlyMinutes, ArchivedWeeklyReport } from './archive-snapshot.ts';

/** Who opens the archive page: a person by the open id their link was given to, or an operator (ADMIN_TOKEN). */
export type ArchiveViewer = { kind: 'person'; openId: string } | { kind: 'operator' };

/** A unit's month as its archive page shows it, from the same records, read the same way, as the export. */
export interface ArchiveMonthView {
  unit: { id: string; name: string; timeZone: string };
  month: string;
  period: { from: string; to: string };
  generatedAt: string;
  previousMonth: string;
  /** Absent for the current month: the next has no records yet. */
  nextMonth?: string;
  /** The viewer's other units, to switch to. */
  otherUnits: Array<{ id: string; name: string }>;
  /** Which of the month's officers the grid and the daily records show. */
  officerPage: OfficerPage;
  grid: MonthGrid;
  /** Each daily record of the page's officers, for its document. */
  dailyRecords: Array<Pick<ArchivedDailyRecord, 'id' | 'date' | 'shift' | 'officerId' | 'officerName' | 'status'>>;
  /**
   * Records of other pages' officers of the same name, day and shift as one shown: the export tells their files apart
   * by a number, so the page needs them to link to the file the export gave the shown one.
   */
  namesakes: Array<Pick<ArchivedDailyRecord, 'id' | 'date' | 'shift' | 'officerId' | 'officerName' | 'status'>>;
  /** Every officer's, the month's whole. */
  dailyRecordCount: number;
  weeklyReports: ArchivedWeeklyReport[];
  monthlyMinutes: ArchivedMonthlyMinutes[];
  hazards: ArchivedHazard[];
  evidence: ArchivedEvidence[];
  /** What the inspection index found missing, in its own words: the first of them, and how many more index.docx lists. */
  gaps: { shown: string[]; more: number };
}
