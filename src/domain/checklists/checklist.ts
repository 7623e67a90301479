import { PlanFinding, planFinding } from '../organisation/plan-finding.ts';
import type { UnitKind } from '../units/unit-kind.ts';

export interface ChecklistItem {
  /** Stable across versions (`P01`), so records made against older versions still line up. */
  code: string;
  text: string;
  /** One line telling the officer how to check. */
  guidance: string;
  category: string;
}

/** A unit's 《工业产品质量安全风险管控清单》 (Art. 9); every record keeps the version it was made against. */
export interface Checklist {
  templateId?: string;
  version: number;
  items: ChecklistItem[];
}

export interface ChecklistTemplate extends Checklist {
  templateId: string;
  title: string;
  /** The kind of unit the template was written for. */
  kind: UnitKind;
}

export interface NumberedChecklistItem extends ChecklistItem {
  /** 1-based, what an officer types in chat: `异常 3 …`. */
  number: number;
}

export function numberChecklistItems(checklist: Checklist): NumberedChecklistItem[] {
  return checklist.items.map((item, index) => ({ ...item, number: index + 1 }));
}

export function checklistItemByNumber(checklist: Checklist, number: number): NumberedChecklistItem | PlanFinding {
  const item = Number.isInteger(number) ? checklist.items[number - 1] : undefined;
  if (item === undefined || number < 1) {
    return planFinding(
      'CHECKLIST_ITEM_NUMBER_UNKNOWN',
      `没有第 ${number} 项：风险管控清单共 ${checklist.items.length} 项，请输入 1 到 ${checklist.items.length} 之间的序号`,
      { number, itemCount: checklist.items.length },
    );
  }
  return { ...item, number };
}
