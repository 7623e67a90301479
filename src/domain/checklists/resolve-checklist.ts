import { PlanFinding, planFinding } from '../organisation/plan-finding.ts';
import type { Checklist } from './checklist.ts';
import { type ItemFrequency, parseItemFrequency } from './item-frequency.ts';
import { findChecklistTemplate } from './templates/index.ts';

export interface InlineChecklistItem {
  code: string;
  text: string;
  guidance?: string;
  category?: string;
  /** daily | per-shift | weekly | monthly; absent: daily. */
  frequency?: string;
  /** The weekday (weekly, 1 = Monday) or day of the month (monthly). */
  day?: number;
}

/** What an organisation file says about a unit's checklist: a built-in template, or its own items. */
export type ChecklistSource = { type: 'template'; templateId: string } | { type: 'inline'; items: InlineChecklistItem[] };

export type ChecklistResolution = { checklist: Checklist; errors: [] } | { checklist?: undefined; errors: PlanFinding[] };

const DEFAULT_INLINE_CATEGORY = '其他';

/**
 * Turns a checklist source into the first version of a checklist. Messages are bare sentences; `details.path`
 * is relative to the unit (`['checklist', 2, 'code']`) so the caller can say which unit and which line.
 */
export function resolveChecklist(source: ChecklistSource): ChecklistResolution {
  if (source.type === 'template') {
    const template = findChecklistTemplate(source.templateId);
    if (template instanceof PlanFinding) {
      return { errors: [planFinding(template.code, template.message, { ...template.details, path: ['checklist'] })] };
    }
    // The built-in lists give no 管控频次: each item is checked on every check, every shift under per-shift control,
    // as it was before frequencies existed.
    const items = template.items.map((item) => ({ ...item, frequency: { kind: 'per-shift' } as const }));
    return { checklist: { templateId: template.templateId, version: template.version, items }, errors: [] };
  }

  const errors: PlanFinding[] = [];
  if (source.items.length === 0) {
    errors.push(planFinding('CHECKLIST_EMPTY', '风险管控清单至少须有一项', { path: ['checklist'] }));
  }
  const firstIndexOfCode = new Map<string, number>();
  const frequencies: ItemFrequency[] = [];
  source.items.forEach((item, index) => {
    const frequency = parseItemFrequency(item.frequency, item.day);
    if ('problem' in frequency) {
      const name = item.code.trim() === '' ? `第 ${index + 1} 项` : `第 ${index + 1} 项（${item.code.trim()}）`;
      errors.push(planFinding('CHECKLIST_ITEM_FREQUENCY_INVALID', `${name}：${frequency.problem}`, { path: ['checklist', index, frequency.field] }));
    } else {
      frequencies.push(frequency);
    }
    const code = item.code.trim();
    if (code === '') {
      errors.push(planFinding('CHECKLIST_ITEM_CODE_EMPTY', `第 ${index + 1} 项缺少编号（code）`, { path: ['checklist', index, 'code'] }));
    } else {
      const earlier = firstIndexOfCode.get(code);
      if (earlier === undefined) {
        firstIndexOfCode.set(code, index);
      } else {
        errors.push(
          planFinding('CHECKLIST_ITEM_CODE_DUPLICATE', `第 ${index + 1} 项的编号 ${code} 与第 ${earlier + 1} 项重复`, {
            code,
            path: ['checklist', index, 'code'],
          }),
        );
      }
    }
    if (item.text.trim() === '') {
      errors.push(planFinding('CHECKLIST_ITEM_TEXT_EMPTY', `第 ${index + 1} 项缺少检查内容（text）`, { path: ['checklist', index, 'text'] }));
    }
  });
  if (errors.length > 0) return { errors };

  return {
    checklist: {
      version: 1,
      items: source.items.map((item, index) => ({
        code: item.code.trim(),
        text: item.text.trim(),
        guidance: item.guidance?.trim() ?? '',
        category: item.category?.trim() || DEFAULT_INLINE_CATEGORY,
        frequency: frequencies[index] ?? { kind: 'daily' },
      })),
    },
    errors: [],
  };
}
