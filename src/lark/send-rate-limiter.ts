/**
 * Keeps sends within Lark's limits (LARK.md §4): 50 calls per second for the app and 5 per second to one person.
 * A sliding one-second window per key; `delayFor` says how long to wait before the next call may go.
 */
export class SendRateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly perApp = 50,
    private readonly perRecipient = 5,
    private readonly windowMs = 1000,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.windows.get(key) ?? []).filter((time) => now - time < this.windowMs);
    this.windows.set(key, times);
    return times;
  }

  delayFor(recipient: string | null, now: number): number {
    const delays = [this.waitFor('app', this.perApp, now)];
    if (recipient) delays.push(this.waitFor(`to:${recipient}`, this.perRecipient, now));
    return Math.max(...delays);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const times = this.recent(key, now);
    return times.length < limit ? 0 : times[0]! + this.windowMs - now;
  }

  record(recipient: string | null, now: number): void {
    this.recent('app', now).push(now);
    if (recipient) this.recent(`to:${recipient}`, now).push(now);
  }
}
