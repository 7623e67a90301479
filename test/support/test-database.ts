import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../../src/store/open-database.ts';

/** A fresh, migrated SQLite database in a temporary folder. */
export async function openTestDatabase(): Promise<Database & { remove(): Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-db-'));
  const database = await openDatabase(`file:${path.join(folder, 'qs.db')}`);
  return {
    ...database,
    async remove() {
      await database.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
