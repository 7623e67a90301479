import type { ArchivedAnswer, ArchivedDailyRecord } from '../../domain/archive/archive-snapshot.ts';
import { answerLabel } from '../../domain/daily-checks/daily-check.ts';
import { localDateTimeOf } from '../../domain/archive/archive-times.ts';
import { type DailyRecordDocument, type DailyRecordItem, renderDailyRecordDocx } from '../daily-record-document.ts';
import type { EvidenceForDocument } from '../evidence-section.ts';

function itemOf(answer: ArchivedAnswer): DailyRecordItem {
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
export function dailyRecordForArchive(record: ArchivedDailyRecord, unit: { name: string; timeZone: string; closeTime: string }): DailyRecordDocument {
  const revisions = [...record.revisions].sort((left, right) => left.revision - right.revision);
  const latest = revisions[revisions.length - 1];
  return {
    unitName: unit.name,
    date: record.date,
    shift: record.shift,
    officerName: record.officerName,
    checklistVersion: record.checklistVersion,
    ...(record.dueItems === undefined ? {} : { itemsDue: { due: record.dueItems, notDue: record.notDueItems ?? [] } }),
    status: record.status,
    ...(record.outcome === undefined ? {} : { outcome: record.outcome }),
    revision: latest?.revision ?? 1,
    submittedAt: localDateTimeOf(latest?.submittedAt, unit.timeZone),
    ...(latest?.late ? { lateAfter: unit.closeTime } : {}),
    items: (latest?.answers ?? []).map(itemOf),
    ...(record.suspensionReason === undefined ? {} : { suspensionReason: record.suspensionReason }),
    ...(record.leaveId === undefined ? {} : { leave: record.substituteName === undefined ? {} : { substituteName: record.substituteName } }),
    contentHash: latest?.contentHash,
    earlierRevisions: revisions.slice(0, -1).map((revision) => ({
      revision: revision.revision,
      submittedAt: localDateTimeOf(revision.submittedAt, unit.timeZone),
      ...(revision.late ? { lateAfter: unit.closeTime } : {}),
      items: revision.answers.map(itemOf),
      contentHash: revision.contentHash,
    })),
  };
}

export async function renderArchivedDailyRecordDocx(
  record: ArchivedDailyRecord,
  unit: { name: string; timeZone: string; closeTime: string },
  evidence: readonly EvidenceForDocument[] = [],
): Promise<Buffer> {
  return renderDailyRecordDocx(dailyRecordForArchive(record, unit), evidence);
}
