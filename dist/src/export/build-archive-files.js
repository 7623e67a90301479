import { createHash } from 'node:crypto';
import { renderAppointmentsDocx } from "../documents/archive/appointments-document.js";
import { ARCHIVE_FILES, archiveFileNames } from "../documents/archive/archive-file-names.js";
import { renderChecklistsDocx } from "../documents/archive/checklists-document.js";
import { renderArchivedDailyRecordDocx } from "../documents/archive/daily-record-for-archive.js";
import { renderDutyStatementsDocx } from "../documents/archive/duty-statements-document.js";
import { renderInspectionIndexDocx } from "../documents/archive/inspection-index-document.js";
import { monthlyMinutesForArchive, weeklyReportForArchive } from "../documents/archive/periodic-records-for-archive.js";
import { renderSuggestionsDocx } from "../documents/archive/suggestions-document.js";
import { renderSuspensionsDocx } from "../documents/archive/suspensions-document.js";
import { renderTrainingDocx } from "../documents/archive/training-document.js";
import { renderMonthlyMinutesDocx } from "../documents/monthly-minutes-document.js";
import { renderWeeklyReportDocx } from "../documents/weekly-report-document.js";
import { MANIFEST_JSON, RECORDS_JSON } from "./archive-file.js";
export function sha256(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
/** The manifest lists every file with its SHA-256, so a copy of the archive can be checked file by file. */
export function manifestOf(files, snapshot) {
    const manifest = {
        schemaVersion: snapshot.schemaVersion,
        unit: { id: snapshot.unit.id, name: snapshot.unit.name },
        period: snapshot.period,
        generatedAt: snapshot.generatedAt,
        files: files.map((file) => ({ path: file.path, bytes: file.bytes.byteLength, sha256: sha256(file.bytes) })),
    };
    return { path: MANIFEST_JSON, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') };
}
/**
 * Every document of the archive, rendered from the snapshot: one per daily record, weekly report and set of
 * minutes, the organisation's records, the inspection index, `records.json` with the same data, and the manifest.
 */
export async function buildArchiveFiles(snapshot, index, onProgress = () => undefined) {
    const names = archiveFileNames(snapshot);
    const unit = { name: snapshot.unit.name, timeZone: snapshot.unit.timeZone };
    const jobs = [
        { path: ARCHIVE_FILES.index, render: () => renderInspectionIndexDocx(index, snapshot) },
        ...snapshot.dailyRecords.map((record) => ({ path: names.dailyRecords.get(record.id), render: () => renderArchivedDailyRecordDocx(record, unit) })),
        ...snapshot.weeklyReports.map((report) => ({ path: names.weeklyReports.get(report.id), render: () => renderWeeklyReportDocx(weeklyReportForArchive(report, snapshot.unit.timeZone)) })),
        ...snapshot.monthlyMinutes.map((minutes) => ({ path: names.monthlyMinutes.get(minutes.id), render: () => renderMonthlyMinutesDocx(monthlyMinutesForArchive(minutes, snapshot.unit.timeZone)) })),
        { path: ARCHIVE_FILES.suggestions, render: () => renderSuggestionsDocx(snapshot) },
        { path: ARCHIVE_FILES.appointments, render: () => renderAppointmentsDocx(snapshot) },
        { path: ARCHIVE_FILES.dutyStatements, render: () => renderDutyStatementsDocx(snapshot) },
        { path: ARCHIVE_FILES.checklists, render: () => renderChecklistsDocx(snapshot) },
        { path: ARCHIVE_FILES.training, render: () => renderTrainingDocx(snapshot) },
        { path: ARCHIVE_FILES.suspensions, render: () => renderSuspensionsDocx(snapshot) },
    ];
    const files = [];
    for (const [position, job] of jobs.entries()) {
        files.push({ path: job.path, bytes: await job.render() });
        onProgress(position + 1, jobs.length);
    }
    files.push({ path: RECORDS_JSON, bytes: Buffer.from(`${JSON.stringify(snapshot, null, 2)}\n`, 'utf8') });
    files.push(manifestOf(files, snapshot));
    return files;
}
//# sourceMappingURL=build-archive-files.js.map