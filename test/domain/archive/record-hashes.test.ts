import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/archive/canonical-hash.ts';
import { recordHashes } from '../../../src/domain/archive/record-hashes.ts';

const submission = {
  unitId: 'acme-plant',
  officerId: 'officer-1',
  date: '2026-11-03',
  shift: '',
  checklistId: 'checklist-1',
  checklistVersion: 1,
  revision: 1,
  submittedAt: new Date('2026-11-03T01:00:00Z'),
  answers: [{ number: 1, answer: 'normal' as const, serious: false }],
};

describe('record hashes and the items due by frequency', () => {
  it('a daily record made before frequencies hashes as it always did, so verify still passes on it', () => {
    const before = contentHash({
      ...submission,
      submittedAt: submission.submittedAt.toISOString(),
      answers: [{ number: 1, answer: 'normal', description: null, measures: null, serious: false }],
    });
    expect(recordHashes.dailyCheckSubmission({ ...submission, dueItems: null })).toBe(before);
    expect(recordHashes.dailyCheckSubmission(submission)).toBe(before);
  });

  it('a new record’s hash covers which items were due', () => {
    expect(recordHashes.dailyCheckSubmission({ ...submission, dueItems: [1, 2, 4] })).not.toBe(recordHashes.dailyCheckSubmission({ ...submission, dueItems: [1, 2, 3] }));
  });

  it('a checklist version of daily items hashes as before; another frequency is covered', () => {
    const item = { code: 'F01', text: '原料进货查验', guidance: '', category: '其他' };
    const before = contentHash({ unitId: 'acme-plant', version: 1, items: [item] });
    expect(recordHashes.checklistVersion({ unitId: 'acme-plant', version: 1, items: [{ ...item, frequency: { kind: 'daily' } }] })).toBe(before);
    expect(recordHashes.checklistVersion({ unitId: 'acme-plant', version: 1, items: [{ ...item, frequency: { kind: 'weekly', weekday: 1 } }] })).not.toBe(before);
  });
});
