import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../../src/store/open-database.ts';
import { openStoredRows, type StoredRows } from './stored-rows.ts';

/** A fresh, migrated SQLite database in a temporary folder, and its rows for the test to look at. */
export async function openTestDatabase(): Promise<Database & { rows: StoredRows; remove(): Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-db-'));
  const databaseUrl = `file:${path.join(folder, 'qs.db')}`;
  const database = await openDatabase(databaseUrl);
  const rows = openStoredRows(databaseUrl);
  return {
    ...database,
    rows,
    async remove() {
      await rows.$disconnect();
      await database.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
