import { computeLarkSignature, encryptLarkPayload } from '../../../src/lark/receiver/lark-crypto.ts';

export const ENCRYPT_KEY = 'qsA7cXw9fJ2kLmNpR4tV';
export const VERIFICATION_TOKEN = 'rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV';
export const NOW_SECONDS = 1_767_600_000;

interface MessageOptions {
  eventId?: string;
  messageId?: string;
  token?: string;
  senderOpenId?: string;
  chatType?: string;
  messageType?: string;
  content?: unknown;
  mentions?: Array<{ key: string; name: string; openId: string }>;
}

/** An im.message.receive_v1 envelope shaped like Lark's (LARK.md §3.7). */
export function messageEnvelope(text: string, options: MessageOptions = {}): Record<string, unknown> {
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? '5e3702a84e847582be8db7fb73283c02',
      event_type: 'im.message.receive_v1',
      create_time: '1767600000000',
      token: options.token ?? VERIFICATION_TOKEN,
      app_id: 'cli_9f5343c580712544',
      tenant_key: '2ca1d211f64f6438',
    },
    event: {
      sender: {
        sender_id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: options.senderOpenId ?? 'ou_c3' },
        sender_type: 'user',
        tenant_key: '2ca1d211f64f6438',
      },
      message: {
        message_id: options.messageId ?? 'om_5ce6d572455d361153b7cb51da133945',
        root_id: '',
        parent_id: '',
        create_time: '1767599999000',
        update_time: '1767599999000',
        chat_id: 'oc_5ad11d72b830411d72b836c20',
        thread_id: '',
        chat_type: options.chatType ?? 'p2p',
        message_type: options.messageType ?? 'text',
        content: JSON.stringify(options.content ?? { text }),
        ...(options.mentions
          ? {
              mentions: options.mentions.map((mention) => ({
                key: mention.key,
                id: { union_id: 'on_x', user_id: 'x', open_id: mention.openId },
                name: mention.name,
                tenant_key: '2ca1d211f64f6438',
              })),
            }
          : {}),
        user_agent: 'Mozilla/5.0 Lark/7.30',
      },
    },
  };
}

/** A card.action.trigger envelope shaped like Lark's (LARK.md §2.1). */
export function cardActionEnvelope(action: Record<string, unknown>, token = VERIFICATION_TOKEN): Record<string, unknown> {
  return {
    schema: '2.0',
    header: {
      event_id: 'f7984f25108f8137722bb63cee927e66',
      token,
      create_time: '1767600000000',
      event_type: 'card.action.trigger',
      tenant_key: '2ca1d211f64f6438',
      app_id: 'cli_9f5343c580712544',
    },
    event: {
      operator: { tenant_key: '2ca1d211f64f6438', user_id: 'e33ggbyz', open_id: 'ou_c3', union_id: 'on_x' },
      token: 'c-295ee57216a5dc9de90fefd0aadb4b1d7d6c8b',
      action,
      host: 'im_message',
      context: { open_message_id: 'om_card_1', open_chat_id: 'oc_5ad11d72b830411d72b836c20' },
    },
  };
}

export function urlVerification(token = VERIFICATION_TOKEN): Record<string, unknown> {
  return { challenge: 'ajls384kdjx98XX', token, type: 'url_verification' };
}

export interface Delivery {
  rawBody: Buffer;
  headers: Record<string, string>;
}

export function plainDelivery(envelope: unknown): Delivery {
  return { rawBody: Buffer.from(JSON.stringify(envelope)), headers: { 'content-type': 'application/json' } };
}

/** What Lark POSTs when an Encrypt Key is set: {"encrypt":…} plus the three X-Lark-* headers. */
export function encryptedDelivery(
  envelope: unknown,
  options: { encryptKey?: string; timestamp?: string; nonce?: string; signed?: boolean } = {},
): Delivery {
  const encryptKey = options.encryptKey ?? ENCRYPT_KEY;
  const rawBody = Buffer.from(JSON.stringify({ encrypt: encryptLarkPayload(encryptKey, JSON.stringify(envelope)) }));
  if (options.signed === false) return { rawBody, headers: { 'content-type': 'application/json' } };
  const timestamp = options.timestamp ?? String(NOW_SECONDS);
  const nonce = options.nonce ?? '1628148732';
  return {
    rawBody,
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': computeLarkSignature(timestamp, nonce, encryptKey, rawBody),
    },
  };
}
