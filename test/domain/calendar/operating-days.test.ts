import { describe, expect, it } from 'vitest';
import { isOfficialWorkingDay, restDayName } from '../../../src/domain/calendar/operating-days.ts';

describe('China’s official calendar', () => {
  it('holidays are off and named, 补班 Saturdays are on, ordinary weekends are off', () => {
    expect(isOfficialWorkingDay('2026-10-01')).toBe(false);
    expect(restDayName('2026-10-01')).toBe('国庆节');
    expect(isOfficialWorkingDay('2026-10-10')).toBe(true);
    expect(isOfficialWorkingDay('2026-11-28')).toBe(false);
    expect(restDayName('2026-11-28')).toBe('周末');
    expect(isOfficialWorkingDay('2026-11-27')).toBe(true);
  });
});
