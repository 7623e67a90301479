export interface QueuedMessage {
  id: string;
  uuid: string;
  operation: 'send' | 'patch' | 'file';
  receiveId: string | null;
  targetOutboxId: string | null;
  content: string | null;
  fileName: string | null;
  fileBytes: Uint8Array | null;
  attempts: number;
  createdAt: Date;
}

/** The sender's view of the outbox: what is due, and how each attempt ended. */
export interface OutboxQueue {
  due(now: Date, limit: number): Promise<QueuedMessage[]>;
  target(outboxId: string): Promise<{ status: string; larkMessageId: string | null } | null>;
  markSent(id: string, larkMessageId: string | null, at: Date): Promise<void>;
  markRetry(id: string, attempts: number, nextAttemptAt: Date, error: string): Promise<void>;
  markFailed(id: string, attempts: number, error: string): Promise<void>;
  /** Card updates carry the whole card, so an older pending update of the same card is replaced by a newer one. */
  markSuperseded(ids: string[]): Promise<void>;
  pendingCount(): Promise<number>;
}
