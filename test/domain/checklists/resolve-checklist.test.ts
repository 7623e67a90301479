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
        { code: 'X01', text: '焊接工序抽检', guidance: '看焊点', category: '过程控制', frequency: { kind: 'daily' } },
        { code: 'X02', text: '包装标识', guidance: '', category: '其他', frequency: { kind: 'daily' } },
      ],
    });
  });

  it('keeps each item’s 管控频次, and a built-in template’s items are checked on every check', () => {
    const resolution = resolveChecklist({
      type: 'inline',
      items: [
        { code: 'X01', text: '交接班检查', frequency: 'per-shift' },
        { code: 'X02', text: '消防器材', frequency: 'weekly', day: 1 },
        { code: 'X03', text: '计量器具', frequency: 'monthly', day: 31 },
      ],
    });
    expect(resolution.checklist?.items.map((item) => item.frequency)).toEqual([{ kind: 'per-shift' }, { kind: 'weekly', weekday: 1 }, { kind: 'monthly', day: 31 }]);
    const template = resolveChecklist({ type: 'template', templateId: 'producer-default' });
    expect(new Set(template.checklist?.items.map((item) => item.frequency?.kind))).toEqual(new Set(['per-shift']));
  });

  it('refuses a frequency it does not know, a weekly or monthly item without its day, and a day out of range, naming the item', () => {
    const resolution = resolveChecklist({
      type: 'inline',
      items: [
        { code: 'X01', text: '一', frequency: 'yearly' },
        { code: 'X02', text: '二', frequency: 'weekly' },
        { code: 'X03', text: '三', frequency: 'weekly', day: 8 },
        { code: 'X04', text: '四', frequency: 'monthly', day: 0 },
        { code: 'X05', text: '五', day: 3 },
      ],
    });
    expect(resolution.errors.map((error) => [error.code, error.details?.['path']])).toEqual([
      ['CHECKLIST_ITEM_FREQUENCY_INVALID', ['checklist', 0, 'frequency']],
      ['CHECKLIST_ITEM_FREQUENCY_INVALID', ['checklist', 1, 'day']],
      ['CHECKLIST_ITEM_FREQUENCY_INVALID', ['checklist', 2, 'day']],
      ['CHECKLIST_ITEM_FREQUENCY_INVALID', ['checklist', 3, 'day']],
      ['CHECKLIST_ITEM_FREQUENCY_INVALID', ['checklist', 4, 'day']],
    ]);
    expect(resolution.errors[1]?.message).toBe('第 2 项（X02）：管控频次为 weekly 时须写明 day：星期几检查（1–7，1 为星期一）');
    expect(resolution.errors[4]?.message).toContain('第 5 项（X05）：管控频次为 daily 时不填写 day');
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
