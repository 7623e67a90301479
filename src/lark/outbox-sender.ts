import type { Logger } from '../logging/logger.ts';
import type { Notification } from '../ports/notifications.ts';
import type { OutboxQueue, QueuedMessage } from '../ports/outbox-queue.ts';
import type { LarkMessenger } from './messenger.ts';
import { MessengerError } from './messenger-error.ts';
import { renderNotification } from './render-notification.ts';
import { SendRateLimiter } from './send-rate-limiter.ts';

const maximumAttempts = 20;
const batchSize = 100;

export function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  return Math.min(500 * 3 ** Math.max(0, attempts - 1), 5 * 60_000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends what the outbox holds, oldest first. A transient failure is retried with backoff; a permanent one is
 * recorded and logged. Every send carries the row's uuid, so a retry after a lost answer cannot deliver twice.
 */
export class OutboxSender {
  private readonly limiter = new SendRateLimiter();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly messenger: LarkMessenger,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(pollMs = 250): void {
    this.stopped = false;
    const tick = async () => {
      try {
        await this.sendDue();
      } catch (error) {
        this.logger.error({ err: error }, 'outbox sender failed to read the outbox');
      }
      if (!this.stopped) this.timer = setTimeout(tick, pollMs);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over what is due now; concurrent callers share the pass in progress. */
  sendDue(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Sends until nothing is due, waiting for retries up to `timeoutMs`; for commands that must deliver before exiting. */
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

  private async pass(): Promise<number> {
    const due = await this.queue.due(this.now(), batchSize);
    const latestPatch = new Map<string, QueuedMessage>();
    for (const message of due) if (message.operation === 'patch' && message.targetOutboxId) latestPatch.set(message.targetOutboxId, message);
    const superseded = due.filter((message) => message.operation === 'patch' && message.targetOutboxId && latestPatch.get(message.targetOutboxId) !== message);
    await this.queue.markSuperseded(superseded.map((message) => message.id));

    const held = new Set<string>();
    let sent = 0;
    for (const message of due) {
      if (superseded.includes(message)) continue;
      const key = message.receiveId ?? `card:${message.targetOutboxId}`;
      // Once one message to a person has to wait, later ones to the same person wait too, keeping their order.
      if (held.has(key)) continue;
      if (await this.deliver(message)) sent += 1;
      else held.add(key);
    }
    return sent;
  }

  private async deliver(message: QueuedMessage): Promise<boolean> {
    const recipient = message.receiveId ?? `card:${message.targetOutboxId}`;
    try {
      const wait = this.limiter.delayFor(recipient, Date.now());
      if (wait > 0) await sleep(wait);
      this.limiter.record(recipient, Date.now());
      const larkMessageId = await this.perform(message);
      if (larkMessageId === undefined) return false;
      await this.queue.markSent(message.id, larkMessageId, this.now());
      return true;
    } catch (error) {
      const failure = error instanceof MessengerError ? error : new MessengerError(String(error), false);
      const attempts = message.attempts + 1;
      if (failure.retryable && attempts < maximumAttempts) {
        const delay = retryDelayMs(attempts, failure.retryAfterMs);
        this.logger.warn({ outboxId: message.id, attempts, delayMs: delay, larkCode: failure.larkCode }, `will retry: ${failure.message}`);
        await this.queue.markRetry(message.id, attempts, new Date(this.now().getTime() + delay), failure.message);
      } else {
        this.logger.error({ outboxId: message.id, attempts, larkCode: failure.larkCode, receiveId: message.receiveId }, `message not delivered: ${failure.message}`);
        await this.queue.markFailed(message.id, attempts, failure.message);
      }
      return false;
    }
  }

  /** Returns Lark's message id (null for updates), or undefined when the message must wait for its card. */
  private async perform(message: QueuedMessage): Promise<string | null | undefined> {
    if (message.operation === 'file') {
      if (!message.receiveId || !message.fileBytes || !message.fileName) throw new MessengerError('file message without recipient or bytes', false);
      const fileKey = await this.messenger.uploadFile(message.fileName, message.fileBytes);
      return this.messenger.send({ openId: message.receiveId, msgType: 'file', content: JSON.stringify({ file_key: fileKey }), uuid: message.uuid });
    }
    const notification = JSON.parse(message.content ?? 'null') as Notification;
    const rendered = renderNotification(notification);
    if (message.operation === 'send') {
      if (!message.receiveId) throw new MessengerError('message without recipient', false);
      return this.messenger.send({ openId: message.receiveId, msgType: rendered.msgType, content: rendered.content, uuid: message.uuid });
    }
    const target = message.targetOutboxId ? await this.queue.target(message.targetOutboxId) : null;
    if (!target || target.status === 'failed') throw new MessengerError('the card to update was never delivered', false);
    if (!target.larkMessageId) {
      await this.queue.markRetry(message.id, message.attempts, new Date(this.now().getTime() + 500), 'waiting for the card to be sent');
      return undefined;
    }
    await this.messenger.updateCard(target.larkMessageId, rendered.content);
    return null;
  }
}
