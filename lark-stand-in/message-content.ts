import { isJsonObject, type JsonObject } from '../src/lark/json-object.ts';
import { checkCard, describeCardFailure } from './card-validation.ts';
import { LarkApiError, larkMessages } from './lark-api-error.ts';

export const knownMessageTypes = [
  'text',
  'post',
  'image',
  'file',
  'audio',
  'media',
  'sticker',
  'interactive',
  'share_chat',
  'share_user',
] as const;

const maximumTextBytes = 150 * 1024;

function invalidContent(detail: string): LarkApiError {
  return new LarkApiError(400, 230001, `Your request contains an invalid request parameter, ext=${detail}`);
}

function requireStringKey(content: JsonObject, key: string, msgType: string): string {
  const value = content[key];
  if (typeof value !== 'string' || value === '') throw invalidContent(`${msgType} content needs a non-empty "${key}"`);
  return value;
}

function checkPost(content: JsonObject): void {
  const locales = isJsonObject(content['post']) ? content['post'] : content;
  const hasParagraphs = Object.values(locales).some((locale) => isJsonObject(locale) && Array.isArray(locale['content']));
  if (!hasParagraphs) throw invalidContent('post content needs a locale such as zh_cn with a content array');
}

export interface ContentLookups {
  fileExists(fileKey: string): boolean;
}

/** Parses `content` as Lark does: a JSON string whose keys fit `msg_type`. Throws the error Lark would answer. */
export function parseMessageContent(msgType: string, content: unknown, lookups: ContentLookups): unknown {
  if (!(knownMessageTypes as readonly string[]).includes(msgType)) throw invalidContent(`unsupported msg_type ${msgType}`);
  if (typeof content !== 'string') {
    throw new LarkApiError(400, 99992402, `${larkMessages.fieldValidation}: content must be a JSON-encoded string`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw invalidContent('content is not valid JSON');
  }
  if (!isJsonObject(parsed)) throw invalidContent('content must encode a JSON object');
  switch (msgType) {
    case 'text':
      if (typeof parsed['text'] !== 'string' || parsed['text'].trim() === '') throw invalidContent('text content needs a non-empty "text"');
      if (Buffer.byteLength(content, 'utf8') > maximumTextBytes) {
        throw new LarkApiError(400, 230025, 'The message content is too long.');
      }
      break;
    case 'post':
      checkPost(parsed);
      break;
    case 'image':
      requireStringKey(parsed, 'image_key', msgType);
      break;
    case 'file':
    case 'audio':
    case 'media': {
      const fileKey = requireStringKey(parsed, 'file_key', msgType);
      if (!lookups.fileExists(fileKey)) throw invalidContent(`file_key ${fileKey} was not uploaded by this app`);
      break;
    }
    case 'sticker':
      requireStringKey(parsed, 'file_key', msgType);
      break;
    case 'share_chat':
      requireStringKey(parsed, 'chat_id', msgType);
      break;
    case 'share_user':
      requireStringKey(parsed, 'user_id', msgType);
      break;
    case 'interactive': {
      const check = checkCard(parsed);
      if (!check.ok) throw new LarkApiError(400, 230099, describeCardFailure(check));
      break;
    }
  }
  return parsed;
}

/** The `mentions` Lark lists for `<at user_id="…">name</at>` tags in a text message. */
export function mentionsInText(content: unknown, tenantKey: string): Array<Record<string, string>> {
  if (!isJsonObject(content) || typeof content['text'] !== 'string') return [];
  const mentions: Array<Record<string, string>> = [];
  for (const match of content['text'].matchAll(/<at user_id="([^"]+)">([^<]*)<\/at>/g)) {
    const [, id = '', name = ''] = match;
    if (id === 'all') continue;
    mentions.push({ key: `@_user_${mentions.length + 1}`, id, id_type: 'open_id', name, tenant_key: tenantKey });
  }
  return mentions;
}
