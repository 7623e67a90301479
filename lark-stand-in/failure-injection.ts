export interface InjectedFailure {
  /** A string matches any request path containing it; a RegExp is tested against the path. */
  path?: RegExp | string;
  method?: string;
  /** How many matching requests fail; 1 by default. */
  count?: number;
  status: number;
  code: number;
  msg?: string;
  headers?: Record<string, string>;
}

interface PendingFailure {
  failure: InjectedFailure;
  remaining: number;
}

// Without a path a failure targets the bot's API calls, not the token fetch or the long-connection handshake the SDK
// makes on its own: a test saying "the next call fails" means the call the bot makes.
const infrastructurePaths = ['/open-apis/auth/v3/tenant_access_token/internal', '/callback/ws/endpoint'];

function matches(failure: InjectedFailure, method: string, path: string): boolean {
  if (failure.method !== undefined && failure.method.toUpperCase() !== method.toUpperCase()) return false;
  if (failure.path === undefined) return !infrastructurePaths.includes(path);
  if (typeof failure.path === 'string') return path.includes(failure.path);
  return failure.path.test(path);
}

export class FailureInjector {
  #pending: PendingFailure[] = [];

  add(failure: InjectedFailure): void {
    this.#pending.push({ failure, remaining: failure.count ?? 1 });
  }

  /** The failure this request must get, if any; each match uses up one of its count. */
  take(method: string, path: string): InjectedFailure | undefined {
    const pending = this.#pending.find((candidate) => matches(candidate.failure, method, path));
    if (pending === undefined) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.#pending = this.#pending.filter((candidate) => candidate !== pending);
    return pending.failure;
  }

  clear(): void {
    this.#pending = [];
  }
}
