import { describe, expect, it } from 'vitest';
import { type ItemFrequency, frequencyLabel, itemsDueOn, itemsOnCheck, parseItemFrequency } from '../../../src/domain/checklists/item-frequency.ts';

const daily: ItemFrequency = { kind: 'daily' };
const perShift: ItemFrequency = { kind: 'per-shift' };
const monday: ItemFrequency = { kind: 'weekly', weekday: 1 };
const fifteenth: ItemFrequency = { kind: 'monthly', day: 15 };
const thirtyFirst: ItemFrequency = { kind: 'monthly', day: 31 };

const items = [
  { number: 1, code: 'D', frequency: daily },
  { number: 2, code: 'S', frequency: perShift },
  { number: 3, code: 'W', frequency: monday },
  { number: 4, code: 'M', frequency: fifteenth },
  { number: 5, code: 'E', frequency: thirtyFirst },
  { number: 6, code: 'N' },
];

const onceADay = (date: string) => ({ date, shift: '', shifts: [''] });
const codesDue = (occasion: { date: string; shift: string; shifts: string[] }) => itemsDueOn(items, occasion).map((item) => item.code);

describe('items due by frequency (管控频次)', () => {
  it('a weekly item is due on its weekday only, a monthly item on its day only', () => {
    expect(codesDue(onceADay('2026-11-02'))).toEqual(['D', 'S', 'W', 'N']); // a Monday
    expect(codesDue(onceADay('2026-11-03'))).toEqual(['D', 'S', 'N']);
    expect(codesDue(onceADay('2026-12-15'))).toEqual(['D', 'S', 'M', 'N']); // a Tuesday
  });

  it('a monthly item on a day the month does not have is due on the month’s last day', () => {
    expect(codesDue(onceADay('2026-11-30'))).toEqual(['D', 'S', 'W', 'E', 'N']); // a Monday
    expect(codesDue(onceADay('2027-02-28'))).toEqual(['D', 'S', 'E', 'N']);
    expect(codesDue(onceADay('2028-02-28'))).toEqual(['D', 'S', 'W', 'N']); // a leap year's Monday
    expect(codesDue(onceADay('2028-02-29'))).toEqual(['D', 'S', 'E', 'N']);
    expect(codesDue(onceADay('2026-12-31'))).toEqual(['D', 'S', 'E', 'N']);
  });

  it('under per-shift control daily, weekly and monthly items are due on the day’s first shift, per-shift items on every shift', () => {
    const shifts = ['16:00', '08:00'];
    expect(codesDue({ date: '2026-11-02', shift: '08:00', shifts })).toEqual(['D', 'S', 'W', 'N']);
    expect(codesDue({ date: '2026-11-02', shift: '16:00', shifts })).toEqual(['S']);
  });

  it('labels each frequency as an official list writes it', () => {
    expect([daily, perShift, monday, { kind: 'weekly', weekday: 7 } as const, fifteenth].map(frequencyLabel)).toEqual(['每日', '每班', '每周一', '每周日', '每月15日']);
  });

  it('reads an organisation file’s frequency and day', () => {
    expect(parseItemFrequency(undefined, undefined)).toEqual(daily);
    expect(parseItemFrequency('weekly', 1)).toEqual(monday);
    expect(parseItemFrequency('monthly', 31)).toEqual(thirtyFirst);
    expect(parseItemFrequency('monthly', 32)).toMatchObject({ field: 'day', problem: 'monthly 的 day 须为 1–31，不能是 32' });
    expect(parseItemFrequency('per-shift', 2)).toMatchObject({ field: 'day' });
    expect(parseItemFrequency('hourly', undefined)).toMatchObject({ field: 'frequency' });
    expect(parseItemFrequency('每周', 3)).toEqual({ kind: 'weekly', weekday: 3 });
    expect(parseItemFrequency('每班', undefined)).toEqual(perShift);
  });

  it('numbers a check’s items from 1 in the order they were due; a record made before frequencies keeps every item', () => {
    expect(itemsOnCheck(items, [1, 3, 6]).map((item) => [item.number, item.code])).toEqual([
      [1, 'D'],
      [2, 'W'],
      [3, 'N'],
    ]);
    expect(itemsOnCheck(items, null)).toEqual(items);
  });
});
