/** How the chat grammar reads what people type on a phone: spaces, digits, item numbers, dates, labelled parts. */
import { isLocalDate } from '../../domain/calendar/local-time.ts';

const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
export const TRAILING_PUNCTUATION = /[\s。．.！!？?，,、；;~～…\p{Extended_Pictographic}\ufe0f]+$/u;
/** What people put between a word and what follows it: spaces, colons, commas. */
export const SEPARATORS = /^[\s:：,，、;；]+/;
const EDGE_SEPARATORS = /^[\s:：,，、;；]+|[\s:：,，、;；]+$/g;

export function normalizeSpaces(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').trim();
}

export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

export function trimSeparators(text: string): string {
  return text.replace(EDGE_SEPARATORS, '');
}

/** “异常 3！” has no description: punctuation alone says nothing. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 … 九十九; anything else (三四, 十十) is not a number. */
function chineseNumeralValue(numeral: string): number | undefined {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match) return undefined;
  const [, first, ten, second] = match;
  const firstValue = first === undefined ? undefined : CHINESE_DIGITS[first];
  const secondValue = second === undefined ? undefined : CHINESE_DIGITS[second];
  if (ten === undefined) return secondValue === undefined ? firstValue : undefined;
  return (firstValue ?? 1) * 10 + (secondValue ?? 0);
}

// A bare Chinese numeral counts only with 第 or 项 around it: in “异常 三楼灭火器过期” 三 is not an item number.
// Digits followed by .digit are a decimal (“3.5米”), not an item number.
const ITEM_NUMBER =
  /^(?:第\s*(?:([0-9０-９]+)|([一二两三四五六七八九十]+))\s*[项条号]?|([0-9０-９]+)(?![0-9０-９]|[.．][0-9０-９])\s*[项条号]?|([一二两三四五六七八九十]+)\s*[项条号])/;

export function takeItemNumber(text: string): { itemNumber: number; rest: string } | undefined {
  const match = ITEM_NUMBER.exec(text);
  if (!match) return undefined;
  const digits = match[1] ?? match[3];
  const numeral = match[2] ?? match[4];
  const itemNumber = digits !== undefined ? Number(asciiDigits(digits)) : chineseNumeralValue(numeral ?? '');
  if (itemNumber === undefined || itemNumber < 1) return undefined;
  return { itemNumber, rest: text.slice(match[0].length).replace(/^[\s:：,，、;；.．)）-]+/, '') };
}

// Numbering people add themselves (1. 1、 (1) ① - •) is dropped; “3.15前” is a date, not a number.
export const LIST_MARKER = /^(?:[-*•·]|[0-9０-９]+[.．、)）](?![0-9０-９])|[（(][0-9０-９]+[)）]|[①-⑳])\s*/;

export const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/;

export function takeDate(text: string): { date: string; rest: string } | undefined {
  const match = DATE.exec(asciiDigits(text));
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return { date, rest: trimSeparators(asciiDigits(text).slice(match[0].length)) };
}

/** Two dates, optionally joined by 至/到/~, as a period from the first to the second; or what is missing or wrong. */
export type DateRangeReading =
  | { kind: 'range'; startDate: string; endDate: string; rest: string }
  | { kind: 'no-start' }
  | { kind: 'no-end' }
  | { kind: 'no-such-date'; date: string };

export function takeDateRange(text: string): DateRangeReading {
  const start = takeDate(text);
  if (!start) return { kind: 'no-start' };
  const end = takeDate(start.rest.replace(/^(?:至|到|~|～|-)\s*/, ''));
  if (!end) return { kind: 'no-end' };
  const impossible = [start.date, end.date].find((date) => !isLocalDate(date));
  if (impossible !== undefined) return { kind: 'no-such-date', date: impossible };
  return { kind: 'range', startDate: start.date, endDate: end.date, rest: end.rest };
}

/** The labelled parts of a message (“参加：李四、王五 授课：周老师”), each up to the next label; what comes first is unlabelled. */
export function labelledParts<Label extends string>(text: string, labels: RegExp, labelOf: (written: string) => Label): { lead: string; parts: Map<Label, string> } {
  const found = [...text.matchAll(labels)];
  const parts = new Map<Label, string>();
  found.forEach((match, position) => {
    const end = found[position + 1]?.index ?? text.length;
    parts.set(labelOf(match[1] ?? ''), trimSeparators(text.slice(match.index + match[0].length, end)));
  });
  return { lead: trimSeparators(text.slice(0, found[0]?.index ?? text.length)), parts };
}
