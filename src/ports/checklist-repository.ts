import type { ItemFrequency } from '../domain/checklists/item-frequency.ts';

export interface ChecklistItemRecord {
  number: number;
  code: string;
  text: string;
  guidance: string;
  category: string;
  frequency: ItemFrequency;
}

export interface ChecklistRecord {
  id: string;
  version: number;
  items: ChecklistItemRecord[];
}

export interface ChecklistRepository {
  current(unitId: string): Promise<ChecklistRecord | null>;
  get(checklistId: string): Promise<ChecklistRecord>;
}
