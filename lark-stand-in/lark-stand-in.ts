import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { observeDeliveries } from './delivery-observer.ts';
import { createEventDeliverer, type EventDeliverer } from './event-delivery.ts';
import type { InjectedFailure } from './failure-injection.ts';
import { LongConnection } from './long-connection.ts';
import type {
  RecordedCardAction,
  RecordedFile,
  RecordedMessage,
  RecordedUrgentCall,
  RecordedRequest,
  RecordedUserMessage,
  TranscriptEntry,
} from './recording-store.ts';
import { createLarkStandInApp } from './stand-in-app.ts';
import { createStandInContext, type Latency, type UserResource } from './stand-in-context.ts';
import type { DirectoryEntry, LarkUser } from './user-directory.ts';

export { createEventDeliverer } from './event-delivery.ts';
export type { DeliveryOverrides, DeliveryResult, EventDeliverer, PressResult, SentTextResult } from './event-delivery.ts';
export { buildEnvelope, type EventEnvelope } from './event-envelopes.ts';
export type { InjectedFailure } from './failure-injection.ts';
export { computeLarkSignature, decryptLarkPayload, encryptLarkPayload } from '../src/lark/receiver/lark-crypto.ts';
export { openIdFor, p2pChatIdFor } from './lark-ids.ts';
export type { LongConnectionAck } from './long-connection.ts';
export type { RecordedCardAction, RecordedFile, RecordedMessage, RecordedRequest, RecordedUrgentCall, RecordedUserMessage, TranscriptEntry };
export type { DirectoryEntry, LarkUser };
export type { Latency, UserResource } from './stand-in-context.ts';

/*
 * A stand-in for the Lark Open Platform, for tests and the demo:
 *
 *   const standIn = await startLarkStandIn({ appId, appSecret, users: [{ openId, name, mobile }] });
 *   new lark.Client({ appId, appSecret, domain: standIn.url, cache: new lark.DefaultCache() });
 *   const person = standIn.deliverer({ targetUrl: `${botUrl}/lark/events`, verificationToken, encryptKey });
 *   await person.sendText(openId, '全部正常');
 *   standIn.cardsTo(openId);
 *
 * Deliver events through `standIn.deliverer()` (webhook) or `standIn.longConnectionDeliverer()` (ws mode) rather than
 * the bare `createEventDeliverer()`: only then does the stand-in know the person's messages and presses, which replies,
 * delayed card updates, card answers and transcripts depend on.
 */

export interface LarkStandInOptions {
  appId: string;
  appSecret: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** The people in the app's availability scope; more can be added with `addUser`. */
  users?: LarkUser[];
  tenantKey?: string;
  /** The stand-in's clock, epoch milliseconds (token lifetimes, uuid dedup window, create times). */
  now?: () => number;
  /** true prints one line per request to stderr; a function receives the lines instead. Silent by default. */
  log?: boolean | ((line: string) => void);
  /** How long API calls take to answer; none by default. */
  latency?: Latency;
}

export interface WebhookDelivererOptions {
  targetUrl: string;
  verificationToken: string;
  encryptKey?: string;
}

export interface LarkStandIn {
  /** e.g. http://127.0.0.1:43567, without a trailing slash: pass it as the SDK's `domain`. */
  readonly url: string;
  readonly appId: string;
  readonly tenantKey: string;
  close(): Promise<void>;

  /** Every message Lark accepted from the bot (sends and replies), oldest first. */
  readonly messages: readonly RecordedMessage[];
  message(messageId: string): RecordedMessage | undefined;
  /** The messages in a person's chat with the bot, whichever id type the bot addressed them by. */
  messagesTo(openId: string): RecordedMessage[];
  /** The cards a person sees now (after PATCHes, delayed updates and callback answers), parsed. */
  cardsTo(openId: string): unknown[];
  textsTo(openId: string): string[];
  /** Every buzz (加急) the bot asked for, with the people it reached. */
  readonly urgentCalls: readonly RecordedUrgentCall[];
  readonly files: readonly RecordedFile[];
  /** The bytes uploaded under `fileKey`; throws for a key the stand-in never issued. */
  fileBytes(fileKey: string): Buffer;
  /** A photo or file a person sent, by its image or file key, as the message-resource API serves it. */
  userResource(key: string): UserResource | undefined;
  /** Every HTTP call: method, path, status and Lark code. */
  readonly requests: readonly RecordedRequest[];
  /** What people typed, when delivered through `deliverer()` or `longConnectionDeliverer()`. */
  readonly userMessages: readonly RecordedUserMessage[];
  /** Button presses delivered through the stand-in's deliverers, with the bot's answers (toast, card). */
  readonly cardActions: readonly RecordedCardAction[];
  /** A person's chat with the bot, in time order: bot messages, their messages and their presses. */
  transcriptOf(openId: string): TranscriptEntry[];
  /** Forgets everything recorded, pending failures and rate-limit windows; keeps users, tokens and settings. */
  reset(): void;

  readonly users: readonly DirectoryEntry[];
  addUser(user: LarkUser): DirectoryEntry;
  /** The p2p chat id (`oc_…`) between the bot and this person. */
  chatIdOf(openId: string): string;

  /** Makes the next matching call(s) fail as given; without `path` it matches any call but the token fetch. */
  failNext(failure: InjectedFailure): void;
  /** Invalidates every token issued so far; the next call with one gets 99991663. */
  expireTokens(): void;
  /** Turns Lark's rate limits on: >5 sends/s into one chat → 230020, >50 calls/s → HTTP 429 99991400. */
  enforceRateLimits(enabled: boolean): void;
  /** Makes API calls answer after `fixedMs` plus up to `jitterMs`, as Lark does from a company network. */
  setLatency(latency: Latency): void;

  /** Delivers webhook events to the bot, with the stand-in watching (replies, card updates and answers recorded). */
  deliverer(options: WebhookDelivererOptions): EventDeliverer;
  /** Delivers events over the long connection (ws mode), with the stand-in watching. */
  longConnectionDeliverer(options: { verificationToken: string }): EventDeliverer;
  /** The long connection's server side, for pushing prepared envelopes. */
  readonly longConnection: Pick<LongConnection, 'pushEvent' | 'waitForClient' | 'connectedClients'>;
}

function logSink(log: LarkStandInOptions['log']): ((line: string) => void) | undefined {
  if (typeof log === 'function') return log;
  if (log === true) return (line) => process.stderr.write(`[lark-stand-in] ${line}\n`);
  return undefined;
}

/** Starts a stand-in for the Lark Open Platform on 127.0.0.1, speaking Lark's real endpoints over real HTTP. */
export async function startLarkStandIn(options: LarkStandInOptions): Promise<LarkStandIn> {
  const log = logSink(options.log);
  const context = createStandInContext({
    appId: options.appId,
    appSecret: options.appSecret,
    ...(options.users === undefined ? {} : { users: options.users }),
    ...(options.tenantKey === undefined ? {} : { tenantKey: options.tenantKey }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(log === undefined ? {} : { log }),
    ...(options.latency === undefined ? {} : { latency: options.latency }),
  });
  const longConnection = new LongConnection(context);
  const app = createLarkStandInApp(context, [longConnection.routes()]);
  const server = createServer(app);
  longConnection.attach(server);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const observer = observeDeliveries(context);
  const { records } = context;

  return {
    url,
    appId: context.appId,
    tenantKey: context.tenantKey,
    async close() {
      longConnection.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },

    get messages() {
      return records.messages;
    },
    message: (messageId) => records.findMessage(messageId),
    messagesTo: (openId) => records.messagesTo(openId),
    cardsTo: (openId) => records.cardsTo(openId),
    textsTo: (openId) => records.textsTo(openId),
    get urgentCalls() {
      return records.urgentCalls;
    },
    get files() {
      return records.files;
    },
    fileBytes(fileKey) {
      const file = records.findFile(fileKey);
      if (file === undefined) throw new Error(`the stand-in has no file ${fileKey}`);
      return file.bytes;
    },
    userResource: (key) => context.userResources.get(key),
    get requests() {
      return records.requests;
    },
    get userMessages() {
      return records.userMessages;
    },
    get cardActions() {
      return records.cardActions;
    },
    transcriptOf: (openId) => records.transcriptOf(openId, observer.chatIdOf(openId)),
    reset() {
      records.clear();
      context.failures.clear();
      context.rateLimiter.clear();
      context.cardUpdateTokens.clear();
    },

    get users() {
      return context.users.all();
    },
    addUser: (user) => context.users.add(user),
    chatIdOf: (openId) => observer.chatIdOf(openId),

    failNext: (failure) => context.failures.add(failure),
    expireTokens: () => context.tokens.revokeAll(),
    enforceRateLimits(enabled) {
      context.rateLimiter.enabled = enabled;
      context.rateLimiter.clear();
    },
    setLatency(latency) {
      context.latency = latency;
    },

    deliverer: (delivererOptions) =>
      createEventDeliverer({ ...delivererOptions, appId: context.appId, tenantKey: context.tenantKey, now: context.now, observer }),
    longConnectionDeliverer: ({ verificationToken }) =>
      createEventDeliverer({
        appId: context.appId,
        tenantKey: context.tenantKey,
        verificationToken,
        now: context.now,
        observer,
        transport: async (envelope) => {
          const ack = await longConnection.pushEvent(envelope);
          return { status: ack.code, body: ack.data };
        },
      }),
    longConnection,
  };
}
