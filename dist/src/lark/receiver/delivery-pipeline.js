import { handleCardAction } from "../handlers/card-action-handler.js";
import { handleMessage } from "../handlers/message-handler.js";
import { deduplicationKey } from "./deduplication-key.js";
import { parseDelivery } from "./delivery-schemas.js";
import { verifyDelivery } from "./verify-delivery.js";
const maximumAttempts = 5;
const stillWorking = Symbol('still working');
/**
 * The door for every delivery: verify the raw bytes, parse, store once under its key, then act. A delivery is
 * stored before Lark gets its 200, so an answer that fails while being processed is retried, not lost.
 */
export class DeliveryPipeline {
    options;
    constructor(options) {
        this.options = options;
    }
    async receiveHttp(rawBody, headers) {
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
        if (verified.kind === 'url_verification')
            return { status: 200, body: { challenge: verified.challenge } };
        return this.receiveEnvelope(verified.envelope);
    }
    /** For deliveries already authenticated by their transport (the long connection) or by receiveHttp. */
    async receiveEnvelope(envelope) {
        const parsed = parseDelivery(envelope);
        if (parsed.type === 'invalid') {
            this.options.logger.warn({ field: parsed.field }, `refused a malformed Lark delivery: ${parsed.reason}`);
            return { status: 400, body: { error: 'invalid_delivery', field: parsed.field } };
        }
        if (parsed.type === 'ignored')
            return { status: 200, body: {} };
        const key = deduplicationKey(parsed);
        const isNew = await this.options.inboundEvents.record({ key, eventType: parsed.type, payload: envelope, receivedAt: this.options.handlers.now() });
        if (!isNew) {
            this.options.logger.info({ key }, 'ignored a redelivered Lark event');
            return { status: 200, body: {} };
        }
        const work = this.process(key, parsed);
        const budget = new Promise((resolve) => setTimeout(() => resolve(stillWorking), this.options.answerWithinMs ?? 2500).unref());
        const outcome = await Promise.race([work, budget]);
        if (outcome === stillWorking) {
            return { status: 200, body: parsed.type === 'card_action' ? { toast: { type: 'info', content: '已收到，正在处理' } } : {} };
        }
        return { status: 200, body: outcome ?? {} };
    }
    async process(key, delivery) {
        try {
            const answer = delivery.type === 'card_action' ? await handleCardAction(this.options.handlers, delivery) : delivery.type === 'message' ? (await handleMessage(this.options.handlers, delivery), undefined) : undefined;
            await this.options.inboundEvents.markProcessed(key, this.options.handlers.now());
            this.options.onProcessed?.();
            return answer;
        }
        catch (error) {
            this.options.logger.error({ err: error, key }, 'processing a Lark delivery failed; it is kept and will be retried');
            await this.options.inboundEvents.markFailed(key, error instanceof Error ? error.message : String(error)).catch(() => undefined);
            return delivery.type === 'card_action' ? { toast: { type: 'warning', content: '系统繁忙，已记下您的操作，稍后自动处理' } } : undefined;
        }
    }
    /** Processes again what failed, or what was received but never finished (a crash mid-way). */
    async retryUnfinished(olderThanMs = 30_000) {
        const unfinished = await this.options.inboundEvents.unfinished({
            limit: 50,
            maximumAttempts,
            receivedBefore: new Date(this.options.handlers.now().getTime() - olderThanMs),
        });
        for (const stored of unfinished) {
            const parsed = parseDelivery(stored.payload);
            if (parsed.type === 'invalid' || parsed.type === 'ignored') {
                await this.options.inboundEvents.markProcessed(stored.key, this.options.handlers.now());
                continue;
            }
            await this.process(stored.key, parsed);
        }
        return unfinished.length;
    }
}
//# sourceMappingURL=delivery-pipeline.js.map