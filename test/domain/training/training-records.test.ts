import { describe, expect, it } from 'vitest';
import { checkAssessment } from '../../../src/domain/training/assessment-record.ts';
import { trainingArticles } from '../../../src/domain/training/training-articles.ts';
import { checkTrainingSession } from '../../../src/domain/training/training-session.ts';
import { refusalOf } from '../../support/refusal.ts';

const session = { date: '2026-11-10', subject: ' 岗前培训 ', content: '', hours: 4, trainer: '', attendeeIds: ['p-wang', 'p-wang', 'p-li'] };
const assessment = { kind: 'assessment' as const, date: '2026-11-12', passed: true, assessor: '李四' };

describe('a training session as it is recorded (Art. 15)', () => {
  it('keeps each attendee once and the subject trimmed', () => {
    expect(checkTrainingSession(session, '2026-11-26')).toEqual({ ...session, subject: '岗前培训', attendeeIds: ['p-wang', 'p-li'] });
  });

  it.each([
    [{ date: '2026-11-31' }, 'training.date-invalid'],
    [{ date: '2026-11-27' }, 'training.date-in-future'],
    [{ subject: '  ' }, 'training.subject-required'],
    [{ hours: 0 }, 'training.hours-invalid'],
    [{ hours: Number.NaN }, 'training.hours-invalid'],
    [{ attendeeIds: [] }, 'training.attendees-required'],
  ])('refuses %o with %s', (change, code) => {
    expect(refusalOf(() => checkTrainingSession({ ...session, ...change }, '2026-11-26')).code).toBe(code);
  });
});

describe('an assessment and a spot check as they are recorded', () => {
  it('keeps a score out of 100 and a failed spot check’s rectification', () => {
    expect(checkAssessment({ ...assessment, score: 92.5 }, '2026-11-26')).toEqual({ ...assessment, score: 92.5 });
    const spotCheck = { kind: 'spot-check' as const, date: '2026-11-20', passed: false, assessor: '区市场监管所', rectification: { text: '停岗重新培训', on: '2026-11-22' } };
    expect(checkAssessment(spotCheck, '2026-11-26')).toEqual(spotCheck);
  });

  it.each([
    [{ score: 101 }, 'assessment.score-invalid'],
    [{ date: '2026-12-01' }, 'training.date-in-future'],
    [{ rectification: { text: '重新培训', on: '2026-11-20' } }, 'assessment.rectification-not-applicable'],
    [{ kind: 'spot-check' as const, passed: false, rectification: { text: ' ', on: '2026-11-20' } }, 'assessment.rectification-text-required'],
    [{ kind: 'spot-check' as const, passed: false, rectification: { text: '重新培训', on: '2026-11-11' } }, 'assessment.rectified-before-spot-check'],
    [{ kind: 'spot-check' as const, passed: false, rectification: { text: '重新培训', on: '2026-11-27' } }, 'training.date-in-future'],
  ])('refuses %o with %s', (change, code) => {
    expect(refusalOf(() => checkAssessment({ ...assessment, ...change }, '2026-11-26')).code).toBe(code);
  });
});

describe('the articles cited are those of the unit’s own rule', () => {
  it('Order 75 Art. 6 (四) for producers, Order 76 Art. 6 (三) for sellers', () => {
    expect(trainingArticles('producer')).toEqual({ order: '市场监管总局令第75号', competence: '第六条第四项', recordKeeping: '第十五条' });
    expect(trainingArticles('retailer')).toEqual({ order: '市场监管总局令第76号', competence: '第六条第三项', recordKeeping: '第十五条' });
    expect(trainingArticles('wholesaler').order).toBe('市场监管总局令第76号');
  });
});
