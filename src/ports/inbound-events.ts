export interface StoredDelivery {
  key: string;
  eventType: string;
  payload: unknown;
  attempts: number;
}

/** Deliveries as Lark sent them, remembered by message_id or event_id so a redelivery has no second effect. */
export interface InboundEvents {
  /** false when the key was seen before. */
  record(delivery: { key: string; eventType: string; payload: unknown; receivedAt: Date }): Promise<boolean>;
  markProcessed(key: string, at: Date): Promise<void>;
  markFailed(key: string, error: string): Promise<void>;
  /** Deliveries acknowledged to Lark whose processing has not finished yet: how far behind the bot is. */
  inProgressCount(): Promise<number>;
  /** Deliveries to process again: failed ones, and received ones whose processing never finished. */
  unfinished(input: { limit: number; maximumAttempts: number; receivedBefore: Date }): Promise<StoredDelivery[]>;
}
