import dayjs from 'dayjs';
import { refusalsOf } from "../domain-error.js";
/** 2010 guidance §二(四)4: records are kept at least two years. */
export const RETENTION_YEARS = 2;
/** The latest cut-off a purge may use today: everything dated on or after it is younger than two years. */
export function earliestKeptDate(today) {
    return dayjs(today).subtract(RETENTION_YEARS, 'year').format('YYYY-MM-DD');
}
const refuse = refusalsOf();
export function requirePurgeAllowed(before, today) {
    const limit = earliestKeptDate(today);
    if (before > limit) {
        throw refuse('retention.too-recent', { limit });
    }
}
//# sourceMappingURL=retention.js.map