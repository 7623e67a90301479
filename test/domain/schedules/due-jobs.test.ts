import { describe, expect, it } from 'vitest';
import { dueDailyJobs } from '../../../src/domain/schedules/due-jobs.ts';

const daily = { controlMode: 'daily' as const, shiftTimes: [], pushTime: '08:30', remindTime: '16:00', closeTime: '20:00' };

describe('which daily jobs are due at a unit’s local time', () => {
  it('nothing before the push time', () => {
    expect(dueDailyJobs(daily, { date: '2026-11-02', time: '08:29' })).toEqual([]);
  });

  it('the push from 08:30, and still later in the day for a service that was down at 08:30', () => {
    expect(dueDailyJobs(daily, { date: '2026-11-02', time: '08:30' }).map((job) => job.job)).toEqual(['daily-push']);
    expect(dueDailyJobs(daily, { date: '2026-11-02', time: '17:00' }).map((job) => job.job)).toEqual(['daily-push', 'daily-remind']);
  });

  it('after the close only the close: no checklist is pushed for a day that is over', () => {
    expect(dueDailyJobs(daily, { date: '2026-11-02', time: '20:00' })).toEqual([{ job: 'daily-close', date: '2026-11-02', period: '2026-11-02' }]);
  });

  it('per-shift control pushes each shift as its own period', () => {
    const shifts = { ...daily, controlMode: 'per-shift' as const, shiftTimes: ['08:00', '16:30'] };
    const pushes = dueDailyJobs(shifts, { date: '2026-11-02', time: '16:45' }).filter((job) => job.job === 'daily-push');
    expect(pushes.map((job) => job.period)).toEqual(['2026-11-02@08:00', '2026-11-02@16:30']);
  });
});
