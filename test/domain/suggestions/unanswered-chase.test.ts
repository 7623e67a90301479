import { describe, expect, it } from 'vitest';
import { hoursWaiting, isDueForChase } from '../../../src/domain/suggestions/unanswered-chase.ts';

const proposedAt = new Date('2026-11-19T10:00:00+08:00');
const at = (time: string) => new Date(`2026-11-${time}+08:00`);

describe('when the principal is chased about an unanswered proposal', () => {
  it('a veto once it has waited two hours, at any job of the day', () => {
    const veto = { kind: 'veto' as const, createdAt: proposedAt };
    expect(isDueForChase(veto, 'daily-remind', at('19T11:59:00'))).toBe(false);
    expect(isDueForChase(veto, 'daily-remind', at('19T16:00:00'))).toBe(true);
    expect(isDueForChase(veto, 'daily-close', at('19T20:00:00'))).toBe(true);
    expect(isDueForChase(veto, 'follow-ups', at('20T08:30:00'))).toBe(true);
  });

  it('a suggestion after a day, in the morning follow-ups only', () => {
    const suggestion = { kind: 'suggestion' as const, createdAt: proposedAt };
    expect(isDueForChase(suggestion, 'follow-ups', at('20T08:30:00'))).toBe(false);
    expect(isDueForChase(suggestion, 'daily-remind', at('20T16:00:00'))).toBe(false);
    expect(isDueForChase(suggestion, 'follow-ups', at('21T08:30:00'))).toBe(true);
  });

  it('counts the whole hours waited', () => {
    expect(hoursWaiting(proposedAt, at('19T16:59:00'))).toBe(6);
  });
});
