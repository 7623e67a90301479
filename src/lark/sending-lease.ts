import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../logging/logger.ts';
import type { OutboxQueue } from '../ports/outbox-queue.ts';

// Long enough that a busy database does not lose it between renewals; short enough that the messages of a process
// that died (kill -9, a lost machine) wait only seconds for another process to take over.
const defaultDurationMs = 10_000;
// A call to Lark in flight when the lease ends must not overlap another holder's first calls: this process stops
// starting calls this long before its lease ends, as it last saw it. Also covers small clock differences between
// machines, which take an expired lease by their own clock.
const safetyMarginMs = 3_000;
// A process without the lease asks for it at most this often however often it polls: each ask is a write.
const askAgainAfterMs = 1_000;

/**
 * Whether this process is the one that sends the outbox. Several services (and a command line) may share one
 * database; only the lease holder sends, so each message goes once and the app's 50 calls a second to Lark are
 * counted in one place. The holder renews the lease well before it ends; another process takes it once it has expired.
 */
export class SendingLease {
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private heldUntil = 0;
  private refusedAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<boolean> | undefined;

  constructor(
    private readonly queue: OutboxQueue,
    private readonly logger: Logger,
    private readonly durationMs = defaultDurationMs,
  ) {}

  /** True while this process may start a call to Lark. */
  isHeld(): boolean {
    return Date.now() < this.heldUntil - safetyMarginMs;
  }

  /** Takes or renews the lease; false while another process holds it. Concurrent callers share one attempt. */
  renew(): Promise<boolean> {
    if (this.heldUntil === 0 && Date.now() - this.refusedAt < askAgainAfterMs) return Promise.resolve(false);
    this.renewing ??= this.attempt().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  /** Keeps trying to hold the lease, renewing it four times per duration, until `stop`. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.renew().catch((error: unknown) => this.logger.error({ err: error }, 'could not renew the sending lease'));
    }, this.durationMs / 4);
    void this.renew().catch((error: unknown) => this.logger.error({ err: error }, 'could not take the sending lease'));
  }

  /** Stops renewing and gives the lease up, so that another process takes over at once. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.renewing?.catch(() => undefined);
    const held = this.heldUntil > Date.now();
    this.heldUntil = 0;
    if (held) await this.queue.releaseSendingLease(this.holder);
  }

  private async attempt(): Promise<boolean> {
    const startedAt = Date.now();
    const wasHeld = this.heldUntil > startedAt;
    const held = await this.queue.holdSendingLease(this.holder, new Date(startedAt), new Date(startedAt + this.durationMs));
    // Counted from before the request: the database may have taken a while to answer.
    this.heldUntil = held ? startedAt + this.durationMs : 0;
    if (!held) this.refusedAt = startedAt;
    if (held && !wasHeld) this.logger.info({ holder: this.holder }, 'this process now sends the outbox');
    if (!held && wasHeld) this.logger.warn({ holder: this.holder }, 'lost the sending lease; another process sends the outbox');
    return held;
  }
}
