import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { formatLocalDateTime, localTimeAt } from '../../domain/calendar/local-time.ts';
import { WEEKLY_REPORT_TITLE } from '../../domain/weekly-reports/weekly-report-content.ts';
import { requireCompleteDirectorInput } from '../../domain/weekly-reports/weekly-report-rules.ts';
import type { DocumentRenderer } from '../../ports/document-renderer.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import type { WeeklyReportRecord } from '../../ports/weekly-report-repository.ts';
import { compileReportContent } from './compile-report-content.ts';
import { findReportForWriter, type ReportReference } from './find-pending-report.ts';
import { reportPeople } from './report-people.ts';
import { weeklyReportCardView } from './weekly-report-card.ts';
import { weeklyReportEvidence } from './weekly-report-evidence.ts';

export interface WeeklyReportConfirmed {
  kind: 'weekly-report-confirmed';
  periodStart: string;
  periodEnd: string;
}

export interface WeeklyReportAlreadyConfirmed {
  kind: 'weekly-report-already-confirmed';
  periodStart: string;
  periodEnd: string;
}

/**
 * Freezes the report: recompiled from the records as they stand (a rectification done since the draft counts),
 * hashed with the director's part, archived, and sent to the principal as a card and a Word document.
 */
export async function confirmReport(
  transaction: StoreTransaction,
  documents: DocumentRenderer,
  report: WeeklyReportRecord,
  writer: UnitMember,
  now: Date,
): Promise<WeeklyReportConfirmed> {
  requireCompleteDirectorInput(report.director);
  const unit = await transaction.units.get(report.unitId);
  if (!unit) throw new Error(`weekly report ${report.id} belongs to no unit`);
  const content = await compileReportContent(transaction, unit, { periodStart: report.periodStart, periodEnd: report.periodEnd }, localTimeAt(now, unit.timeZone).date);
  const hash = recordHashes.weeklyReportConfirmation({ content, director: report.director, confirmedById: writer.personId, confirmedAt: now });
  await transaction.weeklyReports.confirm(report.id, { content, director: report.director, confirmedById: writer.personId, confirmedAt: now, contentHash: hash });
  await transaction.audit.append({ at: now, unitId: unit.id, actor: writer.personId, action: 'weekly-report.confirmed', recordType: 'weekly-report', recordId: report.id, contentHash: hash });
  const confirmed: WeeklyReportRecord = { ...report, content, status: 'confirmed', confirmedById: writer.personId, confirmedAt: now, contentHash: hash };
  if (report.cardOutboxId) {
    await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: report.cardOutboxId, notification: { kind: 'weekly-report', view: weeklyReportCardView(confirmed, unit, 'director', writer.name) } });
  }
  const { principal } = await reportPeople(transaction, unit.id);
  if (principal?.openId && principal.personId !== writer.personId) {
    await transaction.outbox.enqueue({ operation: 'send', toOpenId: principal.openId, notification: { kind: 'weekly-report', view: weeklyReportCardView(confirmed, unit, 'principal', writer.name) } });
  }
  const bytes = await documents.weeklyReport(
    {
      content,
      director: report.director,
      directorName: writer.name,
      compiledAt: formatLocalDateTime(report.createdAt, unit.timeZone),
      status: 'confirmed',
      confirmedAt: formatLocalDateTime(now, unit.timeZone),
      contentHash: hash,
    },
    await weeklyReportEvidence(transaction, unit, content),
  );
  const fileName = `${WEEKLY_REPORT_TITLE}_${unit.name}_${report.periodStart}至${report.periodEnd}.docx`;
  const reader = principal ?? writer;
  if (reader.openId) await transaction.outbox.enqueue({ operation: 'send', toOpenId: reader.openId, notification: { kind: 'file', fileName, bytes } });
  return { kind: 'weekly-report-confirmed', periodStart: report.periodStart, periodEnd: report.periodEnd };
}

export async function confirmWeeklyReport(
  dependencies: { store: Store; documents: DocumentRenderer },
  input: { actorOpenId: string; report: ReportReference; now: Date },
): Promise<WeeklyReportConfirmed | WeeklyReportAlreadyConfirmed> {
  return dependencies.store.transaction(async (transaction) => {
    const { report, writer } = await findReportForWriter(transaction, input.actorOpenId, input.report);
    if (report.status === 'confirmed') return { kind: 'weekly-report-already-confirmed', periodStart: report.periodStart, periodEnd: report.periodEnd };
    return confirmReport(transaction, dependencies.documents, report, writer, input.now);
  });
}
