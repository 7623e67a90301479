import type { DirectorInput } from '../../domain/weekly-reports/weekly-report-content.ts';
import type { WeeklyReportRecord, WeeklyReportRepository } from '../../ports/weekly-report-repository.ts';
import { readStoredField } from '../stored-json/read-stored-field.ts';
import { InvestigationRecord, WeeklyReportContent } from '../stored-json/weekly-report-content.ts';
import type { TransactionClient } from '../transaction-client.ts';

const emptyDirectorInput: DirectorInput = { investigation: { date: '', scope: '', people: '', findings: '' }, analysis: '', measures: '' };

interface WeeklyRow {
  id: string;
  unitId: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  content: unknown;
  investigation: unknown;
  analysis: string;
  measures: string;
  confirmedById: string | null;
  confirmedAt: Date | null;
  contentHash: string | null;
  cardOutboxId: string | null;
  createdAt: Date;
}

function toRecord(row: WeeklyRow): WeeklyReportRecord {
  return {
    id: row.id,
    unitId: row.unitId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status as WeeklyReportRecord['status'],
    content: readStoredField(WeeklyReportContent, row.content, { table: 'WeeklyReport', id: row.id, field: 'content' }),
    director: {
      investigation: readStoredField(InvestigationRecord, row.investigation, { table: 'WeeklyReport', id: row.id, field: 'investigation' }),
      analysis: row.analysis,
      measures: row.measures,
    },
    confirmedById: row.confirmedById,
    confirmedAt: row.confirmedAt,
    contentHash: row.contentHash,
    cardOutboxId: row.cardOutboxId,
    createdAt: row.createdAt,
  };
}

export function weeklyReportRepository(client: TransactionClient): WeeklyReportRepository {
  return {
    async find(unitId, periodStart) {
      const row = await client.weeklyReport.findUnique({ where: { unitId_periodStart: { unitId, periodStart } } });
      return row ? toRecord(row) : null;
    },
    async get(reportId) {
      const row = await client.weeklyReport.findUnique({ where: { id: reportId } });
      return row ? toRecord(row) : null;
    },
    async create(report) {
      return toRecord(await client.weeklyReport.create({ data: { ...report, content: report.content as object, status: 'draft', investigation: { ...emptyDirectorInput.investigation } } }));
    },
    async saveDirectorInput(reportId, input) {
      await client.weeklyReport.update({ where: { id: reportId }, data: { investigation: input.investigation as object, analysis: input.analysis, measures: input.measures } });
    },
    async confirm(reportId, confirmation) {
      await client.weeklyReport.update({
        where: { id: reportId },
        data: {
          status: 'confirmed',
          content: confirmation.content as object,
          investigation: confirmation.director.investigation as object,
          analysis: confirmation.director.analysis,
          measures: confirmation.director.measures,
          confirmedById: confirmation.confirmedById,
          confirmedAt: confirmation.confirmedAt,
          contentHash: confirmation.contentHash,
        },
      });
    },
    async setCard(reportId, outboxId) {
      await client.weeklyReport.update({ where: { id: reportId }, data: { cardOutboxId: outboxId } });
    },
    async latest(unitId) {
      const row = await client.weeklyReport.findFirst({ where: { unitId }, orderBy: { periodStart: 'desc' } });
      return row ? toRecord(row) : null;
    },
    async drafts() {
      return (await client.weeklyReport.findMany({ where: { status: 'draft' }, orderBy: { periodStart: 'asc' } })).map(toRecord);
    },
    async between(unitId, from, to) {
      return (await client.weeklyReport.findMany({ where: { unitId, periodStart: { lte: to }, periodEnd: { gte: from } }, orderBy: { periodStart: 'asc' } })).map(toRecord);
    },
  };
}
