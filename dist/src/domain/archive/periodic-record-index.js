import { addDays, daysBetweenInclusive } from "../calendar/local-time.js";
import { investigationPeriodEnding, isInvestigationDay, isSchedulingDay, monthRange, schedulingPeriodEnding, } from "../schedules/periods.js";
import { suspensionOn } from "../calendar/suspension.js";
import { dateRangeText } from "./archive-times.js";
function entirelySuspended(period, snapshot) {
    return daysBetweenInclusive(period.periodStart, period.periodEnd).every((day) => suspensionOn(day, snapshot.suspensions) !== undefined);
}
function confirmedFirst(left, right) {
    return (left.status === 'confirmed' ? 0 : 1) - (right.status === 'confirmed' ? 0 : 1) || left.id.localeCompare(right.id);
}
/**
 * A record for exactly the period answers it; failing that, one ending within it does, since the rule asks for at
 * least one investigation (or meeting) per period, not for a particular weekday.
 */
function matchRecord(period, records, used) {
    const unused = records.filter((record) => !used.has(record.id)).sort(confirmedFirst);
    const exact = unused.find((record) => record.periodStart === period.periodStart && record.periodEnd === period.periodEnd);
    return exact ?? unused.find((record) => record.periodEnd >= period.periodStart && record.periodEnd <= period.periodEnd);
}
function statusOf(period, record, snapshot, asOf) {
    if (record?.status === 'confirmed')
        return 'confirmed';
    if (entirelySuspended(period, snapshot))
        return 'suspended';
    if (asOf <= period.dueDate)
        return 'in-progress';
    return record === undefined ? 'missing' : 'draft';
}
function lineOf(period, record, status, scheduled) {
    return {
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        dueDate: period.dueDate,
        status,
        scheduled,
        ...(record === undefined ? {} : { recordId: record.id, signerName: record.signerName }),
        ...(record?.confirmedAt === undefined ? {} : { confirmedAt: record.confirmedAt }),
    };
}
function periodicLines(expected, records, snapshot, asOf) {
    const used = new Set();
    const lines = expected.map((period) => {
        const record = matchRecord(period, records, used);
        if (record !== undefined)
            used.add(record.id);
        return lineOf(period, record, statusOf(period, record, snapshot, asOf), true);
    });
    const { from, to } = snapshot.period;
    const extra = records
        .filter((record) => !used.has(record.id) && record.periodEnd >= from && record.periodEnd <= to)
        .map((record) => {
        const period = { periodStart: record.periodStart, periodEnd: record.periodEnd, dueDate: record.periodEnd };
        return lineOf(period, record, record.status === 'confirmed' ? 'confirmed' : statusOf(period, record, snapshot, asOf), false);
    });
    return [...lines, ...extra].sort((left, right) => left.periodEnd.localeCompare(right.periodEnd) || left.periodStart.localeCompare(right.periodStart));
}
function investigationPeriods(snapshot) {
    const cadence = { mode: snapshot.unit.investigationMode, weeklyDay: snapshot.unit.weeklyDay };
    return daysBetweenInclusive(snapshot.period.from, snapshot.period.to)
        .filter((day) => isInvestigationDay(day, cadence))
        .map((day) => ({ ...investigationPeriodEnding(day, cadence.mode), dueDate: day }));
}
function schedulingDayOf(period, mode) {
    for (let day = period.periodEnd; day >= period.periodStart; day = addDays(day, -1)) {
        if (isSchedulingDay(day, mode))
            return day;
    }
    return period.periodEnd;
}
function schedulingPeriods(snapshot) {
    const mode = snapshot.unit.schedulingMode;
    return daysBetweenInclusive(snapshot.period.from, snapshot.period.to)
        .map((day) => schedulingPeriodEnding(day, mode))
        .filter((period, index, all) => all.findIndex((other) => other.periodEnd === period.periodEnd) === index)
        .filter((period) => period.periodEnd <= snapshot.period.to)
        .map((period) => ({ ...period, dueDate: schedulingDayOf(period, mode) }));
}
function gapSentences(lines, label, document) {
    return lines.flatMap((line) => {
        const text = label(line);
        // Dates and Chinese words are set apart by a space, as in `2026-11-07 至 2026-11-13 的周报未确认`.
        const subject = /\d$/.test(text) ? `${text} ` : text;
        if (line.status === 'draft')
            return [`${subject}的${document}未确认`];
        if (line.status === 'missing')
            return [`${subject}没有${document}`];
        return [];
    });
}
/** `asOf`: the unit's local date of the export. */
export function weeklyInvestigationIndex(snapshot, asOf) {
    const records = snapshot.weeklyReports.map((report) => ({ ...report, signerName: report.directorName }));
    const periods = periodicLines(investigationPeriods(snapshot), records, snapshot, asOf);
    const document = snapshot.unit.investigationMode === 'weekly' ? '周报' : '排查治理报告';
    const label = (period) => dateRangeText(period.periodStart, period.periodEnd);
    return { mode: snapshot.unit.investigationMode, weeklyDay: snapshot.unit.weeklyDay, periods, gaps: gapSentences(periods, label, document) };
}
/** A whole calendar month reads as 2026年11月; half a month as its dates. */
export function schedulingPeriodLabel(period) {
    const month = period.periodStart.slice(0, 7);
    const whole = monthRange(month);
    if (whole.periodStart !== period.periodStart || whole.periodEnd !== period.periodEnd)
        return dateRangeText(period.periodStart, period.periodEnd);
    return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
export function monthlySchedulingIndex(snapshot, asOf) {
    const records = snapshot.monthlyMinutes.map((minutes) => ({ ...minutes, signerName: minutes.confirmedByName }));
    const periods = periodicLines(schedulingPeriods(snapshot), records, snapshot, asOf);
    const document = snapshot.unit.schedulingMode === 'monthly' ? '月调度会议纪要' : '调度会议纪要';
    return { mode: snapshot.unit.schedulingMode, periods, gaps: gapSentences(periods, schedulingPeriodLabel, document) };
}
//# sourceMappingURL=periodic-record-index.js.map