import type { Notification } from './notifications.ts';

export interface QueuedMessage {
  id: string;
  uuid: string;
  /** `urgent`: a message sent, then buzzed to its recipient. */
  operation: 'send' | 'urgent' | 'patch' | 'file';
  receiveId: string | null;
  targetOutboxId: string | null;
  /** For a card update: the row that sent the card, as it stands now; null when that row does not exist. */
  target: { status: string; larkMessageId: string | null } | null;
  /** The notification as stored; `OutboxQueue.notificationOf` reads it. */
  content: string | null;
  fileName: string | null;
  /** For a file: the stored file, with Lark's key once it has been uploaded for any message. */
  file: { id: string; larkFileKey: string | null } | null;
  attempts: number;
  createdAt: Date;
}

/** The sender's view of the outbox: who may send, what may go now, and how each attempt ended. */
export interface OutboxQueue {
  /**
   * Takes the sending lease for `holder`, or renews it, until `until`; false while another holder's lease runs. Only
   * the holder sends, so that several processes on one database send each message once, within one app-wide budget.
   */
  holdSendingLease(holder: string, now: Date, until: Date): Promise<boolean>;
  /** Gives the lease up at once, so another process need not wait for it to expire; harmless when not held. */
  releaseSendingLease(holder: string): Promise<void>;
  /** Who holds the sending lease at `now`, if anyone. */
  sendingLeaseHolder(now: Date): Promise<string | null>;
  /**
   * Pending messages that may be sent now, oldest first, at most `limit`. A message stays back while an older one to
   * the same person waits for its retry, so people read messages in the order they were written; a card update stays
   * back until its card has been sent (or has failed).
   */
  due(now: Date, limit: number): Promise<QueuedMessage[]>;
  markSent(id: string, larkMessageId: string | null, at: Date): Promise<void>;
  markRetry(id: string, attempts: number, nextAttemptAt: Date, error: string): Promise<void>;
  markFailed(id: string, attempts: number, error: string): Promise<void>;
  /**
   * Card updates carry the whole card, so a pending update is pointless once a newer update of the same card is
   * pending or sent; worse, sending it after the newer one would show stale content. Marks those `superseded`.
   */
  supersedeOutdatedUpdates(): Promise<number>;
  pendingCount(): Promise<number>;
  fileBytes(fileId: string): Promise<Uint8Array>;
  /** Lark's key for an uploaded file, kept so that the next recipient's message (or a retry) does not upload it again. */
  rememberUploadedFile(fileId: string, larkFileKey: string): Promise<void>;
  /**
   * What a send or a card update says, read from the message's stored content. It is read message by message, as each
   * is sent, so that a row that no longer reads fails on its own instead of stopping the queue for everyone.
   */
  notificationOf(message: QueuedMessage): Notification;
}
