import type { Store } from '../ports/store.ts';
import type { OutboxQueue } from '../ports/outbox-queue.ts';
import type { InboundEvents } from '../ports/inbound-events.ts';
import type { ArchiveRows } from '../ports/archive-rows.ts';
import type { EvidenceRows } from '../ports/evidence.ts';
import { createArchiveRowsReader } from './archive-rows-reader.ts';
import { applyMigrations } from './database/apply-migrations.ts';
import { createPrismaClient } from './database/create-prisma-client.ts';
import { backupSqliteFile } from './database/backup-sqlite.ts';
import { parseDatabaseUrl } from './database/database-url.ts';
import { createInboundEventLog } from './inbound-event-log.ts';
import { createOutboxQueue } from './outbox-queue.ts';
import { createPrismaStore } from './prisma-store.ts';
import { evidenceRows } from './repositories/evidence-repository.ts';

export interface OperationalStatus {
  outbox: { pending: number; failed: number };
  /**
   * `inProgress`: acknowledged to Lark, not yet processed, and `oldestInProgressSince` when the oldest of them came:
   * how far behind the bot is.
   */
  inboundEvents: { failed: number; inProgress: number; oldestInProgressSince: Date | null };
  units: number;
}

export interface Database {
  provider: 'sqlite' | 'postgresql';
  store: Store;
  outbox: OutboxQueue;
  inboundEvents: InboundEvents;
  archiveRows: ArchiveRows;
  /** Every photo and file kept as evidence, for `verify`, the export and the backup. */
  evidence: EvidenceRows;
  isReachable(): Promise<boolean>;
  /** What an operator looks at first: messages waiting or failed, deliveries that failed. */
  operationalStatus(): Promise<OperationalStatus>;
  /** A consistent online copy of the embedded database; undefined on PostgreSQL, whose own tools (pg_dump) do this. */
  backupTo: ((targetPath: string) => Promise<{ bytes: number }>) | undefined;
  close(): Promise<void>;
}

/** Migrates (cheap enough for every start: PRISMA.md measured ~0.1 s) and opens the store and its queues. */
export async function openDatabase(databaseUrl: string, now: () => Date = () => new Date()): Promise<Database> {
  const location = parseDatabaseUrl(databaseUrl);
  const { provider } = location;
  await applyMigrations(databaseUrl);
  const client = createPrismaClient(databaseUrl);
  return {
    provider,
    store: createPrismaStore(client, provider, now),
    outbox: createOutboxQueue(client),
    inboundEvents: createInboundEventLog(client),
    archiveRows: createArchiveRowsReader(client),
    evidence: evidenceRows(client),
    async isReachable() {
      await client.$queryRawUnsafe('SELECT 1');
      return true;
    },
    async operationalStatus() {
      const [pending, failed, failedEvents, inProgress, oldestInProgress, units] = await Promise.all([
        client.outboxMessage.count({ where: { status: 'pending' } }),
        client.outboxMessage.count({ where: { status: 'failed' } }),
        client.inboundEvent.count({ where: { status: 'failed' } }),
        client.inboundEvent.count({ where: { status: 'received' } }),
        client.inboundEvent.findFirst({ where: { status: 'received' }, orderBy: { receivedAt: 'asc' }, select: { receivedAt: true } }),
        client.unit.count(),
      ]);
      return { outbox: { pending, failed }, inboundEvents: { failed: failedEvents, inProgress, oldestInProgressSince: oldestInProgress?.receivedAt ?? null }, units };
    },
    backupTo: location.provider === 'sqlite' ? (targetPath) => backupSqliteFile(location.filePath, targetPath) : undefined,
    close: () => client.$disconnect(),
  };
}
