import { describe, expect, it } from 'vitest';
import { submittedLate } from '../../../src/domain/daily-checks/submitted-late.ts';

describe('a submission after the day’s close', () => {
  it('is late from the first moment after the close time, in the unit’s zone, and on any later day', () => {
    expect(submittedLate('2026-11-02', new Date('2026-11-02T20:00:00+08:00'), '20:00', 'Asia/Shanghai')).toBe(false);
    expect(submittedLate('2026-11-02', new Date('2026-11-02T20:00:01+08:00'), '20:00', 'Asia/Shanghai')).toBe(true);
    expect(submittedLate('2026-11-02', new Date('2026-11-03T09:00:00+08:00'), '20:00', 'Asia/Shanghai')).toBe(true);
    expect(submittedLate('2026-11-02', new Date('2026-11-02T13:00:00Z'), '22:00', 'Asia/Shanghai')).toBe(false);
  });
});
