import { isoWeekday } from '../calendar/local-time.ts';

/**
 * How often a checklist item is checked (管控频次, a column of the official risk lists): once a day, on every shift,
 * on one weekday, or on one day of the month. A month shorter than the day checks it on its last day.
 */
export type ItemFrequency =
  | { kind: 'daily' }
  | { kind: 'per-shift' }
  | { kind: 'weekly'; weekday: number }
  | { kind: 'monthly'; day: number };

export type ItemFrequencyKind = ItemFrequency['kind'];

export const ITEM_FREQUENCY_KINDS: readonly ItemFrequencyKind[] = ['daily', 'per-shift', 'weekly', 'monthly'];

export const DAILY: ItemFrequency = { kind: 'daily' };

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const;

export function frequencyLabel(frequency: ItemFrequency): string {
  switch (frequency.kind) {
    case 'daily':
      return '每日';
    case 'per-shift':
      return '每班';
    case 'weekly':
      return `每周${WEEKDAY_NAMES[frequency.weekday - 1] ?? frequency.weekday}`;
    case 'monthly':
      return `每月${frequency.day}日`;
  }
}

/** The column of an official list is copied as it is written. */
const CHINESE_NAMES: ReadonlyMap<string, ItemFrequencyKind> = new Map([
  ['每日', 'daily'],
  ['每班', 'per-shift'],
  ['每周', 'weekly'],
  ['每月', 'monthly'],
]);

function isFrequencyKind(text: string): text is ItemFrequencyKind {
  return (ITEM_FREQUENCY_KINDS as readonly string[]).includes(text);
}

/**
 * Reads what an organisation file says: `day` is the ISO weekday (1 = Monday) for weekly items, the day of the month
 * for monthly ones, and has no meaning for the others. A refusal is a bare sentence the caller prefixes with the item.
 */
export function parseItemFrequency(kind: string | undefined, day: number | undefined): ItemFrequency | { problem: string; field: 'frequency' | 'day' } {
  const given = kind === undefined ? 'daily' : (CHINESE_NAMES.get(kind) ?? kind);
  if (!isFrequencyKind(given)) {
    return { problem: `管控频次（frequency）须为 daily（每日）、per-shift（每班）、weekly（每周）或 monthly（每月），不能是「${given}」`, field: 'frequency' };
  }
  if (given === 'daily' || given === 'per-shift') {
    if (day !== undefined) return { problem: `管控频次为 ${given} 时不填写 day，day 只用于 weekly（星期几）和 monthly（几号）`, field: 'day' };
    return { kind: given };
  }
  if (day === undefined) {
    return { problem: given === 'weekly' ? '管控频次为 weekly 时须写明 day：星期几检查（1–7，1 为星期一）' : '管控频次为 monthly 时须写明 day：每月几号检查（1–31）', field: 'day' };
  }
  if (given === 'weekly') {
    if (!Number.isInteger(day) || day < 1 || day > 7) return { problem: `weekly 的 day 须为 1–7（1 为星期一，7 为星期日），不能是 ${day}`, field: 'day' };
    return { kind: 'weekly', weekday: day };
  }
  if (!Number.isInteger(day) || day < 1 || day > 31) return { problem: `monthly 的 day 须为 1–31，不能是 ${day}`, field: 'day' };
  return { kind: 'monthly', day };
}

/** The two columns the store keeps (`frequency`, `frequencyDay`). */
export function storedFrequency(frequency: ItemFrequency): { frequency: ItemFrequencyKind; frequencyDay: number | null } {
  switch (frequency.kind) {
    case 'weekly':
      return { frequency: 'weekly', frequencyDay: frequency.weekday };
    case 'monthly':
      return { frequency: 'monthly', frequencyDay: frequency.day };
    default:
      return { frequency: frequency.kind, frequencyDay: null };
  }
}

export function frequencyFromStored(frequency: string, frequencyDay: number | null): ItemFrequency {
  const parsed = parseItemFrequency(frequency, frequencyDay ?? undefined);
  if ('problem' in parsed) throw new Error(`stored checklist item frequency ${frequency}/${frequencyDay} is not valid: ${parsed.problem}`);
  return parsed;
}

/** A check's occasion: its day, its shift (empty under daily control) and all the shifts the unit runs that day. */
export interface CheckOccasion {
  date: string;
  shift: string;
  shifts: readonly string[];
}

function lastDayOfMonth(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Daily items are checked once a day: under per-shift control on the day's first shift. Per-shift items are checked
 * on every shift, which under daily control is once a day. Weekly and monthly items are checked on their day, on the
 * same check as the daily items.
 */
export function isDueOn(frequency: ItemFrequency, occasion: CheckOccasion): boolean {
  if (frequency.kind === 'per-shift') return true;
  const firstShift = [...occasion.shifts].sort()[0] ?? '';
  if (occasion.shift !== firstShift) return false;
  switch (frequency.kind) {
    case 'daily':
      return true;
    case 'weekly':
      return isoWeekday(occasion.date) === frequency.weekday;
    case 'monthly':
      return Number(occasion.date.slice(8, 10)) === Math.min(frequency.day, lastDayOfMonth(occasion.date));
  }
}

/** The items due on a check, in the checklist's order; an item without a frequency is daily. */
export function itemsDueOn<Item extends { frequency?: ItemFrequency }>(items: readonly Item[], occasion: CheckOccasion): Item[] {
  return items.filter((item) => isDueOn(item.frequency ?? DAILY, occasion));
}

/**
 * A check's items as its card numbers them: the due items (by checklist number) renumbered from 1, which is what the
 * officer types in chat (`异常 2`) and what its answers are stored under. A record made before frequencies names no
 * due items: every item was due, under its checklist number.
 */
export function itemsOnCheck<Item extends { number: number }>(items: readonly Item[], dueItems: readonly number[] | null): Item[] {
  if (dueItems === null) return [...items];
  return dueItems.flatMap((checklistNumber, index) => {
    const item = items.find((candidate) => candidate.number === checklistNumber);
    return item ? [{ ...item, number: index + 1 }] : [];
  });
}
