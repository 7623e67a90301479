import { archiveMonthGrid } from '../../domain/archive/archive-month-grid.ts';
import type { ArchiveMonthView, ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import type { ArchivedDailyRecord } from '../../domain/archive/archive-snapshot.ts';
import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { monthRange, previousMonth } from '../../domain/schedules/periods.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { Store } from '../../ports/store.ts';
import { archiveContent } from './archive-content.ts';
import { requireViewableUnit } from './archive-viewer.ts';

function nextMonthOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

export async function readArchiveMonth(
  dependencies: { store: Store; archiveRows: ArchiveRows; evidence: { rows: EvidenceRows; files: EvidenceFiles } },
  input: { viewer: ArchiveViewer; unitId: string; month: string; now: Date },
): Promise<ArchiveMonthView> {
  const units = await requireViewableUnit(dependencies, input.viewer, input.unitId);
  const { periodStart: from, periodEnd: to } = monthRange(input.month);
  const { unitName, content } = await archiveContent(dependencies, { unitId: input.unitId, from, to, now: input.now });
  const records: ArchivedDailyRecord[] = [];
  for await (const page of content.dailyRecords) records.push(...page);
  const { head } = content;
  const today = localTimeAt(input.now, head.unit.timeZone).date;
  const next = nextMonthOf(input.month);
  return {
    unit: { id: input.unitId, name: unitName, timeZone: head.unit.timeZone },
    month: input.month,
    period: { from, to },
    generatedAt: head.generatedAt,
    previousMonth: previousMonth(input.month),
    ...(next <= today.slice(0, 7) ? { nextMonth: next } : {}),
    otherUnits: units.filter((unit) => unit.id !== input.unitId),
    grid: archiveMonthGrid(head, records, today),
    dailyRecords: records.map(({ id, date, shift, officerId, officerName, status }) => ({ id, date, shift, officerId, officerName, status })),
    weeklyReports: head.weeklyReports,
    monthlyMinutes: head.monthlyMinutes,
    hazards: head.hazards,
    evidence: head.evidence,
    gaps: content.conclusion().index.gaps,
  };
}
