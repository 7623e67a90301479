import { localDateTimeOf } from "../../domain/archive/archive-times.js";
// The archive keeps instants; the weekly report and the minutes print the unit's wall-clock time, as when signed.
export function weeklyReportForArchive(report, timeZone) {
    return {
        content: report.content,
        director: report.director,
        directorName: report.directorName,
        compiledAt: localDateTimeOf(report.compiledAt, timeZone) ?? '',
        status: report.status,
        ...(report.confirmedAt === undefined ? {} : { confirmedAt: localDateTimeOf(report.confirmedAt, timeZone) }),
        ...(report.contentHash === undefined ? {} : { contentHash: report.contentHash }),
    };
}
export function monthlyMinutesForArchive(minutes, timeZone) {
    return {
        content: minutes.content,
        arrangements: minutes.arrangements,
        status: minutes.status,
        compiledAt: localDateTimeOf(minutes.compiledAt, timeZone) ?? '',
        ...(minutes.confirmedAt === undefined ? {} : { confirmedAt: localDateTimeOf(minutes.confirmedAt, timeZone) }),
        ...(minutes.confirmedByName === undefined ? {} : { confirmedByName: minutes.confirmedByName }),
        ...(minutes.contentHash === undefined ? {} : { contentHash: minutes.contentHash }),
    };
}
//# sourceMappingURL=periodic-records-for-archive.js.map