import type { OutboxQueue, QueuedMessage } from '../ports/outbox-queue.ts';
import type { DatabaseClient } from './database/create-prisma-client.ts';
import { countInChunks, inChunks } from './query-chunks.ts';
import { StoredNotificationText } from './stored-json/notification.ts';
import { readStoredField } from './stored-json/read-stored-field.ts';

const oldestFirst = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
// How many pending rows one look at the queue considers; far more than are ever pending outside an outage, and a bound
// on the work of a poll during one.
const scanLimit = 5000;
const sendingLease = 'outbox';

type CardState = NonNullable<QueuedMessage['target']>;

export function createOutboxQueue(client: DatabaseClient): OutboxQueue {
  async function cardStates(outboxIds: string[]): Promise<Map<string, CardState>> {
    if (outboxIds.length === 0) return new Map();
    const rows = await inChunks([...new Set(outboxIds)], (ids) =>
      client.outboxMessage.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, larkMessageId: true } }),
    );
    return new Map(rows.map((row) => [row.id, { status: row.status, larkMessageId: row.larkMessageId }]));
  }

  return {
    async holdSendingLease(holder, now, until) {
      // One conditional write, atomic on both engines: renew our own lease or take an expired one.
      const taken = await client.senderLease.updateMany({ where: { name: sendingLease, OR: [{ holder }, { expiresAt: { lt: now } }] }, data: { holder, expiresAt: until } });
      if (taken.count === 1) return true;
      try {
        await client.senderLease.create({ data: { name: sendingLease, holder, expiresAt: until } });
        return true;
      } catch (error) {
        // Another process created the lease first: it holds it.
        if ((error as { code?: unknown }).code === 'P2002') return false;
        throw error;
      }
    },
    async releaseSendingLease(holder) {
      await client.senderLease.deleteMany({ where: { name: sendingLease, holder } });
    },
    async sendingLeaseHolder(now) {
      const lease = await client.senderLease.findFirst({ where: { name: sendingLease, expiresAt: { gte: now } }, select: { holder: true } });
      return lease?.holder ?? null;
    },
    async due(now, limit) {
      const pending = await client.outboxMessage.findMany({
        where: { status: 'pending' },
        orderBy: oldestFirst,
        take: scanLimit,
        select: { id: true, operation: true, receiveId: true, targetOutboxId: true, nextAttemptAt: true },
      });
      const cards = await cardStates(pending.flatMap((row) => (row.operation === 'patch' && row.targetOutboxId ? [row.targetOutboxId] : [])));
      // A person (or a card) whose oldest pending message cannot go yet gets nothing newer either.
      const waiting = new Set<string>();
      const chosen: string[] = [];
      for (const row of pending) {
        if (chosen.length >= limit) break;
        const key = row.receiveId ?? (row.targetOutboxId ? `card:${row.targetOutboxId}` : row.id);
        const cardNotSentYet = row.operation === 'patch' && row.targetOutboxId !== null && cards.get(row.targetOutboxId)?.status === 'pending';
        if (waiting.has(key) || row.nextAttemptAt > now || cardNotSentYet) {
          waiting.add(key);
          continue;
        }
        chosen.push(row.id);
      }
      if (chosen.length === 0) return [];
      const rows = await client.outboxMessage.findMany({
        where: { id: { in: chosen }, status: 'pending' },
        orderBy: oldestFirst,
        select: { id: true, uuid: true, operation: true, receiveId: true, targetOutboxId: true, content: true, fileName: true, file: { select: { id: true, larkFileKey: true } }, attempts: true, createdAt: true },
      });
      return rows.map((row) => ({
        ...row,
        operation: row.operation as QueuedMessage['operation'],
        target: row.targetOutboxId === null ? null : (cards.get(row.targetOutboxId) ?? null),
      }));
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
    async supersedeOutdatedUpdates() {
      const pendingUpdates = await client.outboxMessage.findMany({
        where: { status: 'pending', operation: 'patch', targetOutboxId: { not: null } },
        select: { id: true, targetOutboxId: true },
      });
      if (pendingUpdates.length === 0) return 0;
      const newestFirst = await inChunks([...new Set(pendingUpdates.map((update) => update.targetOutboxId as string))], (targets) =>
        client.outboxMessage.findMany({
          where: { operation: 'patch', status: { in: ['pending', 'sent'] }, targetOutboxId: { in: targets } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { id: true, targetOutboxId: true },
        }),
      );
      const newest = new Map<string, string>();
      for (const update of newestFirst) if (!newest.has(update.targetOutboxId as string)) newest.set(update.targetOutboxId as string, update.id);
      const outdated = pendingUpdates.filter((update) => newest.get(update.targetOutboxId as string) !== update.id).map((update) => update.id);
      if (outdated.length === 0) return 0;
      return countInChunks(outdated, (ids) => client.outboxMessage.updateMany({ where: { id: { in: ids }, status: 'pending' }, data: { status: 'superseded' } }));
    },
    async pendingCount() {
      return client.outboxMessage.count({ where: { status: 'pending' } });
    },
    async fileBytes(fileId) {
      const file = await client.outboxFile.findUniqueOrThrow({ where: { id: fileId }, select: { bytes: true } });
      return file.bytes;
    },
    async rememberUploadedFile(fileId, larkFileKey) {
      await client.outboxFile.update({ where: { id: fileId }, data: { larkFileKey } });
    },
    notificationOf(message) {
      return readStoredField(StoredNotificationText, message.content, { table: 'OutboxMessage', id: message.id, field: 'content' });
    },
  };
}
