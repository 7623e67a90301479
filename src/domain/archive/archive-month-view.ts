import type { MonthGrid } from './archive-month-grid.ts';
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
  grid: MonthGrid;
  /** Each daily record of the month, for its document. */
  dailyRecords: Array<Pick<ArchivedDailyRecord, 'id' | 'date' | 'shift' | 'officerId' | 'officerName' | 'status'>>;
  weeklyReports: ArchivedWeeklyReport[];
  monthlyMinutes: ArchivedMonthlyMinutes[];
  hazards: ArchivedHazard[];
  evidence: ArchivedEvidence[];
  /** What the inspection index found missing, in its own words. */
  gaps: string[];
}
