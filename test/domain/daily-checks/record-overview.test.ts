import { describe, expect, it } from 'vitest';
import { checkDayOf, countRecords, newestFirst } from '../../../src/domain/daily-checks/record-overview.ts';

const day = (date: string, status: 'open' | 'submitted' | 'missed' | 'suspended', outcome: 'zero-risk' | 'hazard' | null = null, abnormal = 0) =>
  checkDayOf({
    date,
    shift: '',
    status,
    outcome,
    answers: [
      ...Array.from({ length: abnormal }, (_, index) => ({ number: index + 1, answer: 'abnormal' as const, serious: false })),
      { number: 9, answer: 'normal' as const, serious: false },
    ],
  });

describe('a person’s records at a glance', () => {
  it('reads each day’s state from its record, counting the hazards of submitted records only', () => {
    expect(day('2026-11-02', 'submitted', 'hazard', 2)).toEqual({ date: '2026-11-02', shift: '', state: 'hazard', hazards: 2 });
    expect(day('2026-11-03', 'submitted', 'zero-risk')).toMatchObject({ state: 'zero-risk', hazards: 0 });
    expect(day('2026-11-04', 'open', null, 1)).toMatchObject({ state: 'open', hazards: 0 });
  });

  it('counts what was asked for apart from a suspension, and what came of it', () => {
    const days = [day('2026-11-02', 'submitted', 'hazard', 2), day('2026-11-03', 'submitted', 'zero-risk'), day('2026-11-04', 'missed'), day('2026-11-05', 'suspended'), day('2026-11-06', 'open')];
    expect(countRecords(days)).toEqual({ expected: 4, submitted: 2, zeroRisk: 1, withHazards: 1, missed: 1, open: 1, suspended: 1, hazards: 2 });
    expect(newestFirst(days).map((entry) => entry.date)).toEqual(['2026-11-06', '2026-11-05', '2026-11-04', '2026-11-03', '2026-11-02']);
  });
});
