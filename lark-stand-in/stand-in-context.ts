import { CardUpdateTokens } from './card-update-tokens.ts';
import { FailureInjector } from './failure-injection.ts';
import { tenantKeyFor } from './lark-ids.ts';
import { RateLimiter } from './rate-limiter.ts';
import { RecordingStore } from './recording-store.ts';
import { TenantTokens } from './tenant-tokens.ts';
import { UserDirectory, type LarkUser } from './user-directory.ts';

export interface StandInSettings {
  appId: string;
  appSecret: string;
  users?: LarkUser[];
  tenantKey?: string;
  /** The stand-in's clock, epoch milliseconds; token lifetimes, uuid windows and timestamps follow it. */
  now?: () => number;
  /** Receives one line per request; silent when absent. */
  log?: (line: string) => void;
  latency?: Latency;
}

/** How long the stand-in takes to answer an API call, as Lark does from a company network: `fixedMs` plus up to `jitterMs`. */
export interface Latency {
  fixedMs: number;
  jitterMs: number;
}

/** Everything the routes share: the app's identity, its directory, what was recorded and what is to go wrong. */
export interface StandInContext {
  appId: string;
  appSecret: string;
  tenantKey: string;
  now: () => number;
  log: (line: string) => void;
  users: UserDirectory;
  tokens: TenantTokens;
  records: RecordingStore;
  failures: FailureInjector;
  rateLimiter: RateLimiter;
  cardUpdateTokens: CardUpdateTokens;
  latency: Latency;
  /** Photos and files people sent, by their image or file key: what the message-resource API serves. */
  userResources: Map<string, UserResource>;
}

/** A photo or file a person sent in a message. */
export interface UserResource {
  messageId: string;
  kind: 'image' | 'file';
  bytes: Uint8Array;
  mediaType: string;
}

export function createStandInContext(settings: StandInSettings): StandInContext {
  const now = settings.now ?? Date.now;
  return {
    appId: settings.appId,
    appSecret: settings.appSecret,
    tenantKey: settings.tenantKey ?? tenantKeyFor(settings.appId),
    now,
    log: settings.log ?? (() => undefined),
    users: new UserDirectory(settings.appId, settings.users),
    // Tokens age in real time, as the SDK's token cache does: a clock moved to the day people act must not expire them.
    tokens: new TenantTokens(Date.now),
    records: new RecordingStore(),
    failures: new FailureInjector(),
    rateLimiter: new RateLimiter(now),
    cardUpdateTokens: new CardUpdateTokens(now),
    latency: settings.latency ?? { fixedMs: 0, jitterMs: 0 },
    userResources: new Map(),
  };
}
