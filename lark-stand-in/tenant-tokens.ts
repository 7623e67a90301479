import { newTenantAccessToken } from './lark-ids.ts';

const lifetimeMs = 2 * 60 * 60 * 1000;
// Lark hands out the same token again until less than 30 minutes remain, then a fresh one.
const reissueBelowMs = 30 * 60 * 1000;

export interface IssuedToken {
  token: string;
  expireSeconds: number;
}

export class TenantTokens {
  readonly #now: () => number;
  readonly #expiresAt = new Map<string, number>();
  #current: string | undefined;

  constructor(now: () => number) {
    this.#now = now;
  }

  issue(): IssuedToken {
    const now = this.#now();
    const currentExpiry = this.#current === undefined ? undefined : this.#expiresAt.get(this.#current);
    if (this.#current !== undefined && currentExpiry !== undefined && currentExpiry - now > reissueBelowMs) {
      return { token: this.#current, expireSeconds: Math.floor((currentExpiry - now) / 1000) };
    }
    const token = newTenantAccessToken();
    this.#expiresAt.set(token, now + lifetimeMs);
    this.#current = token;
    return { token, expireSeconds: lifetimeMs / 1000 };
  }

  isValid(token: string): boolean {
    const expiresAt = this.#expiresAt.get(token);
    return expiresAt !== undefined && expiresAt > this.#now();
  }

  revoke(token: string): void {
    this.#expiresAt.delete(token);
    if (this.#current === token) this.#current = undefined;
  }

  revokeAll(): void {
    this.#expiresAt.clear();
    this.#current = undefined;
  }
}
