import { addDays, formatLocalDateTime, isLocalDate, localTimeAt } from "../calendar/local-time.js";
// The archive stores instants as ISO-8601 strings, but the rules speak of the unit's local days: every comparison
// with a business date goes through the unit's time zone first.
/** The unit's local date of an archived instant; a value that already is a local date stays as it is. */
export function localDateOf(value, timeZone) {
    return isLocalDate(value) ? value : localTimeAt(new Date(value), timeZone).date;
}
/** 'YYYY-MM-DD HH:mm' on the unit's wall clock, as every document prints times; a bare date stays a date. */
export function localDateTimeOf(value, timeZone) {
    if (value === undefined || value === '')
        return undefined;
    return isLocalDate(value) ? value : formatLocalDateTime(new Date(value), timeZone);
}
/** Whether the instant is exactly the start of a local day, so that day counts in full. */
export function startsLocalDay(value, timeZone) {
    return isLocalDate(value) || localTimeAt(new Date(value), timeZone).time === '00:00';
}
export function earlierDate(left, right) {
    return left <= right ? left : right;
}
export function laterDate(left, right) {
    return left >= right ? left : right;
}
/** Consecutive dates grouped into runs, so a week without records reads as one line rather than seven. */
export function consecutiveRuns(dates) {
    const runs = [];
    for (const date of [...new Set(dates)].sort()) {
        const last = runs[runs.length - 1];
        if (last !== undefined && addDays(last.to, 1) === date)
            last.to = date;
        else
            runs.push({ from: date, to: date });
    }
    return runs;
}
export function dateRangeText(from, to) {
    return from === to ? from : `${from} 至 ${to}`;
}
//# sourceMappingURL=archive-times.js.map