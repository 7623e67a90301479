import type { Store } from '../ports/store.ts';
import type { OutboxQueue } from '../ports/outbox-queue.ts';
import type { InboundEvents } from '../ports/inbound-events.ts';
import type { ArchiveRows } from '../ports/archive-rows.ts';
import { createArchiveRowsReader } from './archive-rows-reader.ts';
import { applyMigrations } from './database/apply-migrations.ts';
import { createPrismaClient, type DatabaseClient } from './database/create-prisma-client.ts';
import { parseDatabaseUrl } from './database/database-url.ts';
import { createInboundEventLog } from './inbound-event-log.ts';
import { createOutboxQueue } from './outbox-queue.ts';
import { createPrismaStore } from './prisma-store.ts';

export interface Database {
  client: DatabaseClient;
  provider: 'sqlite' | 'postgresql';
  store: Store;
  outbox: OutboxQueue;
  inboundEvents: InboundEvents;
  archiveRows: ArchiveRows;
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** Migrates (cheap enough for every start: PRISMA.md measured ~0.1 s) and opens the store and its queues. */
export async function openDatabase(databaseUrl: string, now: () => Date = () => new Date()): Promise<Database> {
  const { provider } = parseDatabaseUrl(databaseUrl);
  await applyMigrations(databaseUrl);
  const client = createPrismaClient(databaseUrl);
  return {
    client,
    provider,
    store: createPrismaStore(client, provider, now),
    outbox: createOutboxQueue(client),
    inboundEvents: createInboundEventLog(client),
    archiveRows: createArchiveRowsReader(client),
    async isReachable() {
      await client.$queryRawUnsafe('SELECT 1');
      return true;
    },
    close: () => client.$disconnect(),
  };
}
