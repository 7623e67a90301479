import { randomUUID } from 'node:crypto';
/**
 * The outbox keeps the notification as its view model; the sender renders it at send time. `uuid` is created
 * once here, so every retry of the same row carries the same Lark idempotency key.
 */
export function outboxRepository(client, now) {
    return {
        async enqueue(message) {
            const notification = message.notification;
            const file = notification.kind === 'file' ? notification : undefined;
            const row = await client.outboxMessage.create({
                data: {
                    uuid: randomUUID(),
                    operation: message.operation === 'send' ? (file ? 'file' : 'send') : 'patch',
                    receiveId: message.operation === 'send' ? message.toOpenId : null,
                    targetOutboxId: message.operation === 'update' ? message.targetOutboxId : null,
                    content: file ? JSON.stringify({ kind: 'file', fileName: file.fileName }) : JSON.stringify(notification),
                    fileName: file?.fileName ?? null,
                    fileBytes: file ? Buffer.from(file.bytes) : null,
                    nextAttemptAt: now(),
                },
                select: { id: true },
            });
            return row.id;
        },
    };
}
//# sourceMappingURL=outbox-repository.js.map