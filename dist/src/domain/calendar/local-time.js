import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
dayjs.extend(utc);
dayjs.extend(timezone);
export function localTimeAt(instant, timeZone) {
    const local = dayjs(instant).tz(timeZone);
    return { date: local.format('YYYY-MM-DD'), time: local.format('HH:mm') };
}
/** The instant at which a unit's local date and time occurs. */
export function instantAt(date, time, timeZone) {
    return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', timeZone).toDate();
}
export function formatLocalDateTime(instant, timeZone) {
    return dayjs(instant).tz(timeZone).format('YYYY-MM-DD HH:mm');
}
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
export function isLocalDate(text) {
    return datePattern.test(text) && dayjs.utc(text, 'YYYY-MM-DD').format('YYYY-MM-DD') === text;
}
export function addDays(date, days) {
    return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date) {
    const day = dayjs.utc(date).day();
    return day === 0 ? 7 : day;
}
export function daysBetweenInclusive(from, to) {
    const days = [];
    for (let day = from; day <= to; day = addDays(day, 1))
        days.push(day);
    return days;
}
/** An IANA time zone name the runtime knows (Asia/Shanghai), as units and the configuration name them. */
export function isTimeZone(name) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A time of day as schedules write it: HH:mm, 24-hour. */
export function isClockTime(text) {
    return clockTimePattern.test(text);
}
//# sourceMappingURL=local-time.js.map