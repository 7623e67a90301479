import { buttonsOf, describeFormValue } from '../lark-stand-in/card-reading.ts';
import type { LarkStandIn, RecordedCardAction, RecordedMessage, RecordedUserMessage } from '../lark-stand-in/lark-stand-in.ts';
import { formatLocalDateTime } from '../src/domain/calendar/local-time.ts';
import { isJsonObject } from '../src/lark/json-object.ts';
import type { Notice } from './sandbox-world.ts';

/** What one line of a person's chat shows. */
export type ChatLine =
  | { kind: 'bot-text'; text: string }
  | { kind: 'bot-card'; messageId: string; card: unknown; updated: boolean }
  | { kind: 'bot-file'; fileKey: string; fileName: string }
  | { kind: 'bot-image'; imageKey: string }
  | { kind: 'bot-other'; msgType: string }
  | { kind: 'person-text'; text: string }
  | { kind: 'person-image'; imageKey: string }
  | { kind: 'person-file'; fileKey: string; fileName: string }
  | { kind: 'person-press'; label: string; fields: string[]; toast: Notice | undefined };

/** One line of a person's chat as the page shows it, oldest first. */
export type ChatEntry = ChatLine & { key: string; time: string };

function stringField(content: unknown, field: string): string {
  return isJsonObject(content) && typeof content[field] === 'string' ? content[field] : '';
}

function botEntry(message: RecordedMessage, fileNames: ReadonlyMap<string, string>): ChatLine {
  switch (message.msgType) {
    case 'text':
      return { kind: 'bot-text', text: stringField(message.current, 'text') };
    case 'interactive':
      return { kind: 'bot-card', messageId: message.messageId, card: message.current, updated: message.history.length > 1 };
    case 'file': {
      const fileKey = stringField(message.current, 'file_key');
      return { kind: 'bot-file', fileKey, fileName: fileNames.get(fileKey) ?? (stringField(message.current, 'file_name') || fileKey) };
    }
    case 'image':
      return { kind: 'bot-image', imageKey: stringField(message.current, 'image_key') };
    default:
      return { kind: 'bot-other', msgType: message.msgType };
  }
}

function personEntry(message: RecordedUserMessage): ChatLine {
  if (message.msgType === 'image') return { kind: 'person-image', imageKey: stringField(message.content, 'image_key') };
  if (message.msgType === 'file') return { kind: 'person-file', fileKey: stringField(message.content, 'file_key'), fileName: stringField(message.content, 'file_name') };
  return { kind: 'person-text', text: stringField(message.content, 'text') };
}

function toastOf(toast: unknown): Notice | undefined {
  if (!isJsonObject(toast) || typeof toast.content !== 'string') return undefined;
  const kind = toast.type === 'error' || toast.type === 'warning' || toast.type === 'success' ? toast.type : 'info';
  return { kind, text: toast.content };
}

/**
 * What the person pressed and filled in, read from the card as it was when pressed: the newest version that carried
 * the button's value, since the press itself may have replaced the card.
 */
function pressEntry(action: RecordedCardAction, message: RecordedMessage | undefined): ChatLine {
  const value = JSON.stringify(action.value);
  const versions = message ? [...message.history].reverse().map((version) => version.content) : [];
  for (const card of versions) {
    const button = buttonsOf(card).find((candidate) => JSON.stringify(candidate.value) === value);
    if (button) {
      const fields = action.formValue ? describeFormValue(card, action.formValue) : [];
      return { kind: 'person-press', label: button.label, fields, toast: toastOf(action.toast) };
    }
  }
  return { kind: 'person-press', label: '卡片按钮', fields: [], toast: toastOf(action.toast) };
}

/** A person's chat with the bot as the stand-in recorded it: each card as it is now, each press with its answer. */
export function chatEntries(standIn: LarkStandIn, openId: string, timeZone: string): ChatEntry[] {
  const fileNames = new Map(standIn.files.map((file) => [file.fileKey, file.fileName]));
  return standIn.transcriptOf(openId).map((entry, index) => {
    const base = { key: String(index), time: formatLocalDateTime(new Date(entry.time), timeZone) };
    if (entry.from === 'bot') return { ...base, ...botEntry(entry.message, fileNames) };
    if ('cardAction' in entry) return { ...base, ...pressEntry(entry.cardAction, standIn.message(entry.cardAction.messageId)) };
    return { ...base, ...personEntry(entry.message) };
  });
}
