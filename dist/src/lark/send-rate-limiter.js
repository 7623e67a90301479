/**
 * Keeps calls within Lark's limits (LARK.md §4): 50 calls per second for the app and 5 per second to one recipient
 * (a person's chat, or one card being updated). Sliding one-second windows per key.
 *
 * A call is counted when its answer came back, not when it left: Lark counted it on arrival, which was no later, so a
 * slow first call (one that also fetched a token, say) cannot squeeze six calls into one of Lark's windows. Calls
 * still in flight count as if answered now: whenever Lark counts them, it is no earlier than the moment a new call
 * is weighed, so the calls in flight plus those answered within the window bound what Lark can see in any window.
 */
const inFlightRecheckMs = 25;
export class SendRateLimiter {
    perApp;
    perRecipient;
    windowMs;
    windows = new Map();
    inFlight = new Map();
    pausedUntil = 0;
    constructor(perApp = 50, perRecipient = 5, windowMs = 1000) {
        this.perApp = perApp;
        this.perRecipient = perRecipient;
        this.windowMs = windowMs;
    }
    /** Milliseconds until the app may make one more call. */
    appDelay(now) {
        return Math.max(this.pausedUntil - now, this.waitFor('app', this.perApp, now), 0);
    }
    /** Milliseconds until one more message may go to this recipient. */
    recipientDelay(recipient, now) {
        return this.waitFor(`to:${recipient}`, this.perRecipient, now);
    }
    /** A call leaves now (to a recipient, or not, like an upload); `answered` must follow when its answer is back. */
    begin(recipient) {
        for (const key of this.keysOf(recipient))
            this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    }
    /** The call begun for this recipient came back at `answeredAt`, and is counted there. */
    answered(recipient, answeredAt) {
        // Forgets every key not written to within the window, so the map stays as small as the last second's traffic.
        for (const other of [...this.windows.keys()])
            this.recent(other, answeredAt);
        for (const key of this.keysOf(recipient)) {
            const remaining = (this.inFlight.get(key) ?? 1) - 1;
            if (remaining > 0)
                this.inFlight.set(key, remaining);
            else
                this.inFlight.delete(key);
            this.windows.set(key, [...(this.windows.get(key) ?? []), answeredAt]);
        }
    }
    /** Lark said the app is over its limit: no calls at all until `until`. */
    pause(until) {
        this.pausedUntil = Math.max(this.pausedUntil, until);
    }
    keysOf(recipient) {
        return recipient === null ? ['app'] : ['app', `to:${recipient}`];
    }
    recent(key, now) {
        const times = (this.windows.get(key) ?? []).filter((time) => now - time < this.windowMs);
        if (times.length === 0)
            this.windows.delete(key);
        else
            this.windows.set(key, times);
        return times;
    }
    waitFor(key, limit, now) {
        const times = this.recent(key, now);
        const free = limit - (this.inFlight.get(key) ?? 0);
        if (times.length < free)
            return 0;
        // Every slot is taken by a call still in flight: look again shortly, once one of them may have come back.
        if (free <= 0)
            return inFlightRecheckMs;
        const windowOpensAt = times[times.length - free] + this.windowMs;
        return Math.max(windowOpensAt - now, 0);
    }
}
//# sourceMappingURL=send-rate-limiter.js.map