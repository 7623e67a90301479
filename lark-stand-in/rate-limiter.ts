import { LarkApiError, larkMessages } from './lark-api-error.ts';

const windowMs = 1000;

/** Sliding one-second windows per key; off by default so ordinary tests are not slowed or failed by it. */
export class RateLimiter {
  enabled = false;
  readonly #now: () => number;
  readonly #windows = new Map<string, number[]>();

  constructor(now: () => number) {
    this.#now = now;
  }

  /** True when one more call under `key` stays within `perSecond`; the call is then counted. */
  tryAcquire(key: string, perSecond: number): boolean {
    if (!this.enabled) return true;
    const now = this.#now();
    const recent = (this.#windows.get(key) ?? []).filter((at) => now - at < windowMs);
    if (recent.length >= perSecond) {
      this.#windows.set(key, recent);
      return false;
    }
    recent.push(now);
    this.#windows.set(key, recent);
    return true;
  }

  clear(): void {
    this.#windows.clear();
  }
}

// Lark's documented limits: 50 calls/s per app at the gateway, 5 sends/s into one chat, 5 updates/s of one card.
const appCallsPerSecond = 50;
const sendsPerChatPerSecond = 5;
const updatesPerMessagePerSecond = 5;

export function admitAppCall(limiter: RateLimiter): void {
  if (limiter.tryAcquire('app', appCallsPerSecond)) return;
  throw new LarkApiError(429, 99991400, larkMessages.gatewayRateLimit, {
    'x-ogw-ratelimit-limit': String(appCallsPerSecond),
    'x-ogw-ratelimit-reset': '1',
  });
}

export function admitSendToChat(limiter: RateLimiter, chatId: string): void {
  if (limiter.tryAcquire(`chat:${chatId}`, sendsPerChatPerSecond)) return;
  throw new LarkApiError(400, 230020, larkMessages.recipientRateLimit);
}

export function admitCardUpdate(limiter: RateLimiter, messageId: string): void {
  if (limiter.tryAcquire(`message:${messageId}`, updatesPerMessagePerSecond)) return;
  throw new LarkApiError(400, 230020, larkMessages.recipientRateLimit);
}
