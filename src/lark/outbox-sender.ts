import type { Logger } from '../logging/logger.ts';
import type { OutboxQueue, QueuedMessage } from '../ports/outbox-queue.ts';
import type { LarkMessenger } from './messenger.ts';
import { MessengerError } from './messenger-error.ts';
import { renderNotification } from './render-notification.ts';
import { SendRateLimiter } from './send-rate-limiter.ts';

const maximumAttempts = 20;
const batchSize = 100;
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
 * Sends what the outbox holds, oldest first. A transient failure is retried with backoff; a permanent one is
 * recorded and logged. Every send carries the row's uuid, so a retry after a lost answer cannot deliver twice.
 */
export class OutboxSender {
  // The SDK asks Lark for its tenant token on its own, a call this count cannot see: one call a second is left for it.
  private readonly limiter = new SendRateLimiter(49);
  // Until one call has been answered the SDK has no token, and every call made side by side would fetch its own.
  private connected = false;
  private appTurns: Promise<void> = Promise.resolve();
  // Lark's file_key of files uploaded for a row not yet sent, so a retried send does not upload the bytes again.
  private readonly uploadedFiles = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private polling = false;
  private stopping = false;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly messenger: LarkMessenger,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(pollMs = 250): void {
    if (this.polling) return;
    this.polling = true;
    const tick = async () => {
      try {
        await this.sendDue();
      } catch (error) {
        this.logger.error({ err: error }, 'outbox sender failed to read or update the outbox');
      }
      if (this.polling) this.timer = setTimeout(tick, pollMs);
    };
    void tick();
  }

  /** Stops polling; a pass in progress ends after the message it is sending, and what is left waits for the next start. */
  async stop(): Promise<void> {
    this.polling = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
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

  /** Sends until nothing is pending, waiting for retries up to `timeoutMs`; for commands that must deliver before exiting. */
  async drain(timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let sent = 0;
    while (Date.now() < deadline) {
      sent += await this.sendDue();
      if ((await this.queue.pendingCount()) === 0) break;
      await sleep(200);
    }
    return sent;
  }

  /**
   * Each recipient's messages go out one after another, in order; different recipients' go out side by side, so
   * the rate reached is Lark's limit rather than one call per round trip.
   */
  private async pass(): Promise<number> {
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
    const sentPerLane = await Promise.all(waiting.map(([recipient, messages]) => this.sendLane(recipient, messages)));
    return sentPerLane.reduce((total, count) => total + count, sent);
  }

  /** One recipient's due messages, oldest first; the first that cannot go now holds back the ones after it. */
  private async sendLane(recipient: string, messages: readonly QueuedMessage[]): Promise<number> {
    let sent = 0;
    for (const message of messages) {
      // A recipient at its limit waits for the next pass instead of holding up the pass for everyone else.
      if (this.stopping || this.limiter.appDelay(Date.now()) > longestWaitInPassMs || this.limiter.recipientDelay(recipient, Date.now()) > 0) break;
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
    this.uploadedFiles.delete(message.id);
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
    this.uploadedFiles.delete(message.id);
  }

  /** Makes the Lark call(s) for one row; returns Lark's message id, or null for a card update. */
  private async perform(message: QueuedMessage, recipient: string): Promise<string | null> {
    if (message.operation === 'file') {
      const { receiveId, fileName, fileBytes } = message;
      if (!receiveId || !fileName || !fileBytes) throw new MessengerError('文件消息缺少接收人、文件名或文件内容', 'permanent');
      let fileKey = this.uploadedFiles.get(message.id);
      if (fileKey === undefined) {
        fileKey = await this.call(null, () => this.messenger.uploadFile(fileName, fileBytes));
        this.uploadedFiles.set(message.id, fileKey);
      }
      const content = JSON.stringify({ file_key: fileKey });
      return this.call(recipient, () => this.messenger.send({ openId: receiveId, msgType: 'file', content, uuid: message.uuid }));
    }
    const rendered = renderNotification(this.queue.notificationOf(message));
    if (message.operation === 'send') {
      const receiveId = message.receiveId;
      if (!receiveId) throw new MessengerError('消息缺少接收人', 'permanent');
      return this.call(recipient, () => this.messenger.send({ openId: receiveId, msgType: rendered.msgType, content: rendered.content, uuid: message.uuid }));
    }
    // The queue hands out an update only once its card was sent or has failed.
    const cardMessageId = message.target?.status === 'sent' ? message.target.larkMessageId : null;
    if (!cardMessageId) throw new MessengerError('要更新的卡片没有发送成功，无法更新', 'permanent');
    await this.call(recipient, () => this.messenger.updateCard(cardMessageId, rendered.content));
    return null;
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
