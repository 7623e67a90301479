import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresqlPrismaClient } from '../../../generated/postgresql/client.ts';
import { PrismaClient as SqlitePrismaClient } from '../../../generated/sqlite/client.ts';
import type { Prisma } from '../../../generated/sqlite/client.ts';
import { isDatabaseBusy } from './database-busy.ts';
import { parseDatabaseUrl } from './database-url.ts';
import { enableWriteAheadLog, sqliteBusyTimeoutMilliseconds } from './sqlite-file.ts';
import { sqliteTransactions, startingAsWriter } from './sqlite-transactions.ts';

// One type for both databases: the SQLite client's. Both clients are generated from the same models, so their
// delegates, fields and results are the same; where they differ, PostgreSQL's inputs are a superset
// (case-insensitive `mode`, more isolation levels), so every call written against the SQLite type is also valid on
// PostgreSQL. TypeScript cannot see this through the overloads of `$transaction`, hence the cast below.
export type DatabaseClient = SqlitePrismaClient;
export type DatabaseTransaction = Prisma.TransactionClient;

export function createPrismaClient(databaseUrl: string): DatabaseClient {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.provider === 'sqlite') {
    enableWriteAheadLog(location.filePath);
    return new SqlitePrismaClient({
      adapter: sqliteTransactions(new PrismaBetterSqlite3({ url: location.filePath, timeout: sqliteBusyTimeoutMilliseconds })),
    });
  }
  const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: location.url }) });
  return client as unknown as DatabaseClient;
}

// Prisma's default limits (2 s to start, 5 s to finish) are shorter than the SQLite busy timeout: a transaction that
// waited for a CLI command's write would be cancelled although it would have succeeded. The time to finish is bounded
// by the work, not the clock: importing a unit of thousands of people or closing their day is one transaction (all or
// nothing), and on a busy PostgreSQL that takes longer than 20 s; the limit is there only to end a transaction that hangs.
const transactionLimits = { maxWait: sqliteBusyTimeoutMilliseconds, timeout: 120_000 };

/** A transaction that only reads: on SQLite it sees one snapshot and never holds another process's writer back. */
export function inTransaction<Result>(client: DatabaseClient, work: (transaction: DatabaseTransaction) => Promise<Result>): Promise<Result> {
  return client.$transaction(work, transactionLimits);
}

// A writer that waited the whole busy timeout met another process's long write; it asks again a few times, after a
// pause that lets that write finish and the waiting process's own event loop run, before the caller is told.
const busyRetryPausesMilliseconds = [250, 1_000];

/**
 * A unit of work that writes: all of it or nothing. On SQLite it holds the write lock from its start, so it never
 * fails half-way because another process wrote; when the lock stays taken past the busy timeout, the whole unit is
 * tried again from the start, a bounded number of times.
 */
export async function inWriteTransaction<Result>(client: DatabaseClient, work: (transaction: DatabaseTransaction) => Promise<Result>): Promise<Result> {
  for (const pause of busyRetryPausesMilliseconds) {
    try {
      return await startingAsWriter(() => client.$transaction(work, transactionLimits));
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      await sleep(pause);
    }
  }
  return startingAsWriter(() => client.$transaction(work, transactionLimits));
}
