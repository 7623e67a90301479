import { addDays } from "../calendar/local-time.js";
import { localDateOf } from "./archive-times.js";
/**
 * The versions of a versioned document (risk-control checklist, duty statement) that applied on some day of the
 * period: each applies from its creation until the next version is created.
 */
export function versionsInForce(versions, period, timeZone) {
    const ordered = [...versions].sort((left, right) => left.version - right.version);
    return ordered
        .map((document, index) => {
        const next = ordered[index + 1];
        const from = localDateOf(document.createdAt, timeZone);
        return next === undefined ? { document, from } : { document, from, until: addDays(localDateOf(next.createdAt, timeZone), -1) };
    })
        .filter((entry) => (entry.until === undefined || entry.from <= entry.until))
        .filter((entry) => entry.from <= period.to && (entry.until === undefined || entry.until >= period.from));
}
//# sourceMappingURL=versions-in-force.js.map