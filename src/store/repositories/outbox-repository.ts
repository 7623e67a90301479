import { createHash, randomUUID } from 'node:crypto';
import type { OutboxRepository } from '../../ports/outbox-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

/**
 * The outbox keeps the notification as its view model; the sender renders it at send time. `uuid` is created
 * once here, so every retry of the same row carries the same Lark idempotency key.
 */
export function outboxRepository(client: TransactionClient): OutboxRepository {
  /**
   * The file's row, the same for every recipient of the same file: a confirmed document goes to hundreds of people.
   * The name is part of the key since Lark keeps the name given at upload with the file.
   */
  async function storedFile(fileName: string, bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(fileName).update('\0').update(bytes).digest('hex');
    const row = await client.outboxFile.upsert({ where: { sha256 }, create: { sha256, bytes: Buffer.from(bytes) }, update: {}, select: { id: true } });
    return row.id;
  }

  return {
    async enqueue(message) {
      const notification = message.notification;
      const file = notification.kind === 'file' ? notification : undefined;
      const row = await client.outboxMessage.create({
        data: {
          uuid: randomUUID(),
          operation: message.operation === 'send' ? (file ? 'file' : message.urgent === true ? 'urgent' : 'send') : 'patch',
          receiveId: message.operation === 'send' ? message.toOpenId : null,
          targetOutboxId: message.operation === 'update' ? message.targetOutboxId : null,
          content: file ? JSON.stringify({ kind: 'file', fileName: file.fileName }) : JSON.stringify(notification),
          fileName: file?.fileName ?? null,
          fileId: file ? await storedFile(file.fileName, file.bytes) : null,
          // Due at once. Not `now()`: that is the bot's clock, which the sandbox runs ahead of real time, while the
          // sender asks for what is due by real time; a message stamped in the future would wait until then.
          nextAttemptAt: new Date(0),
        },
        select: { id: true },
      });
      return row.id;
    },
  };
}
