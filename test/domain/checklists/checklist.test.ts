import { describe, expect, it } from 'vitest';
import { numberChecklistItems, type Checklist } from '../../../src/domain/checklists/checklist.ts';

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
});
