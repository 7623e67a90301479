import { describe, expect, it } from 'vitest';
import { SendRateLimiter } from '../../../src/lark/send-rate-limiter.ts';

describe('the rate limiter counts calls still in flight', () => {
  it('calls in flight take their share of the app’s 50 per second before they are answered', () => {
    const limiter = new SendRateLimiter(50, 5, 1000);
    for (let call = 0; call < 45; call += 1) {
      limiter.begin(`person-${call}`);
      limiter.answered(`person-${call}`, 1_000);
    }
    for (let call = 45; call < 50; call += 1) limiter.begin(`person-${call}`);
    expect(limiter.appDelay(1_100)).toBeGreaterThan(0);
    limiter.answered('person-45', 1_150);
    expect(limiter.appDelay(1_200)).toBe(800);
    expect(limiter.appDelay(2_000)).toBe(0);
  });

  it('one person’s sixth message in a second waits for the window, others do not', () => {
    const limiter = new SendRateLimiter(50, 5, 1000);
    for (let call = 0; call < 5; call += 1) {
      limiter.begin('wang');
      limiter.answered('wang', 1_000 + call);
    }
    expect(limiter.recipientDelay('wang', 1_010)).toBe(990);
    expect(limiter.recipientDelay('zhao', 1_010)).toBe(0);
    expect(limiter.appDelay(1_010)).toBe(0);
  });
});
