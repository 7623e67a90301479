import type { OutboxQueue, QueuedMessage } from '../ports/outbox-queue.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';

export function createOutboxQueue(client: DatabaseClient): OutboxQueue {
  return {
    async due(now, limit) {
      const rows = await client.outboxMessage.findMany({
        where: { status: 'pending', nextAttemptAt: { lte: now } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: limit,
        select: { id: true, uuid: true, operation: true, receiveId: true, targetOutboxId: true, content: true, fileName: true, fileBytes: true, attempts: true, createdAt: true },
      });
      return rows.map((row) => ({ ...row, operation: row.operation as QueuedMessage['operation'] }));
    },
    async target(outboxId) {
      return client.outboxMessage.findUnique({ where: { id: outboxId }, select: { status: true, larkMessageId: true } });
    },
    async markSent(id, larkMessageId, at) {
      await client.outboxMessage.update({ where: { id }, data: { status: 'sent', larkMessageId, sentAt: at, attempts: { increment: 1 }, lastError: null } });
    },
    async markRetry(id, attempts, nextAttemptAt, error) {
      await client.outboxMessage.update({ where: { id }, data: { attempts, nextAttemptAt, lastError: error } });
    },
    async markFailed(id, attempts, error) {
      await client.outboxMessage.update({ where: { id }, data: { status: 'failed', attempts, lastError: error } });
    },
    async markSuperseded(ids) {
      if (ids.length > 0) await client.outboxMessage.updateMany({ where: { id: { in: ids }, status: 'pending' }, data: { status: 'superseded' } });
    },
    async pendingCount() {
      return client.outboxMessage.count({ where: { status: 'pending' } });
    },
  };
}
