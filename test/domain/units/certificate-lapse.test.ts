import { describe, expect, it } from 'vitest';
import { daysFrom, dueLapseNotice, LAPSE_TOLD, type RemindedCertificate, successorOf } from '../../../src/domain/units/certificate-lapse.ts';

function certificate(validUntil: string, lastReminder: number | null = null, overrides: Partial<RemindedCertificate> = {}): RemindedCertificate {
  return { kind: 'ccc', number: '2023010701000123', scope: '电暖器', validUntil, lastReminder, ...overrides };
}

describe('dueLapseNotice: 90, 30 and 7 days before, and the day after the last valid day', () => {
  it('says nothing while more than 90 days are left', () => {
    expect(dueLapseNotice(certificate('2027-03-31'), '2026-12-30')).toBeUndefined();
  });

  it('reminds at 90 days, then not again until 30', () => {
    expect(dueLapseNotice(certificate('2027-03-31'), '2026-12-31')).toEqual({ kind: 'approaching', threshold: 90, daysLeft: 90 });
    expect(dueLapseNotice(certificate('2027-03-31', 90), '2027-01-15')).toBeUndefined();
    expect(dueLapseNotice(certificate('2027-03-31', 90), '2027-03-01')).toEqual({ kind: 'approaching', threshold: 30, daysLeft: 30 });
  });

  it('a certificate first seen 20 days ahead gets the 30-day reminder once, then the 7-day one', () => {
    expect(dueLapseNotice(certificate('2026-11-27'), '2026-11-07')).toEqual({ kind: 'approaching', threshold: 30, daysLeft: 20 });
    expect(dueLapseNotice(certificate('2026-11-27', 30), '2026-11-08')).toBeUndefined();
    expect(dueLapseNotice(certificate('2026-11-27', 30), '2026-11-20')).toEqual({ kind: 'approaching', threshold: 7, daysLeft: 7 });
    expect(dueLapseNotice(certificate('2026-11-27', 7), '2026-11-27')).toBeUndefined();
  });

  it('is valid through its last day and lapsed from the next, which is told once', () => {
    expect(dueLapseNotice(certificate('2026-11-06', 7), '2026-11-06')).toBeUndefined();
    expect(dueLapseNotice(certificate('2026-11-06', 7), '2026-11-07')).toEqual({ kind: 'lapsed', lapsedOn: '2026-11-07' });
    expect(dueLapseNotice(certificate('2026-11-06', LAPSE_TOLD), '2026-11-08')).toBeUndefined();
  });

  it('a certificate registered long after it lapsed is told it has lapsed, once', () => {
    expect(dueLapseNotice(certificate('2025-01-31'), '2026-11-07')).toEqual({ kind: 'lapsed', lapsedOn: '2025-02-01' });
  });

  it('counts days across months and years', () => {
    expect(daysFrom('2026-12-31', '2027-03-31')).toBe(90);
    expect(daysFrom('2026-11-07', '2026-11-06')).toBe(-1);
  });
});

describe('successorOf: a renewal under a new number', () => {
  const old = certificate('2026-11-06');
  it('is a certificate of the same kind and scope valid longer', () => {
    const renewed = certificate('2031-11-06', null, { number: '2026010701000999' });
    expect(successorOf(old, [old, renewed])).toEqual(renewed);
  });

  it('is not one of another scope or kind, nor one lapsing earlier', () => {
    const others = [
      certificate('2031-11-06', null, { number: 'A', scope: '电热水壶' }),
      certificate('2031-11-06', null, { number: 'B', kind: 'production-licence' }),
      certificate('2026-10-01', null, { number: 'C' }),
    ];
    expect(successorOf(old, [old, ...others])).toBeUndefined();
  });
});
