// A `c-…` token from a button press may update that card later: for 30 minutes, at most twice.
const lifetimeMs = 30 * 60 * 1000;
const usesPerToken = 2;

interface CardUpdateGrant {
  messageId: string;
  expiresAt: number;
  usesLeft: number;
}

export type CardUpdateTokenUse =
  | { ok: true; messageId: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'used_up' };

export class CardUpdateTokens {
  readonly #now: () => number;
  readonly #grants = new Map<string, CardUpdateGrant>();

  constructor(now: () => number) {
    this.#now = now;
  }

  grant(token: string, messageId: string): void {
    this.#grants.set(token, { messageId, expiresAt: this.#now() + lifetimeMs, usesLeft: usesPerToken });
  }

  use(token: string): CardUpdateTokenUse {
    const grant = this.#grants.get(token);
    if (grant === undefined) return { ok: false, reason: 'unknown' };
    if (grant.expiresAt <= this.#now()) return { ok: false, reason: 'expired' };
    if (grant.usesLeft <= 0) return { ok: false, reason: 'used_up' };
    grant.usesLeft -= 1;
    return { ok: true, messageId: grant.messageId };
  }

  clear(): void {
    this.#grants.clear();
  }
}
