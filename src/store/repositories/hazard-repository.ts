import type { HazardRecord, StoreTransaction } from '../../ports/store.ts';
import type { TransactionClient } from '../transaction-client.ts';

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
} as const;

export function hazardRepository(client: TransactionClient): StoreTransaction['hazards'] {
  return {
    async create(hazard) {
      // Numbers are per unit and never reused; the unique (unitId, number) turns a race into a retried transaction.
      const last = await client.hazard.findFirst({ where: { unitId: hazard.unitId }, orderBy: { number: 'desc' }, select: { number: true } });
      return client.hazard.create({ data: { ...hazard, number: (last?.number ?? 0) + 1, status: 'reported' }, select: hazardSelect }) as Promise<HazardRecord>;
    },
    async get(hazardId) {
      return client.hazard.findUnique({ where: { id: hazardId }, select: hazardSelect });
    },
    async acknowledge(hazardId, _personId, at) {
      await client.hazard.update({ where: { id: hazardId }, data: { acknowledgedAt: at } });
    },
    async alertOutboxIds(hazardId) {
      const reported = await client.hazardEvent.findFirst({ where: { hazardId, action: 'reported' }, select: { details: true } });
      const details = reported?.details as { alertOutboxIds?: string[] } | undefined;
      return details?.alertOutboxIds ?? [];
    },
    async recordEvent(hazardId, action, actorId, at, details) {
      await client.hazardEvent.create({ data: { hazardId, action, actorId, at, details: details as object } });
    },
  };
}
