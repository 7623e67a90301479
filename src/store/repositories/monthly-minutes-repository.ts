import type { MonthlyMinutesRecord, MonthlyMinutesRepository } from '../../ports/monthly-minutes-repository.ts';
import { MonthlyMinutesContent } from '../stored-json/monthly-minutes-content.ts';
import { readStoredField } from '../stored-json/read-stored-field.ts';
import { TextList } from '../stored-json/text-list.ts';
import type { TransactionClient } from '../transaction-client.ts';

interface MinutesRow {
  id: string;
  unitId: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  content: unknown;
  arrangements: unknown;
  confirmedById: string | null;
  confirmedAt: Date | null;
  contentHash: string | null;
  createdAt: Date;
}

function toRecord(row: MinutesRow): MonthlyMinutesRecord {
  return {
    id: row.id,
    unitId: row.unitId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status as MonthlyMinutesRecord['status'],
    content: readStoredField(MonthlyMinutesContent, row.content, { table: 'MonthlyMinutes', id: row.id, field: 'content' }),
    arrangements: readStoredField(TextList, row.arrangements, { table: 'MonthlyMinutes', id: row.id, field: 'arrangements' }),
    confirmedById: row.confirmedById,
    confirmedAt: row.confirmedAt,
    contentHash: row.contentHash,
    createdAt: row.createdAt,
  };
}

export function monthlyMinutesRepository(client: TransactionClient): MonthlyMinutesRepository {
  return {
    async find(unitId, periodStart) {
      const row = await client.monthlyMinutes.findUnique({ where: { unitId_periodStart: { unitId, periodStart } } });
      return row ? toRecord(row) : null;
    },
    async get(minutesId) {
      const row = await client.monthlyMinutes.findUnique({ where: { id: minutesId } });
      return row ? toRecord(row) : null;
    },
    async create(minutes) {
      return toRecord(await client.monthlyMinutes.create({ data: { ...minutes, content: minutes.content as object, status: 'draft' } }));
    },
    async saveArrangements(minutesId, arrangements) {
      await client.monthlyMinutes.update({ where: { id: minutesId }, data: { arrangements } });
    },
    async saveContent(minutesId, content) {
      await client.monthlyMinutes.update({ where: { id: minutesId }, data: { content: content as object } });
    },
    async confirm(minutesId, confirmation) {
      await client.monthlyMinutes.update({
        where: { id: minutesId },
        data: { status: 'confirmed', content: confirmation.content as object, arrangements: confirmation.arrangements, confirmedById: confirmation.confirmedById, confirmedAt: confirmation.confirmedAt, contentHash: confirmation.contentHash },
      });
    },
    async latest(unitId) {
      const row = await client.monthlyMinutes.findFirst({ where: { unitId }, orderBy: { periodStart: 'desc' } });
      return row ? toRecord(row) : null;
    },
    async drafts() {
      return (await client.monthlyMinutes.findMany({ where: { status: 'draft' }, orderBy: { periodStart: 'asc' } })).map(toRecord);
    },
  };
}
