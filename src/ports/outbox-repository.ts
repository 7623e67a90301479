import type { OutgoingMessage } from './notifications.ts';

/** The writing side of the outbox: a use case queues what to tell people in the same transaction as its change. */
export interface OutboxRepository {
  enqueue(message: OutgoingMessage): Promise<string>;
}
