import type { Logger } from '../logging/logger.ts';
import type { OutboxQueue, QueuedMessage } from '../ports/outbox-queue.ts';
import type { LarkMessenger } from './messenger.ts';
import { MessengerError } from './messenger-error.ts';
import { renderNotification } from './render-notification.ts';
import { SendRateLimiter } from './send-rate-limiter.ts';
import type { SendingLease } from './sending-lease.ts';

const maximumAttempts = 20;
// Enough for five seconds at Lark's 50 calls a second, so the lanes of one pass keep the app's window full.
const batchSize = 250;
// Waits for the app's rate limit up to this long happen inside a pass; a longer pause Lark asked for ends the pass,
// so that stopping the service never waits on it.
const longestWaitInPassMs = 1000;

/** 0.5 s, 1.5 s, 4.5 s … at most 5 minutes (LARK.md §4), unless Lark said how long to wait. */
function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  return Math.min(500 * 3 ** Math.max(0, attempts - 1), 5 * 60_000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whose 5-per-second limit a message counts against: the person's chat, or the card being updated. */
function recipientOf(message: QueuedMessage): string {
  return message.receiveId ?? `card:${message.targetOutboxId ?? message.id}`;
}

/**
 * Sends what the outbox holds, oldest first, while this process holds the sending lease. A transient failure is
 * retried with backoff; a permanent one is recorded and logged. Every send carries the row's uuid, so a retry after a
 * lost answer cannot deliver twice.
 */
export class OutboxSender {
  // The SDK asks Lark for its tenant token on its own, a call this count cannot see: one call a second is left for it.
  private readonly limiter = new SendRateLimiter(49);
  // Until one call has been answered the SDK has no token, and every call made side by side would fetch its own.
  private connected = false;
  private appTurns: Promise<void> = Promise.resolve();
  // Uploads of this pass by stored file: lanes sending one file to many people side by side share one upload.
  private readonly uploads = new Map<string, Promise<string>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private polling = false;
  private stopping = false;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly messenger: LarkMessenger,
    private readonly logger: Logger,
    private readonly lease: SendingLease,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Polls the outbox, sending whenever this process holds the lease, which it keeps trying to take. */
  start(pollMs = 250): void {
    if (this.polling) return;
    this.polling = true;
    this.lease.start();
    const tick = async () => {
      let sent = 0;
      try {
        sent = await this.sendDue();
      } catch (error) {
        this.logger.error({ err: error }, 'outbox sender failed to read or update the outbox');
      }
      // After a pass that sent, more is likely waiting (a push of thousands): the next pass starts at once.
      if (this.polling) this.timer = setTimeout(tick, sent > 0 ? 0 : pollMs);
    };
    void tick();
  }

  /**
   * Stops polling and gives the lease up; a pass in progress ends after the message it is sending, and what is left
   * waits for another process or the next start.
   */
  async stop(): Promise<void> {
    this.polling = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.lease.stop();
  }

  /** One pass over what is due now; concurrent callers share the pass in progress. */
  sendDue(): Promise<number> {
    if (!this.running) {
      this.stopping = false;
      this.running = this.pass().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /**
   * For a command that queued messages: sends until nothing is pending, waiting for retries up to `timeoutMs`, then
   * gives the lease up. When another process (the running service) holds the lease, the messages are left to it
   * instead: 'handed-over'.
   */
  async drain(timeoutMs = 30_000): Promise<'sent' | 'handed-over'> {
    if (!(await this.lease.renew())) return 'handed-over';
    this.lease.start();
    try {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        await this.sendDue();
        if ((await this.queue.pendingCount()) === 0) break;
        await sleep(200);
      }
      return 'sent';
    } finally {
      await this.lease.stop();
    }
  }

  /**
   * Each recipient's messages go out one after another, in order; different recipients' go out side by side, so
   * the rate reached is Lark's limit rather than one call per round trip.
   */
  private async pass(): Promise<number> {
    if (!this.lease.isHeld() && !(await this.lease.renew())) return 0;
    await this.queue.supersedeOutdatedUpdates();
    const due = await this.queue.due(this.now(), batchSize);
    const lanes = new Map<string, QueuedMessage[]>();
    for (const message of due) {
      const recipient = recipientOf(message);
      lanes.set(recipient, [...(lanes.get(recipient) ?? []), message]);
    }
    const waiting = [...lanes];
    let sent = 0;
    const [firstLane] = waiting;
    if (!this.connected && firstLane) {
      const [recipient, messages] = firstLane;
      sent = await this.sendLane(recipient, messages.slice(0, 1));
      this.connected = true;
      // A first message that could not go holds back the rest of its lane, as in any lane.
      waiting[0] = [recipient, sent === 1 ? messages.slice(1) : []];
    }
    try {
      const sentPerLane = await Promise.all(waiting.map(([recipient, messages]) => this.sendLane(recipient, messages)));
      return sentPerLane.reduce((total, count) => total + count, sent);
    } finally {
      this.uploads.clear();
    }
  }

  /** One recipient's due messages, oldest first; the first that cannot go now holds back the ones after it. */
  private async sendLane(recipient: string, messages: readonly QueuedMessage[]): Promise<number> {
    let sent = 0;
    for (const message of messages) {
      // A recipient at its limit waits for the next pass instead of holding up the pass for everyone else.
      if (this.stopping || !this.lease.isHeld() || this.limiter.appDelay(Date.now()) > longestWaitInPassMs || this.limiter.recipientDelay(recipient, Date.now()) > 0) break;
      if (!(await this.deliver(message, recipient))) break;
      sent += 1;
    }
    return sent;
  }

  private async deliver(message: QueuedMessage, recipient: string): Promise<boolean> {
    let larkMessageId: string | null;
    try {
      larkMessageId = await this.perform(message, recipient);
    } catch (error) {
      await this.recordFailure(message, error);
      return false;
    }
    // Outside the try: a database failure here is not a failed send. The row stays pending and its next send, with
    // the same uuid, gets the same message back from Lark.
    await this.queue.markSent(message.id, larkMessageId, this.now());
    return true;
  }

  private async recordFailure(message: QueuedMessage, error: unknown): Promise<void> {
    const failure = error instanceof MessengerError ? error : new MessengerError(error instanceof Error ? error.message : String(error), 'permanent');
    const attempts = message.attempts + 1;
    if (failure.kind === 'app-rate-limit') this.limiter.pause(Date.now() + retryDelayMs(attempts, failure.retryAfterMs));
    const context = { outboxId: message.id, operation: message.operation, receiveId: message.receiveId, attempts, larkCode: failure.larkCode };
    if (failure.retryable && attempts < maximumAttempts) {
      const delayMs = retryDelayMs(attempts, failure.retryAfterMs);
      this.logger.warn({ ...context, delayMs }, `will retry: ${failure.message}`);
      await this.queue.markRetry(message.id, attempts, new Date(this.now().getTime() + delayMs), failure.message);
      return;
    }
    this.logger.error(context, `message not delivered: ${failure.message}`);
    await this.queue.markFailed(message.id, attempts, failure.message);
  }

  /** Makes the Lark call(s) for one row; returns Lark's message id, or null for a card update. */
  private async perform(message: QueuedMessage, recipient: string): Promise<string | null> {
    if (message.operation === 'file') {
      const { receiveId, fileName, file } = message;
      if (!receiveId || !fileName || !file) throw new MessengerError('文件消息缺少接收人、文件名或文件内容', 'permanent');
      const fileKey = file.larkFileKey ?? (await this.uploadOnce(file.id, fileName));
      const content = JSON.stringify({ file_key: fileKey });
      return this.call(recipient, () => this.messenger.send({ openId: receiveId, msgType: 'file', content, uuid: message.uuid }));
    }
    const rendered = renderNotification(this.queue.notificationOf(message));
    if (message.operation === 'send' || message.operation === 'urgent') {
      const receiveId = message.receiveId;
      if (!receiveId) throw new MessengerError('消息缺少接收人', 'permanent');
      const messageId = await this.call(recipient, () => this.messenger.send({ openId: receiveId, msgType: rendered.msgType, content: rendered.content, uuid: message.uuid }));
      // A retry after a failed buzz sends again under the same uuid, which Lark answers with the message already sent.
      if (message.operation === 'urgent') await this.buzz(message.id, messageId, receiveId, recipient);
      return messageId;
    }
    // The queue hands out an update only once its card was sent or has failed.
    const cardMessageId = message.target?.status === 'sent' ? message.target.larkMessageId : null;
    if (!cardMessageId) throw new MessengerError('要更新的卡片没有发送成功，无法更新', 'permanent');
    await this.call(recipient, () => this.messenger.updateCard(cardMessageId, rendered.content));
    return null;
  }

  private async buzz(outboxId: string, messageId: string, receiveId: string, recipient: string): Promise<void> {
    const result = await this.call(recipient, () => this.messenger.urgent(messageId, [receiveId]));
    if (result.invalid.length > 0) this.logger.warn({ outboxId, messageId, invalid: result.invalid }, 'Lark could not buzz these recipients');
  }

  private uploadOnce(fileId: string, fileName: string): Promise<string> {
    let upload = this.uploads.get(fileId);
    if (!upload) {
      upload = (async () => {
        const bytes = await this.queue.fileBytes(fileId);
        const fileKey = await this.call(null, () => this.messenger.uploadFile(fileName, bytes));
        await this.queue.rememberUploadedFile(fileId, fileKey);
        return fileKey;
      })();
      // A failed upload is tried afresh by the message's retry.
      upload.catch(() => this.uploads.delete(fileId));
      this.uploads.set(fileId, upload);
    }
    return upload;
  }

  /**
   * Waits for one of the app's calls, first come first served: a recipient whose earlier message just went does not
   * overtake those that have been waiting for the app's window to open. The slot is taken in the same turn as the
   * check, so two lanes never both take the last free call.
   */
  private takeAppSlot(recipient: string | null): Promise<void> {
    const turn = this.appTurns.then(async () => {
      for (let wait = this.limiter.appDelay(Date.now()); wait > 0; wait = this.limiter.appDelay(Date.now())) await sleep(wait);
      this.limiter.begin(recipient);
    });
    this.appTurns = turn;
    return turn;
  }

  /** One Lark call, within the app's rate limit, counted against the recipient's when it has one. */
  private async call<T>(recipient: string | null, request: () => Promise<T>): Promise<T> {
    await this.takeAppSlot(recipient);
    try {
      return await request();
    } finally {
      this.limiter.answered(recipient, Date.now());
    }
  }
}
