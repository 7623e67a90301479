import { createPrismaClient, type DatabaseClient } from '../../src/store/database/create-prisma-client.ts';

/**
 * The tables as stored, for a test that checks what was written, column by column, or damages a row on purpose.
 * It is a connection of the test's own: the code under test reaches the database only through its ports.
 */
export type StoredRows = DatabaseClient;

export function openStoredRows(databaseUrl: string): StoredRows {
  return createPrismaClient(databaseUrl);
}
