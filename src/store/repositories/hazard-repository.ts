import type { HazardStatus } from '../../domain/records/daily-record-facts.ts';
import type { HazardRecord, HazardRepository } from '../../ports/hazard-repository.ts';
import { inChunks } from '../query-chunks.ts';
import { CardsSentDetails, HazardEventDetails } from '../stored-json/hazard-event-details.ts';
import { readStoredField } from '../stored-json/read-stored-field.ts';
import type { TransactionClient } from '../transaction-client.ts';
import { lockRow } from '../lock-row.ts';

const hazardSelect = {
  id: true,
  number: true,
  unitId: true,
  dailyCheckId: true,
  itemCode: true,
  itemText: true,
  description: true,
  measures: true,
  serious: true,
  reportedById: true,
  reportedAt: true,
  status: true,
  acknowledgedAt: true,
  ownerId: true,
  deadline: true,
  rectification: true,
  closedAt: true,
} as const;

type SelectedHazard = Omit<HazardRecord, 'status' | 'checkDate'> & { status: string };

/** The schema has no relation from a hazard to its check, so the checks' dates are read by id, a chunk at a time. */
async function toRecords(client: TransactionClient, rows: readonly SelectedHazard[]): Promise<HazardRecord[]> {
  const checkIds = [...new Set(rows.flatMap((row) => (row.dailyCheckId === null ? [] : [row.dailyCheckId])))];
  const checks = await inChunks(checkIds, (chunk) => client.dailyCheck.findMany({ where: { id: { in: chunk } }, select: { id: true, date: true } }));
  const checkDates = new Map(checks.map((check) => [check.id, check.date]));
  return rows.map((row) => ({ ...row, status: row.status as HazardStatus, checkDate: row.dailyCheckId === null ? null : (checkDates.get(row.dailyCheckId) ?? null) }));
}

async function toRecord(client: TransactionClient, row: SelectedHazard | null): Promise<HazardRecord | null> {
  return (await toRecords(client, row ? [row] : []))[0] ?? null;
}

export function hazardRepository(client: TransactionClient, provider: 'sqlite' | 'postgresql'): HazardRepository {
  return {
    async create(hazard) {
      // Numbers are per unit and never reused; the unique (unitId, number) turns a race into a refused transaction.
      const last = await client.hazard.findFirst({ where: { unitId: hazard.unitId }, orderBy: { number: 'desc' }, select: { number: true } });
      const created = await client.hazard.create({ data: { ...hazard, number: (last?.number ?? 0) + 1, status: 'reported' }, select: hazardSelect });
      return (await toRecord(client, created))!;
    },
    async lockForChange(hazardId) {
      await lockRow(client, provider, 'Hazard', hazardId);
    },
    async get(hazardId) {
      return toRecord(client, await client.hazard.findUnique({ where: { id: hazardId }, select: hazardSelect }));
    },
    async byNumber(unitId, number) {
      return toRecord(client, await client.hazard.findUnique({ where: { unitId_number: { unitId, number } }, select: hazardSelect }));
    },
    async ofUnit(unitId, filter) {
      const rows = await client.hazard.findMany({
        where: {
          unitId,
          ...(filter.openOnly ? { status: { not: 'closed' } } : {}),
        },
        orderBy: { number: 'asc' },
        select: hazardSelect,
      });
      return toRecords(client, rows);
    },
    async update(hazardId, change) {
      await client.hazard.update({ where: { id: hazardId }, data: change });
    },
    async acknowledge(hazardId, _personId, at) {
      await client.hazard.update({ where: { id: hazardId }, data: { acknowledgedAt: at } });
    },
    async events(hazardId) {
      const rows = await client.hazardEvent.findMany({ where: { hazardId }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { id: true, action: true, actorId: true, at: true, details: true } });
      return rows.map((row) => ({ action: row.action, actorId: row.actorId, at: row.at, details: readStoredField(HazardEventDetails, row.details, { table: 'HazardEvent', id: row.id, field: 'details' }) }));
    },
    async cards(hazardId) {
      const rows = await client.hazardEvent.findMany({ where: { hazardId }, select: { id: true, details: true }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
      return rows.flatMap((row) => readStoredField(CardsSentDetails, row.details, { table: 'HazardEvent', id: row.id, field: 'details' }).cards ?? []);
    },
    async recordEvent(hazardId, action, actorId, at, details) {
      return (await client.hazardEvent.create({ data: { hazardId, action, actorId, at, details: details as object }, select: { id: true } })).id;
    },
  };
}
