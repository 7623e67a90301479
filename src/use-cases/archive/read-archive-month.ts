import { archiveMonthGrid, monthGridLayout } from '../../domain/archive/archive-month-grid.ts';
import type { ArchiveMonthView, ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import { gapsShown, officerPage, onPage } from '../../domain/archive/archive-officer-pages.ts';
import { compileInspectionIndex } from '../../domain/archive/inspection-index.ts';
import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { monthRange, previousMonth } from '../../domain/schedules/periods.ts';
import type { DailyRecordSummary } from '../../domain/archive/archive-snapshot.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { archivedChecks, archiveHead } from './archive-content.ts';
import { requireViewableUnit } from './archive-viewer.ts';
import { dailyRecordSummaries } from './daily-record-summaries.ts';

function nextMonthOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * One page of officers of a unit's month. The grid's rows and the inspection index's counts come from every record
 * of the month without answers; answers and submission times are read for the page's officers only.
 */
export async function readArchiveMonth(
  dependencies: { store: Store; archiveRows: ArchiveRows; evidence: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { viewer: ArchiveViewer; unitId: string; month: string; page: number; now: Date },
): Promise<ArchiveMonthView> {
  const { archiveRows } = dependencies;
  const units = await requireViewableUnit(dependencies, input.viewer, input.unitId);
  const { periodStart: from, periodEnd: to } = monthRange(input.month);
  const period = { from, to };
  const { records: unitRecords, head } = await archiveHead(dependencies, { unitId: input.unitId, from, to, now: input.now });
  const summaries = await dailyRecordSummaries(archiveRows, unitRecords, period);
  const layout = monthGridLayout(head, summaries);
  const page = officerPage(layout.officers.length, input.page);
  const shown = onPage(layout.officers, page);
  const checks = await archiveRows.dailyChecksOfOfficers(input.unitId, period, shown.map((officer) => officer.personId));
  const records = await archivedChecks(archiveRows, unitRecords, checks);
  const slotOf = (record: Pick<DailyRecordSummary, 'date' | 'shift' | 'officerName'>) => `${record.date}\u0000${record.shift}\u0000${record.officerName}`;
  const shownSlots = new Set(records.map(slotOf));
  const shownIds = new Set(records.map((record) => record.id));
  const today = localTimeAt(input.now, head.unit.timeZone).date;
  const next = nextMonthOf(input.month);
  return {
    unit: { id: input.unitId, name: unitRecords.unit.name, timeZone: head.unit.timeZone },
    month: input.month,
    period,
    generatedAt: head.generatedAt,
    previousMonth: previousMonth(input.month),
    ...(next <= today.slice(0, 7) ? { nextMonth: next } : {}),
    otherUnits: units.filter((unit) => unit.id !== input.unitId),
    officerPage: page,
    grid: archiveMonthGrid(head, records, today, { ...layout, officers: shown }),
    dailyRecords: records.map(({ id, date, shift, officerId, officerName, status }) => ({ id, date, shift, officerId, officerName, status })),
    namesakes: summaries.filter((summary) => !shownIds.has(summary.id) && shownSlots.has(slotOf(summary))).map(({ id, date, shift, officerId, officerName, status }) => ({ id, date, shift, officerId, officerName, status })),
    dailyRecordCount: summaries.length,
    weeklyReports: head.weeklyReports,
    monthlyMinutes: head.monthlyMinutes,
    hazards: head.hazards,
    evidence: head.evidence,
    gaps: gapsShown(compileInspectionIndex({ ...head, dailyRecords: summaries }).gaps),
  };
}
