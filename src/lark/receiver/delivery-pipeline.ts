import type { Logger } from '../../logging/logger.ts';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DeliveryClaim, InboundEvents } from '../../ports/inbound-events.ts';
import { type CardCallbackAnswer, handleCardAction } from '../handlers/card-action-handler.ts';
import type { HandlerDependencies } from '../handlers/handler-dependencies.ts';
import { handleMessage } from '../handlers/message-handler.ts';
import { deduplicationKey } from './deduplication-key.ts';
import { DeliveryQueue } from './delivery-queue.ts';
import { parseDelivery, type ParsedDelivery } from './delivery-schemas.ts';
import { type DeliveryHeaders, verifyDelivery } from './verify-delivery.ts';

export interface PipelineAnswer {
  status: number;
  body: unknown;
}

export interface DeliveryPipelineOptions {
  encryptKey?: string | undefined;
  verificationToken?: string | undefined;
  inboundEvents: InboundEvents;
  handlers: HandlerDependencies;
  logger: Logger;
  /**
   * Lark waits 3 s. A button press the bot is free to handle at once is answered with its result (the card as it now
   * stands) when that is ready within this budget; anything else is acknowledged as soon as it is stored.
   */
  answerWithinMs?: number;
  /** How many deliveries are processed at once; the rest wait their turn, stored. */
  concurrency?: number;
  /** Called after a delivery was processed, so the replies it queued go out now rather than at the next poll. */
  onProcessed?: () => void;
}

const maximumAttempts = 5;
const stillWorking = Symbol('still working');
// How long the process that stored a delivery has it to itself. A backlog longer than this is claimed again before
// processing; a process that died leaves its deliveries to the others once this has run out.
const claimMs = 120_000;
// A claim this close to its end is renewed before processing starts.
const renewClaimWithinMs = 30_000;
const quietAnswers = { message: {}, card_action: { toast: { type: 'info', content: '已收到，正在处理' } } } as const;

/**
 * The door for every delivery: verify the raw bytes, parse, store once under its key, acknowledge, then act. A
 * delivery is stored before Lark gets its 200, so one that fails while being processed is retried, not lost; and Lark
 * gets its 200 after that one write whatever the backlog, which is processed behind it at the database's pace.
 */
export class DeliveryPipeline {
  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly queue: DeliveryQueue;

  constructor(private readonly options: DeliveryPipelineOptions) {
    this.queue = new DeliveryQueue(options.concurrency ?? 4);
  }

  /** Deliveries this process has stored and not yet started on. */
  get waiting(): number {
    return this.queue.waiting;
  }

  async receiveHttp(rawBody: Buffer, headers: DeliveryHeaders): Promise<PipelineAnswer> {
    const verified = verifyDelivery({
      rawBody,
      headers,
      encryptKey: this.options.encryptKey,
      verificationToken: this.options.verificationToken,
      nowSeconds: Math.floor(this.options.handlers.now().getTime() / 1000),
    });
    if (!verified.ok) {
      this.options.logger.warn({ code: verified.code }, `refused a Lark delivery: ${verified.reason}`);
      return { status: verified.status, body: { error: verified.code } };
    }
    if (verified.kind === 'url_verification') return { status: 200, body: { challenge: verified.challenge } };
    return this.receiveEnvelope(verified.envelope);
  }

  /** For deliveries already authenticated by their transport (the long connection) or by receiveHttp. */
  async receiveEnvelope(envelope: unknown): Promise<PipelineAnswer> {
    const parsed = parseDelivery(envelope);
    if (parsed.type === 'invalid') {
      this.options.logger.warn({ field: parsed.field }, `refused a malformed Lark delivery: ${parsed.reason}`);
      return { status: 400, body: { error: 'invalid_delivery', field: parsed.field } };
    }
    if (parsed.type === 'ignored') return { status: 200, body: {} };
    const key = deduplicationKey(parsed);
    const claim = this.newClaim();
    const isNew = await this.options.inboundEvents.record({ key, eventType: parsed.type, payload: envelope, receivedAt: this.options.handlers.now(), claim });
    if (!isNew) {
      this.options.logger.info({ key }, 'ignored a redelivered Lark event');
      return { status: 200, body: {} };
    }
    const answerWithResult = parsed.type === 'card_action' && this.queue.idle;
    const work = this.queue.add(personOf(parsed), () => this.process(key, parsed, claim));
    if (!answerWithResult) return { status: 200, body: quietAnswers[parsed.type] };
    const budget = new Promise<typeof stillWorking>((resolve) => setTimeout(() => resolve(stillWorking), this.options.answerWithinMs ?? 2500).unref());
    const outcome = await Promise.race([work, budget]);
    return { status: 200, body: outcome === stillWorking ? quietAnswers[parsed.type] : (outcome ?? {}) };
  }

  private newClaim(): DeliveryClaim {
    return { holder: this.holder, until: new Date(Date.now() + claimMs) };
  }

  /**
   * Processes a delivery this process has claimed, after claiming it again when the claim is about to run out. Never
   * rejects: nobody may be waiting for it, and a failure is stored for the retry.
   */
  private async process(key: string, delivery: ParsedDelivery, claim: DeliveryClaim): Promise<CardCallbackAnswer | undefined> {
    try {
      if (claim.until.getTime() - Date.now() < renewClaimWithinMs && !(await this.options.inboundEvents.claim(key, this.newClaim(), new Date()))) {
        this.options.logger.info({ key }, 'another process has taken this delivery up');
        return undefined;
      }
      const answer =
        delivery.type === 'card_action' ? await handleCardAction(this.options.handlers, delivery) : delivery.type === 'message' ? (await handleMessage(this.options.handlers, delivery), undefined) : undefined;
      await this.options.inboundEvents.markProcessed(key, this.options.handlers.now());
      this.options.onProcessed?.();
      return answer;
    } catch (error) {
      this.options.logger.error({ err: error, key }, 'processing a Lark delivery failed; it is kept and will be retried');
      await this.options.inboundEvents.markFailed(key, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      return delivery.type === 'card_action' ? { toast: { type: 'warning', content: '系统繁忙，已记下您的操作，稍后自动处理' } } : undefined;
    }
  }

  /**
   * Processes again what failed, or what was received but never finished by a process whose claim has run out (it
   * crashed mid-way); returns how many it took up.
   */
  async retryUnfinished(olderThanMs = 30_000): Promise<number> {
    const unfinished = await this.options.inboundEvents.unfinished({
      limit: 50,
      maximumAttempts,
      receivedBefore: new Date(this.options.handlers.now().getTime() - olderThanMs),
      unclaimedAt: new Date(),
    });
    const retries: Array<Promise<unknown>> = [];
    for (const stored of unfinished) {
      const claim = this.newClaim();
      if (!(await this.options.inboundEvents.claim(stored.key, claim, new Date()))) continue;
      const parsed = parseDelivery(stored.payload);
      if (parsed.type === 'invalid' || parsed.type === 'ignored') {
        await this.options.inboundEvents.markProcessed(stored.key, this.options.handlers.now());
        continue;
      }
      retries.push(this.queue.add(personOf(parsed), () => this.process(stored.key, parsed, claim)));
    }
    await Promise.all(retries);
    return retries.length;
  }
}

/** Whose turn a delivery waits for: the person who wrote the message or pressed the button. */
function personOf(delivery: Exclude<ParsedDelivery, { type: 'ignored' }>): string {
  return delivery.type === 'message' ? delivery.senderOpenId : delivery.operatorOpenId;
}
