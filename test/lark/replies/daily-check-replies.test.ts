import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/domain-error.ts';
import { recordHazard, submitRemainingAsNormal, type DailyCheck } from '../../../src/domain/daily-checks/daily-check.ts';
import { hazardRecordedReply, itemAnsweredReply } from '../../../src/lark/replies/daily-check-replies.ts';
import { wordRefusal } from '../../../src/lark/replies/word-refusal.ts';
import { refuseDailyCheckAccess } from '../../../src/use-cases/daily-control/daily-check-refusals.ts';
import type { DailyCheckView } from '../../../src/ports/notifications.ts';
import { refusalOf } from '../../support/refusal.ts';

const openCheck: DailyCheck = { id: 'check-1', officerId: 'wang', date: '2026-11-02', status: 'open', revision: 1, itemCount: 4, answers: [] };

const view: DailyCheckView = {
  checkId: 'check-1',
  unitName: '某某电器有限公司',
  date: '2026-11-02',
  shift: '',
  checklistVersion: 1,
  officerName: '王五',
  revision: 1,
  status: 'open',
  items: [],
};


describe('daily-check wording', () => {
  it('a hazard reported after submission is refused with a pointer to 更正, naming the day', () => {
    const submitted = submitRemainingAsNormal(openCheck);
    const sentence = wordRefusal(refusalOf(() => recordHazard(submitted, { number: 3, description: '标签缺失', measures: '已补贴标签', serious: false })));
    expect(sentence).toContain('2026-11-02');
    expect(sentence).toContain('更正');
  });

  it('a second submission names when the record was submitted, in the unit’s own time', () => {
    const sentence = wordRefusal(
      refuseDailyCheckAccess('daily-check.submitted-before', { date: '2026-11-02', submittedAt: new Date('2026-11-02T01:30:00Z'), timeZone: 'Asia/Shanghai' }),
    );
    expect(sentence).toBe('2026-11-02 的检查记录已于2026-11-02 09:30提交，无需重复提交。如需修改，请回复「更正」。');
  });

  it('a refusal without wording is a fault, never a blank reply', () => {
    const unknown = new DomainError<{ 'daily-check.unworded': Record<string, never> }>('daily-check.unworded', {});
    expect(() => wordRefusal(unknown)).toThrow(/daily-check.unworded/);
  });

  it('by chat an answered item says what is left; on the card only what was recorded', () => {
    const outcome = { kind: 'item-answered' as const, number: 2, answer: 'not-applicable' as const, remaining: [3, 4], view };
    expect(itemAnsweredReply(outcome, 'chat').reply).toBe('第 2 项已记为不适用。还有第 3、4 项待检查。');
    expect(itemAnsweredReply(outcome, 'card')).toEqual({ reply: '第 2 项已记为不适用', tone: 'success', card: { view } });
  });

  it('a hazard names who was told, or says nobody could be', () => {
    const base = { kind: 'hazard-recorded' as const, number: 3, itemText: '灭火器', unitName: '某某电器有限公司', remaining: [1, 2, 4], view };
    expect(hazardRecordedReply({ ...base, alerted: [{ name: '李四', title: 'director' }, { name: '张三', title: 'principal' }] }, 'card').reply).toBe(
      '第 3 项隐患已记录，已立即报告质量安全总监李四和主要负责人张三',
    );
    expect(hazardRecordedReply({ ...base, alerted: [] }, 'chat').reply).toBe(
      [
        '已记录第 3 项「灭火器」的隐患，已记录（某某电器有限公司尚未登记质量安全总监或主要负责人）。',
        '还有第 1、2、4 项待检查：请逐项回复，检查后其余各项都正常请回复「其余正常」提交。',
      ].join('\n'),
    );
  });

  it('by chat a hazard never says the other items were checked: it names what is left, or asks for the submission', () => {
    const recorded = { kind: 'hazard-recorded' as const, number: 4, itemText: '标识', unitName: '某某电器有限公司', alerted: [{ name: '李四', title: 'director' as const }], remaining: [], view };
    expect(hazardRecordedReply(recorded, 'chat').reply).toBe('已记录第 4 项「标识」的隐患，已立即报告质量安全总监李四。\n全部项目已填写，回复「提交」提交检查记录。');
  });
});
