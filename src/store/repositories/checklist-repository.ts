import { frequencyFromStored } from '../../domain/checklists/item-frequency.ts';
import type { ChecklistRecord, ChecklistRepository } from '../../ports/checklist-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

const checklistSelect = {
  id: true,
  version: true,
  items: { orderBy: { position: 'asc' }, select: { position: true, code: true, text: true, guidance: true, category: true, frequency: true, frequencyDay: true } },
} as const;

function toChecklist(row: { id: string; version: number; items: Array<{ position: number; code: string; text: string; guidance: string; category: string; frequency: string; frequencyDay: number | null }> }): ChecklistRecord {
  return {
    id: row.id,
    version: row.version,
    items: row.items.map(({ position, frequency, frequencyDay, ...item }) => ({ number: position, ...item, frequency: frequencyFromStored(frequency, frequencyDay) })),
  };
}

export function checklistRepository(client: TransactionClient): ChecklistRepository {
  return {
    async current(unitId) {
      const row = await client.checklist.findFirst({ where: { unitId }, orderBy: { version: 'desc' }, select: checklistSelect });
      return row ? toChecklist(row) : null;
    },
    async get(checklistId) {
      return toChecklist(await client.checklist.findUniqueOrThrow({ where: { id: checklistId }, select: checklistSelect }));
    },
  };
}
