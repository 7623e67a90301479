import { createArchiveRowsReader } from "./archive-rows-reader.js";
import { applyMigrations } from "./database/apply-migrations.js";
import { createPrismaClient } from "./database/create-prisma-client.js";
import { backupSqliteFile } from "./database/backup-sqlite.js";
import { parseDatabaseUrl } from "./database/database-url.js";
import { createInboundEventLog } from "./inbound-event-log.js";
import { createOutboxQueue } from "./outbox-queue.js";
import { createPrismaStore } from "./prisma-store.js";
/** Migrates (cheap enough for every start: PRISMA.md measured ~0.1 s) and opens the store and its queues. */
export async function openDatabase(databaseUrl, now = () => new Date()) {
    const location = parseDatabaseUrl(databaseUrl);
    const { provider } = location;
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
        async operationalStatus() {
            const [pending, failed, failedEvents, inProgress, units] = await Promise.all([
                client.outboxMessage.count({ where: { status: 'pending' } }),
                client.outboxMessage.count({ where: { status: 'failed' } }),
                client.inboundEvent.count({ where: { status: 'failed' } }),
                client.inboundEvent.count({ where: { status: 'received' } }),
                client.unit.count(),
            ]);
            return { outbox: { pending, failed }, inboundEvents: { failed: failedEvents, inProgress }, units };
        },
        backupTo: location.provider === 'sqlite' ? (targetPath) => backupSqliteFile(location.filePath, targetPath) : undefined,
        close: () => client.$disconnect(),
    };
}
//# sourceMappingURL=open-database.js.map