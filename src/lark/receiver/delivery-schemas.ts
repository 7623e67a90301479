import { z } from 'zod';
import { normalizeFormValues, normalizePersonText } from './person-text.ts';
import { isJsonObject, type JsonObject } from '../json-object.ts';

/** Lark writes every header value and time as a string; numbers are accepted too so a hand-made delivery is not refused. */
const NumericText = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(Number);

// The token is checked by verifyDelivery when LARK_VERIFICATION_TOKEN is set, so here it may be absent.
const EventHeader = z.object({
  event_id: z.string().min(1),
  event_type: z.string().min(1),
  create_time: NumericText.optional(),
  token: z.string().optional(),
  app_id: z.string().optional(),
  tenant_key: z.string().optional(),
});

export const EventEnvelope = z.object({
  schema: z.literal('2.0'),
  header: EventHeader,
  event: z.unknown(),
});
export type EventEnvelope = z.infer<typeof EventEnvelope>;

const Mention = z.object({
  key: z.string(),
  name: z.string().optional(),
});

export const MessageReceiveEvent = z.object({
  sender: z.object({
    sender_id: z.object({ open_id: z.string().min(1) }),
    sender_type: z.string(),
  }),
  message: z.object({
    message_id: z.string().min(1),
    /** The message this one replies to, when it is a reply. */
    parent_id: z.string().optional(),
    chat_id: z.string().min(1),
    chat_type: z.string().min(1),
    message_type: z.string().min(1),
    content: z.string(),
    create_time: NumericText,
    mentions: z.array(Mention).optional(),
  }),
});
export type MessageReceiveEvent = z.infer<typeof MessageReceiveEvent>;

const JsonRecord = z.record(z.string(), z.unknown());

export const CardActionEvent = z.object({
  operator: z.object({ open_id: z.string().min(1) }),
  /** The delayed-update token (c-…), valid 30 minutes for two card updates; not the Verification Token. */
  token: z.string().optional(),
  action: z.object({
    value: JsonRecord.optional(),
    tag: z.string().min(1),
    name: z.string().optional(),
    form_value: JsonRecord.optional(),
    input_value: z.string().optional(),
    option: z.string().optional(),
  }),
  context: z.object({
    open_message_id: z.string().min(1),
    open_chat_id: z.string().optional(),
  }),
});
export type CardActionEvent = z.infer<typeof CardActionEvent>;

export interface MessageDelivery {
  type: 'message';
  eventId: string;
  messageId: string;
  /** The message this one replies to (e.g. a card the bot sent), when it is a reply. */
  parentMessageId?: string;
  senderOpenId: string;
  senderType: string;
  chatId: string;
  chatType: string;
  messageType: string;
  /** When the person sent it, in epoch ms: a redelivery can arrive hours later, even on the next day. */
  sentAtMilliseconds: number;
  /** What the person wrote, as plain text: text and post messages; empty for files, images and the like. */
  text: string;
  /** message.content decoded from its JSON string, e.g. {file_key, file_name} for a file. */
  content: unknown;
  /** The event exactly as delivered, kept as evidence. */
  raw: unknown;
}

export interface CardActionDelivery {
  type: 'card_action';
  eventId: string;
  operatorOpenId: string;
  /** header.create_time: when the person pressed, which a late retry of ours must not replace with its own time. */
  pressedAtMilliseconds: number | undefined;
  messageId: string;
  chatId: string | undefined;
  /** The clicked component's callback value; {} when it had none. */
  value: Record<string, unknown>;
  /** Present only when a button inside a form was clicked: each field's value keyed by its name. */
  formValue: Record<string, unknown> | undefined;
  tag: string;
  name: string | undefined;
  inputValue: string | undefined;
  option: string | undefined;
  updateToken: string | undefined;
}

export interface IgnoredDelivery {
  type: 'ignored';
  eventId: string;
  eventType: string;
}

export interface InvalidDelivery {
  type: 'invalid';
  status: 400;
  /** Dotted path of the offending field inside the envelope, e.g. event.message.chat_id. */
  field: string;
  reason: string;
}

export type ParsedDelivery = MessageDelivery | CardActionDelivery | IgnoredDelivery;
export type DeliveryParseResult = ParsedDelivery | InvalidDelivery;

function invalid(field: string, reason: string): InvalidDelivery {
  return { type: 'invalid', status: 400, field, reason };
}

function invalidFromIssues(prefix: string, error: z.ZodError): InvalidDelivery {
  const issue = error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || '(根)';
  return invalid(field, `投递字段 ${field} 缺失或不合法：${issue?.message ?? '格式错误'}`);
}

const MENTION_PLACEHOLDER = /@_user_\d+|@_all/g;
const EDGE_MENTIONS = /^(?:\s*(?:@_user_\d+|@_all))+|(?:(?:@_user_\d+|@_all)\s*)+$/g;

/**
 * Mentions at either end only address the bot, so they are dropped; one in the middle is part of what the person
 * said (“异常 3 @_user_2 负责的灭火器过期”), so it becomes @name.
 */
function withoutMentions(text: string, mentions: ReadonlyArray<z.infer<typeof Mention>>): string {
  const names = new Map(mentions.map((mention) => [mention.key, mention.name]));
  return text
    .replace(EDGE_MENTIONS, '')
    .replace(MENTION_PLACEHOLDER, (key) => {
      if (key === '@_all') return '@所有人';
      const name = names.get(key);
      return name ? `@${name}` : '';
    })
    .trim();
}



const PREFERRED_LOCALES = ['zh_cn', 'en_us', 'ja_jp'];

/** A post is {title, content} or the same wrapped in a locale key ({zh_cn: {…}}); both shapes occur. */
function postBody(content: JsonObject): JsonObject | undefined {
  if (Array.isArray(content.content)) return content;
  const locales = [...PREFERRED_LOCALES, ...Object.keys(content)];
  for (const locale of locales) {
    const wrapped = content[locale];
    if (isJsonObject(wrapped) && Array.isArray(wrapped.content)) return wrapped;
  }
  return undefined;
}

/** Text and link elements carry what the person typed; each paragraph becomes one line. */
function postText(content: JsonObject): string {
  const paragraphs = postBody(content)?.content;
  if (!Array.isArray(paragraphs)) return '';
  return paragraphs
    .map((paragraph) =>
      Array.isArray(paragraph)
        ? paragraph
            .filter(isJsonObject)
            .filter((element) => (element.tag === 'text' || element.tag === 'a') && typeof element.text === 'string')
            .map((element) => element.text)
            .join('')
        : '',
    )
    .join('\n');
}

function parseMessage(eventId: string, event: unknown): MessageDelivery | InvalidDelivery {
  const parsed = MessageReceiveEvent.safeParse(event);
  if (!parsed.success) return invalidFromIssues('event', parsed.error);
  const { sender, message } = parsed.data;

  let content: unknown;
  try {
    content = JSON.parse(message.content);
  } catch {
    return invalid('event.message.content', '投递字段 event.message.content 不是 JSON 字符串');
  }

  let text = '';
  if (message.message_type === 'text') {
    if (!isJsonObject(content) || typeof content.text !== 'string') {
      return invalid('event.message.content', '文本消息的 event.message.content 缺少字符串 text');
    }
    text = content.text;
  } else if (message.message_type === 'post' && isJsonObject(content)) {
    text = postText(content);
  }

  return {
    type: 'message',
    eventId,
    messageId: message.message_id,
    ...(message.parent_id ? { parentMessageId: message.parent_id } : {}),
    senderOpenId: sender.sender_id.open_id,
    senderType: sender.sender_type,
    chatId: message.chat_id,
    chatType: message.chat_type,
    messageType: message.message_type,
    sentAtMilliseconds: message.create_time,
    text: normalizePersonText(withoutMentions(text, message.mentions ?? [])),
    content,
    raw: event,
  };
}

/** Lark's docs leave the unit of a callback's create_time open (ms or µs); a value past year 5000 in ms must be µs. */
function milliseconds(createTime: number | undefined): number | undefined {
  if (createTime === undefined) return undefined;
  return createTime > 1e14 ? Math.floor(createTime / 1000) : createTime;
}

function parseCardAction(eventId: string, event: unknown, createTime: number | undefined): CardActionDelivery | InvalidDelivery {
  const parsed = CardActionEvent.safeParse(event);
  if (!parsed.success) return invalidFromIssues('event', parsed.error);
  const { operator, action, context, token } = parsed.data;
  return {
    type: 'card_action',
    eventId,
    operatorOpenId: operator.open_id,
    pressedAtMilliseconds: milliseconds(createTime),
    messageId: context.open_message_id,
    chatId: context.open_chat_id,
    value: action.value ?? {},
    formValue: normalizeFormValues(action.form_value),
    tag: action.tag,
    name: action.name,
    inputValue: action.input_value === undefined ? undefined : normalizePersonText(action.input_value),
    option: action.option,
    updateToken: token,
  };
}

/**
 * Turns a verified, decrypted schema 2.0 envelope into what the bot acts on. Event types the bot does not handle
 * come back as 'ignored' (to be acknowledged, so Lark does not redeliver them); a malformed one as 'invalid' (400).
 */
export function parseDelivery(envelope: unknown): DeliveryParseResult {
  const parsed = EventEnvelope.safeParse(envelope);
  if (!parsed.success) return invalidFromIssues('', parsed.error);
  const { header, event } = parsed.data;
  switch (header.event_type) {
    case 'im.message.receive_v1':
      return parseMessage(header.event_id, event);
    case 'card.action.trigger':
      return parseCardAction(header.event_id, event, header.create_time);
    default:
      return { type: 'ignored', eventId: header.event_id, eventType: header.event_type };
  }
}
