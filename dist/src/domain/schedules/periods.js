import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { refusalsOf } from "../domain-error.js";
import { addDays, isLocalDate, isoWeekday } from "../calendar/local-time.js";
import { isOfficialWorkingDay } from "../calendar/operating-days.js";
dayjs.extend(utc);
/**
 * Every-two-days investigation falls on this fixed Monday and on every second day from it, so whether a date is an
 * investigation day never depends on when the unit was set up or the service restarted.
 */
const EVERY_TWO_DAYS_EPOCH = '2024-01-01';
const refuse = refusalsOf();
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
function requireDate(date) {
    if (!isLocalDate(date))
        throw refuse('period.date-invalid', { date });
}
function requireMonth(month) {
    if (!monthPattern.test(month))
        throw refuse('period.month-invalid', { month });
}
/** The days one investigation covers: the week (or the two days) up to and including the investigation day. */
export function investigationPeriodEnding(date, mode) {
    requireDate(date);
    return { periodStart: addDays(date, mode === 'weekly' ? -6 : -1), periodEnd: date };
}
export function isInvestigationDay(date, cadence) {
    requireDate(date);
    if (cadence.mode === 'weekly')
        return isoWeekday(date) === cadence.weeklyDay;
    const daysSinceEpoch = dayjs.utc(date).diff(dayjs.utc(EVERY_TWO_DAYS_EPOCH), 'day');
    return ((daysSinceEpoch % 2) + 2) % 2 === 0;
}
export function monthRange(month) {
    requireMonth(month);
    const first = `${month}-01`;
    return { periodStart: first, periodEnd: dayjs.utc(first).endOf('month').format('YYYY-MM-DD') };
}
export function previousMonth(month) {
    requireMonth(month);
    return dayjs.utc(`${month}-01`).subtract(1, 'month').format('YYYY-MM');
}
/** The period one scheduling meeting sums up: the calendar month, or its half (1–15, 16–end) for fortnightly units. */
export function schedulingPeriodEnding(date, mode) {
    requireDate(date);
    const month = monthRange(date.slice(0, 7));
    if (mode === 'monthly')
        return month;
    const fifteenth = `${date.slice(0, 7)}-15`;
    return date <= fifteenth
        ? { periodStart: month.periodStart, periodEnd: fifteenth }
        : { periodStart: addDays(fifteenth, 1), periodEnd: month.periodEnd };
}
/** 工作日 in China's official calendar: public holidays skipped, 补班 Saturdays counted. */
function lastWorkingDayOnOrBefore(date) {
    let day = date;
    while (!isOfficialWorkingDay(day))
        day = addDays(day, -1);
    return day;
}
export function lastWorkingDayOfMonth(month) {
    return lastWorkingDayOnOrBefore(monthRange(month).periodEnd);
}
/** The meeting falls on the last working day of the period, so the whole period's records are in when it is held. */
export function isSchedulingDay(date, mode) {
    return date === lastWorkingDayOnOrBefore(schedulingPeriodEnding(date, mode).periodEnd);
}
export function requirePeriod(period) {
    requireDate(period.periodStart);
    requireDate(period.periodEnd);
    if (period.periodStart > period.periodEnd) {
        throw refuse('period.range-invalid', { periodStart: period.periodStart, periodEnd: period.periodEnd });
    }
}
//# sourceMappingURL=periods.js.map