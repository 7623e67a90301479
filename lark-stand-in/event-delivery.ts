import { randomBytes } from 'node:crypto';
import { computeLarkSignature, encryptLarkPayload } from '../src/lark/receiver/lark-crypto.ts';
import { newCardUpdateToken, newMessageId, p2pChatIdFor, tenantKeyFor } from './lark-ids.ts';
import {
  attachmentMessageEvent,
  buildEnvelope,
  cardActionEvent,
  textMessageEvent,
  type EnvelopeIdentity,
  type EventEnvelope,
} from './event-envelopes.ts';

/** Ways to make a delivery differ from what Lark would send, to test that the bot refuses or tolerates it. */
export interface DeliveryOverrides {
  /** A fixed header.event_id, e.g. to replay an earlier delivery. */
  eventId?: string;
  /** header.token instead of the verification token. */
  token?: string;
  /** header.create_time, epoch milliseconds. */
  createTime?: number;
  /** Send the envelope unencrypted even though an encrypt key is set (it is still signed). */
  plain?: boolean;
  /** Leave out the three X-Lark-* signature headers. */
  unsigned?: boolean;
  /** Put this in X-Lark-Signature instead of the right signature. */
  signature?: string;
  /** X-Lark-Request-Timestamp, Unix seconds as a string. */
  timestamp?: string;
  nonce?: string;
  /** These exact bytes instead of the built body; signed like any other body unless `unsigned` or `signature`. */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
}

export interface DeliveryResult {
  status: number;
  /** The answer parsed as JSON, or its text when it is not JSON ('' when empty). */
  body: unknown;
  eventId: string;
}

export interface SentTextResult extends DeliveryResult {
  messageId: string;
  chatId: string;
}

export interface PressResult extends DeliveryResult {
  /** The `c-…` token a delayed card update must carry. */
  updateToken: string;
}

export interface ChallengeResult {
  status: number;
  body: unknown;
  challenge: string;
}

/** How a delivery reaches the bot: an HTTP POST, or a frame over the long connection. */
export type EventTransport = (envelope: EventEnvelope, overrides: DeliveryOverrides) => Promise<{ status: number; body: unknown }>;

/** Lets the stand-in see what people do, so replies, delayed card updates and card answers land on its records. */
export interface DeliveryObserver {
  chatIdOf(openId: string): string;
  /** Called before the delivery, since the bot may reply while still handling it. */
  userMessageSent(message: { messageId: string; chatId: string; chatType: string; senderOpenId: string; text: string; time: number }): void;
  /** Called before the delivery, since the bot downloads what was sent while handling it. */
  userAttachmentSent?(message: { messageId: string; chatId: string; chatType: string; senderOpenId: string; attachment: SentAttachment; key: string; time: number }): void;
  /** Called before the delivery, since the bot may use the update token while still handling it. */
  buttonPressed(press: { messageId: string; operatorOpenId: string; updateToken: string }): void;
  buttonAnswered(answer: {
    messageId: string;
    operatorOpenId: string;
    updateToken: string;
    value: unknown;
    formValue: Record<string, unknown> | undefined;
    time: number;
    status: number;
    body: unknown;
  }): void;
}

interface DelivererIdentity {
  appId: string;
  verificationToken: string;
  tenantKey?: string;
  now?: () => number;
  observer?: DeliveryObserver;
}

export interface HttpEventDelivererOptions extends DelivererIdentity {
  /** The bot's event URL, e.g. http://127.0.0.1:3000/lark/events. */
  targetUrl: string;
  /** When set, deliveries are encrypted and signed as Lark does for an app with an Encrypt Key. */
  encryptKey?: string;
}

export interface TransportEventDelivererOptions extends DelivererIdentity {
  transport: EventTransport;
}

export interface SendTextOptions {
  messageId?: string;
  chatType?: 'p2p' | 'group';
  /** Required for group chats; a p2p chat defaults to the sender's chat with the bot. */
  chatId?: string;
  overrides?: DeliveryOverrides;
}

/** A photo or file a person sends: its bytes, served afterwards by the message-resource API. */
export interface SentAttachment {
  kind: 'image' | 'file';
  bytes: Uint8Array;
  mediaType: string;
  fileName?: string;
}

export interface SendAttachmentOptions extends SendTextOptions {
  /** The message replied to, e.g. a card the bot sent. */
  parentMessageId?: string;
}

export interface PressButtonInput {
  operatorOpenId: string;
  messageId: string;
  value: unknown;
  formValue?: Record<string, unknown>;
  name?: string;
  tag?: string;
  chatId?: string;
  overrides?: DeliveryOverrides;
}

export interface EventDeliverer {
  deliver(eventType: string, event: unknown, overrides?: DeliveryOverrides): Promise<DeliveryResult>;
  /** A person types `text` to the bot (im.message.receive_v1). */
  sendText(fromOpenId: string, text: string, options?: SendTextOptions): Promise<SentTextResult>;
  /** A person sends a photo or file (im.message.receive_v1, message_type image or file); returns its key too. */
  sendAttachment(fromOpenId: string, attachment: SentAttachment, options?: SendAttachmentOptions): Promise<SentTextResult & { key: string }>;
  /** A person presses a card button or submits a card form (card.action.trigger). */
  pressButton(input: PressButtonInput): Promise<PressResult>;
  /** Lark checks the request URL: posts a url_verification challenge (HTTP only). */
  urlVerification(options?: { encrypted?: boolean; token?: string; challenge?: string }): Promise<ChallengeResult>;
}

async function readAnswer(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return '';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function httpTransport(options: HttpEventDelivererOptions, now: () => number): EventTransport {
  // An empty key, as an unset environment variable often arrives, means no key: Lark has no empty Encrypt Key.
  const encryptKey = options.encryptKey === '' ? undefined : options.encryptKey;
  return async (envelope, overrides) => {
    const envelopeJson = JSON.stringify(envelope);
    const encrypt = encryptKey !== undefined && overrides.plain !== true;
    // Serialized once: the signature covers exactly these bytes.
    const bodyBytes =
      overrides.rawBody !== undefined
        ? Buffer.from(overrides.rawBody)
        : Buffer.from(
            encrypt ? JSON.stringify({ encrypt: encryptLarkPayload(encryptKey, envelopeJson) }) : envelopeJson,
            'utf8',
          );
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (overrides.unsigned !== true && (encryptKey !== undefined || overrides.signature !== undefined)) {
      const timestamp = overrides.timestamp ?? String(Math.floor(now() / 1000));
      const nonce = overrides.nonce ?? randomBytes(8).toString('hex');
      headers['x-lark-request-timestamp'] = timestamp;
      headers['x-lark-request-nonce'] = nonce;
      headers['x-lark-signature'] =
        overrides.signature ?? computeLarkSignature(timestamp, nonce, encryptKey ?? '', bodyBytes);
    }
    const response = await fetch(options.targetUrl, {
      method: 'POST',
      headers: { ...headers, ...overrides.headers },
      body: bodyBytes,
    });
    return { status: response.status, body: await readAnswer(response) };
  };
}

/**
 * Delivers events to a bot the way Lark does. Give `targetUrl` (+ `encryptKey`) for webhook mode, or a `transport`
 * such as the stand-in's long connection. Without an `observer` (see `LarkStandIn.deliverer`), the stand-in does not
 * know about these messages and presses, so replies to them and delayed card updates are refused.
 */
export function createEventDeliverer(options: HttpEventDelivererOptions | TransportEventDelivererOptions): EventDeliverer {
  const now = options.now ?? Date.now;
  const identity: EnvelopeIdentity = {
    appId: options.appId,
    tenantKey: options.tenantKey ?? tenantKeyFor(options.appId),
    verificationToken: options.verificationToken,
  };
  const transport = 'transport' in options ? options.transport : httpTransport(options, now);
  const chatIdOf = (openId: string): string => options.observer?.chatIdOf(openId) ?? p2pChatIdFor(options.appId, openId);

  async function deliver(eventType: string, event: unknown, overrides: DeliveryOverrides = {}): Promise<DeliveryResult> {
    const envelope = buildEnvelope(identity, eventType, event, now(), overrides);
    const answer = await transport(envelope, overrides);
    return { ...answer, eventId: envelope.header.event_id };
  }

  return {
    deliver,

    async sendText(fromOpenId, text, textOptions = {}) {
      const chatType = textOptions.chatType ?? 'p2p';
      if (chatType === 'group' && textOptions.chatId === undefined) throw new Error('sendText: a group message needs chatId');
      const chatId = textOptions.chatId ?? chatIdOf(fromOpenId);
      const messageId = textOptions.messageId ?? newMessageId();
      const time = now();
      options.observer?.userMessageSent({ messageId, chatId, chatType, senderOpenId: fromOpenId, text, time });
      const event = textMessageEvent({
        senderOpenId: fromOpenId,
        text,
        messageId,
        chatId,
        chatType,
        tenantKey: identity.tenantKey,
        createTime: time,
      });
      const result = await deliver('im.message.receive_v1', event, textOptions.overrides);
      return { ...result, messageId, chatId };
    },

    async sendAttachment(fromOpenId, attachment, attachmentOptions = {}) {
      const chatType = attachmentOptions.chatType ?? 'p2p';
      const chatId = attachmentOptions.chatId ?? chatIdOf(fromOpenId);
      const messageId = attachmentOptions.messageId ?? newMessageId();
      const key = `${attachment.kind === 'image' ? 'img_v3' : 'file_v3'}_${randomBytes(12).toString('hex')}`;
      const time = now();
      options.observer?.userAttachmentSent?.({ messageId, chatId, chatType, senderOpenId: fromOpenId, attachment, key, time });
      const event = attachmentMessageEvent({
        senderOpenId: fromOpenId,
        kind: attachment.kind,
        key,
        ...(attachment.fileName === undefined ? {} : { fileName: attachment.fileName }),
        ...(attachmentOptions.parentMessageId === undefined ? {} : { parentMessageId: attachmentOptions.parentMessageId }),
        messageId,
        chatId,
        chatType,
        tenantKey: identity.tenantKey,
        createTime: time,
      });
      const result = await deliver('im.message.receive_v1', event, attachmentOptions.overrides);
      return { ...result, messageId, chatId, key };
    },

    async pressButton(input) {
      const updateToken = newCardUpdateToken();
      const chatId = input.chatId ?? chatIdOf(input.operatorOpenId);
      options.observer?.buttonPressed({ messageId: input.messageId, operatorOpenId: input.operatorOpenId, updateToken });
      const event = cardActionEvent({
        operatorOpenId: input.operatorOpenId,
        messageId: input.messageId,
        chatId,
        updateToken,
        tenantKey: identity.tenantKey,
        value: input.value,
        ...(input.formValue === undefined ? {} : { formValue: input.formValue }),
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.tag === undefined ? {} : { tag: input.tag }),
      });
      const time = now();
      const result = await deliver('card.action.trigger', event, input.overrides);
      options.observer?.buttonAnswered({
        messageId: input.messageId,
        operatorOpenId: input.operatorOpenId,
        updateToken,
        value: input.value,
        formValue: input.formValue,
        time,
        status: result.status,
        body: result.body,
      });
      return { ...result, updateToken };
    },

    async urlVerification(challengeOptions = {}) {
      if ('transport' in options) throw new Error('urlVerification: the long connection has no URL to verify');
      const encryptKey = options.encryptKey === '' ? undefined : options.encryptKey;
      const encrypted = challengeOptions.encrypted ?? encryptKey !== undefined;
      if (encrypted && encryptKey === undefined) throw new Error('urlVerification: encrypted needs an encryptKey');
      const challenge = challengeOptions.challenge ?? randomBytes(16).toString('hex');
      const payload = JSON.stringify({
        challenge,
        token: challengeOptions.token ?? options.verificationToken,
        type: 'url_verification',
      });
      const body = encrypted && encryptKey !== undefined ? JSON.stringify({ encrypt: encryptLarkPayload(encryptKey, payload) }) : payload;
      // Lark encrypts the challenge but does not sign it.
      const response = await fetch(options.targetUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
      });
      return { status: response.status, body: await readAnswer(response), challenge };
    },
  };
}
