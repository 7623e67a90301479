import type { ChecklistRecord, ChecklistRepository } from '../../ports/checklist-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

const checklistSelect = {
  id: true,
  version: true,
  items: { orderBy: { position: 'asc' }, select: { position: true, code: true, text: true, guidance: true, category: true } },
} as const;

function toChecklist(row: { id: string; version: number; items: Array<{ position: number; code: string; text: string; guidance: string; category: string }> }): ChecklistRecord {
  return { id: row.id, version: row.version, items: row.items.map(({ position, ...item }) => ({ number: position, ...item })) };
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
