/**
 * Keeps calls within Lark's limits (LARK.md §4): 50 calls per second for the app and 5 per second to one recipient
 * (a person's chat, or one card being updated). Sliding one-second windows per key.
 *
 * A call is counted when its answer came back, not when it left: Lark counted it on arrival, which was no later, so a
 * slow first call (one that also fetched a token, say) cannot squeeze six calls into one of Lark's windows.
 */
export class SendRateLimiter {
  private readonly windows = new Map<string, number[]>();
  private pausedUntil = 0;

  constructor(
    private readonly perApp = 50,
    private readonly perRecipient = 5,
    private readonly windowMs = 1000,
  ) {}

  /** Milliseconds until the app may make one more call. */
  appDelay(now: number): number {
    return Math.max(this.pausedUntil - now, this.waitFor('app', this.perApp, now), 0);
  }

  /** Milliseconds until one more message may go to this recipient. */
  recipientDelay(recipient: string, now: number): number {
    return this.waitFor(`to:${recipient}`, this.perRecipient, now);
  }

  /** A call made (to a recipient, or not, like an upload), counted at `answeredAt`. */
  record(recipient: string | null, answeredAt: number): void {
    this.count('app', answeredAt);
    if (recipient !== null) this.count(`to:${recipient}`, answeredAt);
  }

  /** Lark said the app is over its limit: no calls at all until `until`. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.windows.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (times.length === 0) this.windows.delete(key);
    else this.windows.set(key, times);
    return times;
  }

  private count(key: string, at: number): void {
    // Forgets every recipient not written to within the window, so the map stays as small as the last second's traffic.
    for (const other of [...this.windows.keys()]) this.recent(other, at);
    this.windows.set(key, [...(this.windows.get(key) ?? []), at]);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const times = this.recent(key, now);
    if (times.length < limit) return 0;
    const windowOpensAt = times[times.length - limit]! + this.windowMs;
    return Math.max(windowOpensAt - now, 0);
  }
}
