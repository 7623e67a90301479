import { hazardStatusLabel, isRectifiedHazard } from "../hazards/hazard-status.js";
import { isOverdue } from "../hazards/hazard-lifecycle.js";
import { daysBetweenInclusive } from "../calendar/local-time.js";
/** Whole days from the deadline to the later date: rectified the day after the deadline is 1 day late. */
function daysAfter(deadline, date) {
    return daysBetweenInclusive(deadline, date).length - 1;
}
/** A rectification without a date cannot be placed in time and is taken as on time rather than accused of lateness. */
function rectificationDate(hazard) {
    return hazard.rectifiedDate ?? hazard.closedDate;
}
function lineOf(hazard, asOf) {
    const rectified = isRectifiedHazard(hazard.status);
    const doneOn = rectificationDate(hazard);
    const late = rectified && hazard.deadline !== undefined && doneOn !== undefined && doneOn > hazard.deadline;
    const overdue = isOverdue({ status: hazard.status, deadline: hazard.deadline ?? null }, asOf);
    const line = {
        number: hazard.number,
        reportedDate: hazard.reportedDate,
        officerName: hazard.officerName,
        itemCode: hazard.itemCode,
        itemText: hazard.itemText,
        description: hazard.description,
        serious: hazard.serious,
        status: hazard.status,
        statusLabel: hazardStatusLabel(hazard.status),
        ownerName: hazard.ownerName,
        deadline: hazard.deadline,
        rectification: hazard.rectification,
        rectifiedDate: hazard.rectifiedDate,
        closedDate: hazard.closedDate,
        rectificationState: !rectified ? 'not-rectified' : late ? 'late' : 'on-time',
        closed: hazard.status === 'closed',
        overdue,
    };
    if (late && hazard.deadline !== undefined && doneOn !== undefined)
        return { ...line, daysPastDeadline: daysAfter(hazard.deadline, doneOn) };
    if (overdue && hazard.deadline !== undefined)
        return { ...line, daysPastDeadline: daysAfter(hazard.deadline, asOf) };
    return line;
}
const DESCRIPTION_LENGTH = 30;
/** The hazard as a chat line names it: number and a description short enough for a card. */
export function hazardName(hazard) {
    const characters = [...hazard.description.trim()];
    const description = characters.length > DESCRIPTION_LENGTH ? `${characters.slice(0, DESCRIPTION_LENGTH).join('')}…` : characters.join('');
    return `第 ${hazard.number} 号隐患（${description}）`;
}
function gapOf(line) {
    if (line.overdue) {
        const owner = line.ownerName === undefined ? '未指定责任人' : `责任人 ${line.ownerName}`;
        return [`${hazardName(line)}仍未整改，已逾期（整改期限 ${line.deadline ?? '—'}，${owner}）`];
    }
    if (line.rectificationState === 'not-rectified' && line.deadline === undefined) {
        return [`${hazardName(line)}仍未整改，尚未指定整改责任人和期限`];
    }
    if (line.rectificationState === 'late') {
        return [`${hazardName(line)}逾期整改：整改期限 ${line.deadline ?? '—'}，${line.rectifiedDate ?? line.closedDate ?? '—'} 才完成整改`];
    }
    return [];
}
function totalsOf(lines) {
    const count = (test) => lines.filter(test).length;
    return {
        found: lines.length,
        serious: count((line) => line.serious),
        rectified: count((line) => line.rectificationState !== 'not-rectified'),
        rectifiedOnTime: count((line) => line.rectificationState === 'on-time'),
        rectifiedLate: count((line) => line.rectificationState === 'late'),
        closed: count((line) => line.closed),
        notRectified: count((line) => line.rectificationState === 'not-rectified'),
        overdue: count((line) => line.overdue),
    };
}
/** `asOf`: the unit's local date of the export; the statuses are as archived then, so deadlines are judged then too. */
export function hazardRectificationIndex(snapshot, asOf) {
    const { from, to } = snapshot.period;
    const hazards = snapshot.hazards
        .filter((hazard) => hazard.reportedDate >= from && hazard.reportedDate <= to)
        .sort((left, right) => left.reportedDate.localeCompare(right.reportedDate) || left.number - right.number)
        .map((hazard) => lineOf(hazard, asOf));
    return { hazards, totals: totalsOf(hazards), gaps: hazards.flatMap(gapOf) };
}
//# sourceMappingURL=hazard-rectification-index.js.map