import { describe, expect, it } from 'vitest';
import {
  investigationPeriodEnding,
  isInvestigationDay,
  isSchedulingDay,
  lastWorkingDayOfMonth,
  monthRange,
  previousMonth,
  schedulingPeriodEnding,
} from '../../../src/domain/schedules/periods.ts';
import { addDays, daysBetweenInclusive } from '../../../src/domain/calendar/local-time.ts';

describe('the days a weekly investigation covers', () => {
  it('a weekly report on Sunday covers Monday to Sunday', () => {
    expect(investigationPeriodEnding('2026-11-08', 'weekly')).toEqual({ periodStart: '2026-11-02', periodEnd: '2026-11-08' });
  });

  it('a week that spans the new year starts in the old year', () => {
    expect(investigationPeriodEnding('2026-01-03', 'weekly')).toEqual({ periodStart: '2025-12-28', periodEnd: '2026-01-03' });
  });

  it('every-two-days investigation covers the day before and the day itself, across a month end', () => {
    expect(investigationPeriodEnding('2026-03-01', 'every-two-days')).toEqual({ periodStart: '2026-02-28', periodEnd: '2026-03-01' });
  });

  it('a malformed date is refused with a reason', () => {
    expect(() => investigationPeriodEnding('2026-02-30', 'weekly')).toThrow(expect.objectContaining({ code: 'period.date-invalid', details: { date: '2026-02-30' } }));
  });
});

describe('which days are investigation days', () => {
  it('weekly: only the configured weekday (Friday = 5)', () => {
    expect(isInvestigationDay('2026-11-06', { mode: 'weekly', weeklyDay: 5 })).toBe(true);
    expect(isInvestigationDay('2026-11-05', { mode: 'weekly', weeklyDay: 5 })).toBe(false);
    expect(isInvestigationDay('2026-11-13', { mode: 'weekly', weeklyDay: 5 })).toBe(true);
  });

  it('every two days: exactly every second day, without a break at month or year ends', () => {
    const isDay = (day: string): boolean => isInvestigationDay(day, { mode: 'every-two-days', weeklyDay: 5 });
    for (const day of daysBetweenInclusive('2025-12-25', '2026-03-05')) {
      expect(isDay(day)).not.toBe(isDay(addDays(day, 1)));
    }
  });

  it('every two days: the same dates whenever it is asked, fixed from 2024-01-01', () => {
    expect(isInvestigationDay('2024-01-01', { mode: 'every-two-days', weeklyDay: 1 })).toBe(true);
    expect(isInvestigationDay('2024-01-02', { mode: 'every-two-days', weeklyDay: 1 })).toBe(false);
    expect(isInvestigationDay('2023-12-30', { mode: 'every-two-days', weeklyDay: 1 })).toBe(true);
    expect(isInvestigationDay('2023-12-31', { mode: 'every-two-days', weeklyDay: 1 })).toBe(false);
  });
});

describe('the period a scheduling meeting sums up', () => {
  it('monthly: the whole calendar month, 28, 29, 30 or 31 days', () => {
    expect(schedulingPeriodEnding('2026-02-10', 'monthly')).toEqual({ periodStart: '2026-02-01', periodEnd: '2026-02-28' });
    expect(schedulingPeriodEnding('2024-02-10', 'monthly')).toEqual({ periodStart: '2024-02-01', periodEnd: '2024-02-29' });
    expect(schedulingPeriodEnding('2026-11-30', 'monthly')).toEqual({ periodStart: '2026-11-01', periodEnd: '2026-11-30' });
    expect(schedulingPeriodEnding('2026-12-31', 'monthly')).toEqual({ periodStart: '2026-12-01', periodEnd: '2026-12-31' });
  });

  it('fortnightly: the 15th closes the first half, the 16th opens the second', () => {
    expect(schedulingPeriodEnding('2026-11-15', 'fortnightly')).toEqual({ periodStart: '2026-11-01', periodEnd: '2026-11-15' });
    expect(schedulingPeriodEnding('2026-11-16', 'fortnightly')).toEqual({ periodStart: '2026-11-16', periodEnd: '2026-11-30' });
    expect(schedulingPeriodEnding('2024-02-20', 'fortnightly')).toEqual({ periodStart: '2024-02-16', periodEnd: '2024-02-29' });
  });
});

describe('the day the scheduling meeting is held', () => {
  it('the last working day of the month in China’s official calendar, 补班 Saturdays included', () => {
    expect(lastWorkingDayOfMonth('2026-11')).toBe('2026-11-30');
    expect(lastWorkingDayOfMonth('2026-05')).toBe('2026-05-29');
    expect(lastWorkingDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastWorkingDayOfMonth('2024-02')).toBe('2024-02-29');
  });

  it('monthly: only on that day', () => {
    expect(isSchedulingDay('2026-05-29', 'monthly')).toBe(true);
    expect(isSchedulingDay('2026-05-31', 'monthly')).toBe(false);
    expect(isSchedulingDay('2026-05-15', 'monthly')).toBe(false);
  });

  it('fortnightly: the last working day of each half, moved back from a weekend 15th', () => {
    expect(isSchedulingDay('2026-11-13', 'fortnightly')).toBe(true);
    expect(isSchedulingDay('2026-11-15', 'fortnightly')).toBe(false);
    expect(isSchedulingDay('2026-11-30', 'fortnightly')).toBe(true);
    expect(isSchedulingDay('2026-05-15', 'fortnightly')).toBe(true);
    expect(isSchedulingDay('2026-08-14', 'fortnightly')).toBe(true);
  });
});

describe('months', () => {
  it('the previous month crosses the year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2024-03')).toBe('2024-02');
  });

  it('a month runs from its first to its last day, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ periodStart: '2024-02-01', periodEnd: '2024-02-29' });
    expect(monthRange('2100-02')).toEqual({ periodStart: '2100-02-01', periodEnd: '2100-02-28' });
    expect(monthRange('2026-04')).toEqual({ periodStart: '2026-04-01', periodEnd: '2026-04-30' });
  });

  it('a malformed month is refused with a reason', () => {
    expect(() => monthRange('2026-13')).toThrow(expect.objectContaining({ code: 'period.month-invalid', details: { month: '2026-13' } }));
  });
});
