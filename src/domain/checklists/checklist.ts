import type { UnitKind } from '../units/unit-kind.ts';
import type { ItemFrequency } from './item-frequency.ts';

export interface ChecklistItem {
  /** Stable across versions (`P01`), so records made against older versions still line up. */
  code: string;
  text: string;
  /** One line telling the officer how to check. */
  guidance: string;
  category: string;
  /** 管控频次; absent: daily. */
  frequency?: ItemFrequency;
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
