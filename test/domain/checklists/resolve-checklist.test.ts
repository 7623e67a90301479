import { describe, expect, it } from 'vitest';
import { resolveChecklist } from '../../../src/domain/checklists/resolve-checklist.ts';

describe('resolveChecklist', () => {
  it('starts a unit on a built-in template, remembering which', () => {
    const resolution = resolveChecklist({ type: 'template', templateId: 'wholesaler-default' });
    expect(resolution.errors).toEqual([]);
    expect(resolution.checklist?.templateId).toBe('wholesaler-default');
    expect(resolution.checklist?.items[0]?.code).toBe('W01');
  });

  it('reports an unknown template with a path to the checklist field', () => {
    const resolution = resolveChecklist({ type: 'template', templateId: 'nope' });
    expect(resolution.checklist).toBeUndefined();
    expect(resolution.errors[0]?.code).toBe('CHECKLIST_TEMPLATE_UNKNOWN');
    expect(resolution.errors[0]?.details?.['path']).toEqual(['checklist']);
  });

  it('accepts the unit’s own items, filling in missing guidance and category', () => {
    const resolution = resolveChecklist({
      type: 'inline',
      items: [
        { code: 'X01', text: ' 焊接工序抽检 ', guidance: '看焊点', category: '过程控制' },
        { code: 'X02', text: '包装标识' },
      ],
    });
    expect(resolution.checklist).toEqual({
      version: 1,
      items: [
        { code: 'X01', text: '焊接工序抽检', guidance: '看焊点', category: '过程控制' },
        { code: 'X02', text: '包装标识', guidance: '', category: '其他' },
      ],
    });
  });

  it('refuses an empty list, duplicate codes and items without text', () => {
    expect(resolveChecklist({ type: 'inline', items: [] }).errors.map((error) => error.code)).toEqual(['CHECKLIST_EMPTY']);
    const resolution = resolveChecklist({
      type: 'inline',
      items: [
        { code: 'X01', text: '一' },
        { code: 'X01', text: ' ' },
      ],
    });
    expect(resolution.errors.map((error) => [error.code, error.details?.['path']])).toEqual([
      ['CHECKLIST_ITEM_CODE_DUPLICATE', ['checklist', 1, 'code']],
      ['CHECKLIST_ITEM_TEXT_EMPTY', ['checklist', 1, 'text']],
    ]);
    expect(resolution.errors[0]?.message).toBe('第 2 项的编号 X01 与第 1 项重复');
  });
});
