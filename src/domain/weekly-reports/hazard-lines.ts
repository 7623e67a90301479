import type { HazardFact } from '../records/daily-record-facts.ts';
import type { ReportedHazardLine } from './weekly-report-content.ts';
import type { Period } from '../schedules/periods.ts';
import { isOverdue } from '../hazards/hazard-lifecycle.ts';
import { hazardStatusLabel } from '../hazards/hazard-status.ts';

export function hazardLine(hazard: HazardFact, today: string): ReportedHazardLine {
  return {
    number: hazard.number,
    reportedDate: hazard.reportedDate,
    officerName: hazard.officerName,
    ...(hazard.source ? { source: hazard.source } : {}),
    itemCode: hazard.itemCode,
    itemText: hazard.itemText,
    description: hazard.description,
    measures: hazard.measures,
    serious: hazard.serious,
    status: hazard.status,
    statusLabel: hazardStatusLabel(hazard.status),
    ownerName: hazard.ownerName,
    deadline: hazard.deadline,
    overdue: isOverdue({ status: hazard.status, deadline: hazard.deadline ?? null }, today),
  };
}

function byReportOrder(left: HazardFact, right: HazardFact): number {
  return left.reportedDate.localeCompare(right.reportedDate) || left.number - right.number;
}

export function hazardsReportedIn(hazards: readonly HazardFact[], period: Period): HazardFact[] {
  return hazards
    .filter((hazard) => hazard.reportedDate >= period.periodStart && hazard.reportedDate <= period.periodEnd)
    .sort(byReportOrder);
}

/**
 * Hazards from before the period that the period still had to deal with: those not yet closed, and those closed
 * during the period, so the document shows the rectification progress rather than only what remains.
 * A closed hazard without a closing date cannot be placed in time and is treated as closed before the period.
 */
export function hazardsCarriedInto(hazards: readonly HazardFact[], period: Period): HazardFact[] {
  return hazards
    .filter((hazard) => hazard.reportedDate < period.periodStart)
    .filter((hazard) => hazard.status !== 'closed' || (hazard.closedDate !== undefined && hazard.closedDate >= period.periodStart))
    .sort(byReportOrder);
}

export interface ItemHazardCount {
  itemCode: string;
  itemText: string;
  count: number;
}

/** Checklist items ranked by how many hazards they raised, most first, ties by item code; hazards found elsewhere have no item. */
export function hazardCountsByItem(hazards: readonly HazardFact[]): ItemHazardCount[] {
  const counts = new Map<string, ItemHazardCount>();
  for (const hazard of hazards.filter((candidate) => candidate.source === undefined)) {
    const known = counts.get(hazard.itemCode);
    counts.set(hazard.itemCode, { itemCode: hazard.itemCode, itemText: known?.itemText ?? hazard.itemText, count: (known?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((left, right) => right.count - left.count || left.itemCode.localeCompare(right.itemCode));
}
