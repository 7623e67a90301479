import { describe, expect, it } from 'vitest';
import { isOperatingDay, restDayName } from '../../../src/domain/calendar/operating-days.ts';

describe('a unit’s operating days', () => {
  it('an every-day unit owes a check every day, holidays included', () => {
    expect(isOperatingDay('2026-10-01', 'every-day')).toBe(true);
    expect(isOperatingDay('2026-11-28', 'every-day')).toBe(true);
  });

  it('a working-days unit follows China’s official calendar: holidays off, 补班 Saturdays on', () => {
    expect(isOperatingDay('2026-10-01', 'working-days')).toBe(false);
    expect(restDayName('2026-10-01')).toBe('国庆节');
    expect(isOperatingDay('2026-10-10', 'working-days')).toBe(true);
    expect(isOperatingDay('2026-11-28', 'working-days')).toBe(false);
    expect(isOperatingDay('2026-11-27', 'working-days')).toBe(true);
  });
});
