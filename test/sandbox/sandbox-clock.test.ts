import { describe, expect, it } from 'vitest';
import { SandboxClock } from '../../sandbox/sandbox-clock.ts';

describe('the sandbox’s simulated clock', () => {
  const start = Date.parse('2026-12-03T23:00:00Z'); // 2026-12-04 07:00 in Asia/Shanghai

  it('shows the date, time and weekday in the units’ time zone', () => {
    expect(new SandboxClock('Asia/Shanghai', start, () => 0).describe()).toBe('2026-12-04 07:00 周五');
  });

  it('runs on with real time between actions, each reading later than the one before', () => {
    let real = 1_000;
    const clock = new SandboxClock('Asia/Shanghai', start, () => real);
    const first = clock.now();
    const second = clock.now();
    real += 90_000;
    expect(second).toBeGreaterThan(first);
    expect(clock.now()).toBeGreaterThanOrEqual(start + 90_000);
    expect(clock.describe()).toBe('2026-12-04 07:01 周五');
  });

  it('moves forward to a later moment and never back to an earlier one', () => {
    const clock = new SandboxClock('Asia/Shanghai', start, () => 0);
    clock.setLocal('2026-12-04', '08:30');
    expect(clock.describe()).toBe('2026-12-04 08:30 周五');
    clock.setLocal('2026-12-03', '20:00');
    expect(clock.describe()).toBe('2026-12-04 08:30 周五');
    expect(clock.localDate()).toBe('2026-12-04');
  });
});
