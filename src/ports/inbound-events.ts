export interface StoredDelivery {
  key: string;
  eventType: string;
  payload: unknown;
  attempts: number;
}

/** Who is processing a delivery, and until when nobody else may. */
export interface DeliveryClaim {
  holder: string;
  until: Date;
}

/** Deliveries as Lark sent them, remembered by message_id or event_id so a redelivery has no second effect. */
export interface InboundEvents {
  /** Stores a delivery, claimed by the process that received it; false when the key was seen before. */
  record(delivery: { key: string; eventType: string; payload: unknown; receivedAt: Date; claim: DeliveryClaim }): Promise<boolean>;
  /**
   * Claims an unfinished delivery for processing: true unless it is finished or another holder's claim still runs at
   * `now`. Renews a claim the holder already has.
   */
  claim(key: string, claim: DeliveryClaim, now: Date): Promise<boolean>;
  markProcessed(key: string, at: Date): Promise<void>;
  /** Records the failure and lets the claim go, so that any process may try again. */
  markFailed(key: string, error: string): Promise<void>;
  /**
   * Deliveries to process again: failed ones, and received ones whose processing never finished. With `unclaimedAt`,
   * only those nobody's claim covers at that moment.
   */
  unfinished(input: { limit: number; maximumAttempts: number; receivedBefore: Date; unclaimedAt?: Date }): Promise<StoredDelivery[]>;
}
