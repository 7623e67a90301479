import { describe, expect, it } from 'vitest';
import { closureOn, closureText, FROM_THE_START, type OperatingCalendar, type OperatingCalendarChange } from '../../../src/domain/calendar/operating-calendar.ts';

const recordedAt = new Date('2026-11-01T02:00:00Z');
const mondayToSaturday: OperatingCalendar = { base: 'weekdays', weekdays: [1, 2, 3, 4, 5, 6] };
const why = (date: string, current: OperatingCalendar, changes: OperatingCalendarChange[] = []) => {
  const closure = closureOn(date, current, changes);
  return closure === undefined ? 'operates' : closureText(closure);
};

describe('whether a unit operates on a day, and why not', () => {
  it('a working-days unit is closed on a public holiday by its name and on an ordinary weekend as a rest day', () => {
    expect(why('2026-10-01', { base: 'working-days' })).toBe('法定节假日：国庆节');
    expect(why('2026-11-28', { base: 'working-days' })).toBe('休息日');
    expect(why('2026-10-10', { base: 'working-days' })).toBe('operates');
  });

  it('a unit on a weekday set operates those weekdays, holidays included, and rests the others', () => {
    expect(why('2026-11-28', mondayToSaturday)).toBe('operates');
    expect(why('2026-11-29', mondayToSaturday)).toBe('休息日');
    expect(why('2026-10-01', mondayToSaturday)).toBe('operates');
  });

  it('a day declared closed says the unit’s reason; a day declared open operates although the calendar rests it', () => {
    const changes: OperatingCalendarChange[] = [
      { kind: 'closed-day', date: '2026-11-30', reason: '设备检修', recordedBy: 'li', recordedAt },
      { kind: 'open-day', date: '2026-10-03', reason: '赶制订单', recordedBy: 'li', recordedAt },
    ];
    expect(why('2026-11-30', { base: 'every-day' }, changes)).toBe('单位决定停止营业：设备检修');
    expect(why('2026-10-03', { base: 'working-days' }, changes)).toBe('operates');
    expect(why('2026-10-02', { base: 'working-days' }, changes)).toBe('法定节假日：国庆节');
  });

  it('the latest declaration for a day is the one that counts', () => {
    const changes: OperatingCalendarChange[] = [
      { kind: 'closed-day', date: '2026-11-30', reason: '设备检修', recordedBy: 'li', recordedAt },
      { kind: 'open-day', date: '2026-11-30', reason: '检修改期', recordedBy: 'li', recordedAt: new Date('2026-11-02T02:00:00Z') },
    ];
    expect(why('2026-11-30', { base: 'every-day' }, changes)).toBe('operates');
  });

  it('a calendar changed in the middle of a month leaves the days before it on the old one', () => {
    const changes: OperatingCalendarChange[] = [
      { kind: 'calendar', date: FROM_THE_START, calendar: { base: 'working-days' }, reason: '更改前的营业日历', recordedBy: 'li', recordedAt },
      { kind: 'calendar', date: '2026-11-16', calendar: mondayToSaturday, reason: '飞书中更改', recordedBy: 'li', recordedAt },
    ];
    expect(why('2026-11-14', mondayToSaturday, changes)).toBe('休息日');
    expect(why('2026-11-21', mondayToSaturday, changes)).toBe('operates');
    expect(why('2026-11-22', mondayToSaturday, changes)).toBe('休息日');
  });

  it('an every-day unit without any recorded change operates every day, holidays included', () => {
    expect(why('2026-11-29', { base: 'every-day' })).toBe('operates');
    expect(why('2026-10-01', { base: 'every-day' })).toBe('operates');
  });
});
