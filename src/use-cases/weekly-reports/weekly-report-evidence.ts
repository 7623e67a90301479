import { formatLocalDateTime } from '../../domain/calendar/local-time.ts';
import type { WeeklyReportContent } from '../../domain/weekly-reports/weekly-report-content.ts';
import type { DocumentEvidence } from '../../ports/document-renderer.ts';
import type { StoreTransaction } from '../../ports/store.ts';

/** The evidence of the hazards a weekly report covers (found this week, or followed up from earlier), oldest first. */
export async function weeklyReportEvidence(transaction: StoreTransaction, unit: { id: string; timeZone: string }, content: WeeklyReportContent): Promise<DocumentEvidence[]> {
  const names = new Map((await transaction.people.membersOf(unit.id)).map((member) => [member.personId, member.name]));
  const numbers = [...new Set([...content.hazardsFound, ...content.earlierOpenHazards].map((hazard) => hazard.number))];
  const evidence: DocumentEvidence[] = [];
  for (const number of numbers) {
    const hazard = await transaction.hazards.byNumber(unit.id, number);
    if (!hazard) continue;
    for (const item of await transaction.evidence.ofRecord('hazard', hazard.id)) {
      evidence.push({
        hazardNumber: number,
        step: item.step,
        senderName: names.get(item.senderId) ?? '',
        receivedAt: formatLocalDateTime(item.receivedAt, unit.timeZone),
        fileName: item.fileName,
        kind: item.kind,
        sha256: item.sha256,
        size: item.size,
      });
    }
  }
  return evidence;
}
