import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, findChecklistTemplate } from '../../../src/domain/checklists/templates/index.ts';
import { PlanFinding } from '../../../src/domain/organisation/plan-finding.ts';
import type { ChecklistTemplate } from '../../../src/domain/checklists/checklist.ts';

function template(id: string): ChecklistTemplate {
  const found = findChecklistTemplate(id);
  if (found instanceof PlanFinding) throw found;
  return found;
}

function allText(checklist: ChecklistTemplate): string {
  return checklist.items.map((item) => `${item.category} ${item.text}`).join('\n');
}

describe('built-in checklist templates', () => {
  it.each([
    ['producer-default', 'P', 'producer'],
    ['wholesaler-default', 'W', 'wholesaler'],
    ['retailer-default', 'R', 'retailer'],
  ])('%s has 10–20 items coded %s01…, each with guidance and a category', (id, prefix, kind) => {
    const checklist = template(id);
    expect(checklist.kind).toBe(kind);
    expect(checklist.items.length).toBeGreaterThanOrEqual(10);
    expect(checklist.items.length).toBeLessThanOrEqual(20);
    expect(checklist.items.map((item) => item.code)).toEqual(
      checklist.items.map((_, index) => `${prefix}${String(index + 1).padStart(2, '0')}`),
    );
    for (const item of checklist.items) {
      expect(item.text.length).toBeGreaterThan(5);
      expect(item.guidance.length).toBeGreaterThan(5);
      expect(item.category.length).toBeGreaterThan(0);
    }
  });

  it('asks producers about what their rule and the 2010 guidance name', () => {
    const text = allText(template('producer-default'));
    for (const topic of ['进货查验', '关键工序', '出厂检验', '不合格', '标识', '生产许可证', 'CCC', '追溯', '不少于两年', '召回', '计量器具', '储存']) {
      expect(text).toContain(topic);
    }
  });

  it('version 2 completes the producer’s list from the published Art. 9 and the 2010 guidance', () => {
    const checklist = template('producer-default');
    expect(checklist.version).toBe(2);
    const text = allText(checklist);
    for (const topic of ['国家明令淘汰', '入库', '委托加工', '委托经资质认定的机构检验', '企业标准', '三包', '出货日期和地点']) expect(text).toContain(topic);
  });

  it('version 2 gives a retailer 入库验收 and a purchase ledger of its own', () => {
    const checklist = template('retailer-default');
    expect(checklist.version).toBe(2);
    expect(checklist.items.map((item) => item.category)).toEqual(expect.arrayContaining(['入库验收', '进货台账']));
  });

  it.each(['wholesaler-default', 'retailer-default'])('asks sellers (%s) about what an inspector checks at a seller', (id) => {
    const text = allText(template(id));
    for (const topic of ['索证索票', '合格证', 'CCC 标志', '中文标识', '来源不明', '价格明显低于', '假冒伪劣', '召回', '淘汰', '储存', '销售', '投诉']) {
      expect(text).toContain(topic);
    }
  });

  it('refuses an unknown template id, listing the valid ones', () => {
    const result = findChecklistTemplate('shop');
    expect(result).toBeInstanceOf(PlanFinding);
    const error = result as PlanFinding;
    expect(error.code).toBe('CHECKLIST_TEMPLATE_UNKNOWN');
    expect(error.message).toContain('producer-default（生产单位）');
    expect(error.message).toContain('wholesaler-default（批发单位）');
    expect(error.message).toContain('retailer-default（零售单位）');
    expect(error.details?.['validTemplateIds']).toEqual(CHECKLIST_TEMPLATES.map((candidate) => candidate.templateId));
  });

  it('hands out a copy, so editing a unit’s checklist leaves the template as it was', () => {
    const copy = template('retailer-default');
    copy.items[0]!.text = '改过的';
    expect(template('retailer-default').items[0]?.text).not.toBe('改过的');
  });
});
