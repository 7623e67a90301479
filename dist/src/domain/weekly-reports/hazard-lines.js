import { isOverdue } from "../hazards/hazard-lifecycle.js";
import { hazardStatusLabel } from "../hazards/hazard-status.js";
export function hazardLine(hazard, today) {
    return {
        number: hazard.number,
        reportedDate: hazard.reportedDate,
        officerName: hazard.officerName,
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
function byReportOrder(left, right) {
    return left.reportedDate.localeCompare(right.reportedDate) || left.number - right.number;
}
export function hazardsReportedIn(hazards, period) {
    return hazards
        .filter((hazard) => hazard.reportedDate >= period.periodStart && hazard.reportedDate <= period.periodEnd)
        .sort(byReportOrder);
}
/**
 * Hazards from before the period that the period still had to deal with: those not yet closed, and those closed
 * during the period, so the document shows the rectification progress rather than only what remains.
 * A closed hazard without a closing date cannot be placed in time and is treated as closed before the period.
 */
export function hazardsCarriedInto(hazards, period) {
    return hazards
        .filter((hazard) => hazard.reportedDate < period.periodStart)
        .filter((hazard) => hazard.status !== 'closed' || (hazard.closedDate !== undefined && hazard.closedDate >= period.periodStart))
        .sort(byReportOrder);
}
/** Checklist items ranked by how many hazards they raised, most first, ties by item code. */
export function hazardCountsByItem(hazards) {
    const counts = new Map();
    for (const hazard of hazards) {
        const known = counts.get(hazard.itemCode);
        counts.set(hazard.itemCode, { itemCode: hazard.itemCode, itemText: known?.itemText ?? hazard.itemText, count: (known?.count ?? 0) + 1 });
    }
    return [...counts.values()].sort((left, right) => right.count - left.count || left.itemCode.localeCompare(right.itemCode));
}
//# sourceMappingURL=hazard-lines.js.map