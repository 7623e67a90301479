import { describe, expect, it } from 'vitest';
import { checklistItemByNumber, numberChecklistItems, type Checklist } from '../../../src/domain/checklists/checklist.ts';
import { PlanFinding } from '../../../src/domain/organisation/plan-finding.ts';

const checklist: Checklist = {
  version: 2,
  items: [
    { code: 'X01', text: '进货查验', guidance: '看台账', category: '进货查验' },
    { code: 'X02', text: '出厂检验', guidance: '看报告', category: '出厂检验' },
    { code: 'X03', text: '不合格品', guidance: '看记录', category: '不合格品控制' },
  ],
};

describe('checklist numbering', () => {
  it('numbers items from 1 in list order, as officers type them in chat', () => {
    expect(numberChecklistItems(checklist).map((item) => [item.number, item.code])).toEqual([
      [1, 'X01'],
      [2, 'X02'],
      [3, 'X03'],
    ]);
  });

  it('finds the item an officer means by its number', () => {
    expect(checklistItemByNumber(checklist, 3)).toMatchObject({ number: 3, code: 'X03', text: '不合格品' });
  });

  it.each([0, 4, 1.5, -1])('answers item number %d with the valid range', (number) => {
    const result = checklistItemByNumber(checklist, number);
    expect(result).toBeInstanceOf(PlanFinding);
    expect((result as PlanFinding).code).toBe('CHECKLIST_ITEM_NUMBER_UNKNOWN');
    expect((result as PlanFinding).message).toContain('请输入 1 到 3 之间的序号');
  });
});
