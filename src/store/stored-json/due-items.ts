import { z } from 'zod';
import { readStoredField } from './read-stored-field.ts';

/** The checklist numbers of the items due on a daily check (管控频次); null on records made before frequencies. */
const DueItems = z.array(z.number().int().positive()).nullable();

export function readDueItems(value: unknown, checkId: string): number[] | null {
  return readStoredField(DueItems, value ?? null, { table: 'DailyCheck', id: checkId, field: 'dueItems' });
}
