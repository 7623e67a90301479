import type { HazardStatus } from '../../domain/records/daily-record-facts.ts';
import type { HazardRecord, HazardRepository } from '../../ports/hazard-repository.ts';
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

function toRecord<Row extends { status: string }>(row: Row): Row & { status: HazardStatus } {
  return { ...row, status: row.status as HazardStatus };
}

export function hazardRepository(client: TransactionClient, provider: 'sqlite' | 'postgresql'): HazardRepository {
  return {
    async create(hazard) {
      // Numbers are per unit and never reused; the unique (unitId, number) turns a race into a refused transaction.
      const last = await client.hazard.findFirst({ where: { unitId: hazard.unitId }, orderBy: { number: 'desc' }, select: { number: true } });
      return toRecord(await client.hazard.create({ data: { ...hazard, number: (last?.number ?? 0) + 1, status: 'reported' }, select: hazardSelect })) as HazardRecord;
    },
    async lockForChange(hazardId) {
      await lockRow(client, provider, 'Hazard', hazardId);
    },
    async get(hazardId) {
      const row = await client.hazard.findUnique({ where: { id: hazardId }, select: hazardSelect });
      return row ? toRecord(row) : null;
    },
    async byNumber(unitId, number) {
      const row = await client.hazard.findUnique({ where: { unitId_number: { unitId, number } }, select: hazardSelect });
      return row ? toRecord(row) : null;
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
      return rows.map(toRecord);
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
