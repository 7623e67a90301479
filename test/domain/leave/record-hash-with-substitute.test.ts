import { describe, expect, it } from 'vitest';
import { recordHashes } from '../../../src/domain/archive/record-hashes.ts';

const submission = {
  unitId: 'acme-plant',
  officerId: 'wang',
  date: '2026-11-10',
  shift: '',
  checklistId: 'checklist-1',
  checklistVersion: 2,
  revision: 1,
  submittedAt: new Date('2026-11-10T02:00:00Z'),
  answers: [{ number: 1, answer: 'normal' as const, serious: false }],
};

describe('the content hash of a daily record checked by a substitute', () => {
  it('covers the substitute, so the record cannot later be shown as made by someone else', () => {
    expect(recordHashes.dailyCheckSubmission({ ...submission, substituteId: 'zhao' })).not.toBe(recordHashes.dailyCheckSubmission({ ...submission, substituteId: 'sun' }));
    expect(recordHashes.dailyCheckSubmission({ ...submission, substituteId: 'zhao' })).not.toBe(recordHashes.dailyCheckSubmission(submission));
  });

  it('leaves the hash of a record without a substitute as it was before substitutes existed', () => {
    expect(recordHashes.dailyCheckSubmission({ ...submission, substituteId: null })).toBe(recordHashes.dailyCheckSubmission(submission));
    // What this submission hashed to before substitutes were covered (computed with that code).
    expect(recordHashes.dailyCheckSubmission(submission)).toBe('3562e9b71dbeea72e3f67ae9c8e670e02e0cb88628a21c2c8bc7f844c8fe2a54');
  });
});
