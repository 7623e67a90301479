import { describe, expect, it } from 'vitest';
import {
  abandonCorrection,
  answerItem,
  type DailyCheck,
  recordHazard,
  startCorrection,
  submit,
  submitRemainingAsNormal,
  unansweredItems,
  outcomeOf,
} from '../../../src/domain/daily-checks/daily-check.ts';
import { refusalOf } from '../../support/refusal.ts';

const openCheck: DailyCheck = { id: 'c1', officerId: 'p1', date: '2026-11-02', status: 'open', revision: 1, itemCount: 4, answers: [] };


describe('the daily check an officer fills in', () => {
  it('全部正常 on an untouched check records every item normal: a zero-risk report', () => {
    const submitted = submitRemainingAsNormal(openCheck);
    expect(submitted.status).toBe('submitted');
    expect(submitted.answers.map((answer) => answer.answer)).toEqual(['normal', 'normal', 'normal', 'normal']);
    expect(outcomeOf(submitted.answers)).toBe('zero-risk');
  });

  it('keeps an item already marked abnormal when the rest are submitted as normal', () => {
    const withHazard = recordHazard(openCheck, { number: 2, description: '灭火器过期', measures: '已更换', serious: false });
    const submitted = submitRemainingAsNormal(withHazard);
    expect(submitted.answers.find((answer) => answer.number === 2)?.answer).toBe('abnormal');
    expect(outcomeOf(submitted.answers)).toBe('hazard');
  });

  it('a hazard answers its own item and leaves the others unanswered and the record open', () => {
    const withHazard = recordHazard(openCheck, { number: 2, description: '灭火器过期', measures: '已更换', serious: false });
    expect(withHazard.status).toBe('open');
    expect(withHazard.answers.map((answer) => [answer.number, answer.answer])).toEqual([[2, 'abnormal']]);
    expect(unansweredItems(withHazard)).toEqual([1, 3, 4]);
  });

  it('refuses to submit item by item while items are unanswered, naming them', () => {
    const partly = answerItem(answerItem(openCheck, 1, 'normal'), 3, 'not-applicable');
    const error = refusalOf(() => submit(partly));
    expect(error.code).toBe('daily-check.items-unanswered');
    expect(error.details).toEqual({ missing: [2, 4] });
  });

  it('a hazard needs both a description and the measures taken, by card and by chat alike', () => {
    expect(refusalOf(() => recordHazard(openCheck, { number: 1, description: ' ', measures: '隔离', serious: false })).code).toBe('daily-check.hazard-description-required');
    expect(refusalOf(() => recordHazard(openCheck, { number: 1, description: '破损', measures: '', serious: false })).code).toBe('daily-check.hazard-measures-required');
  });

  it('refuses an item number the checklist does not have', () => {
    expect(refusalOf(() => answerItem(openCheck, 9, 'normal')).code).toBe('daily-check.item-not-found');
  });

  it('refuses any answer after submission, a hazard included', () => {
    const submitted = submitRemainingAsNormal(openCheck);
    expect(refusalOf(() => answerItem(submitted, 1, 'normal')).code).toBe('daily-check.already-submitted');
    const hazard = refusalOf(() => recordHazard(submitted, { number: 3, description: '标签缺失', measures: '已补贴标签', serious: false }));
    expect(hazard.code).toBe('daily-check.already-submitted');
  });

  it('更正 reopens a submitted check as the next revision with the earlier answers to start from', () => {
    const reopened = startCorrection(submitRemainingAsNormal(openCheck));
    expect(reopened).toMatchObject({ status: 'open', revision: 2 });
    expect(reopened.answers).toHaveLength(4);
    expect(refusalOf(() => startCorrection(openCheck)).code).toBe('daily-check.nothing-to-correct');
  });

  it('an abandoned correction goes back to the revision it corrected', () => {
    const submitted = submitRemainingAsNormal(openCheck);
    const reopened = startCorrection(submitted);
    expect(abandonCorrection(reopened, submitted.answers)).toMatchObject({ status: 'submitted', revision: 1, answers: submitted.answers });
    expect(refusalOf(() => abandonCorrection(openCheck, [])).code).toBe('daily-check.no-correction-open');
  });

  it('a missed or suspended day takes no answers', () => {
    expect(refusalOf(() => submitRemainingAsNormal({ ...openCheck, status: 'missed' })).code).toBe('daily-check.missed');
    expect(refusalOf(() => submitRemainingAsNormal({ ...openCheck, status: 'suspended' })).code).toBe('daily-check.suspended');
  });
});
