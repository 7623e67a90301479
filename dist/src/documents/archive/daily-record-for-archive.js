import { answerLabel } from "../../domain/daily-checks/daily-check.js";
import { localDateTimeOf } from "../../domain/archive/archive-times.js";
import { renderDailyRecordDocx } from "../daily-record-document.js";
function itemOf(answer) {
    return {
        number: answer.number,
        code: answer.code,
        text: answer.text,
        answerLabel: answerLabel(answer.answer),
        ...(answer.description === undefined ? {} : { description: answer.serious ? `【严重】${answer.description}` : answer.description }),
        ...(answer.measures === undefined ? {} : { measures: answer.measures }),
    };
}
/** An archived record as the daily record document shows it: its latest revision, with every earlier one after it. */
export function dailyRecordForArchive(record, unit) {
    const revisions = [...record.revisions].sort((left, right) => left.revision - right.revision);
    const latest = revisions[revisions.length - 1];
    return {
        unitName: unit.name,
        date: record.date,
        shift: record.shift,
        officerName: record.officerName,
        checklistVersion: record.checklistVersion,
        status: record.status,
        ...(record.outcome === undefined ? {} : { outcome: record.outcome }),
        revision: latest?.revision ?? 1,
        submittedAt: localDateTimeOf(latest?.submittedAt, unit.timeZone),
        items: (latest?.answers ?? []).map(itemOf),
        ...(record.suspensionReason === undefined ? {} : { suspensionReason: record.suspensionReason }),
        contentHash: latest?.contentHash,
        earlierRevisions: revisions.slice(0, -1).map((revision) => ({
            revision: revision.revision,
            submittedAt: localDateTimeOf(revision.submittedAt, unit.timeZone),
            items: revision.answers.map(itemOf),
            contentHash: revision.contentHash,
        })),
    };
}
export async function renderArchivedDailyRecordDocx(record, unit) {
    return renderDailyRecordDocx(dailyRecordForArchive(record, unit));
}
//# sourceMappingURL=daily-record-for-archive.js.map