import type { UnitKind } from '../domain/units/unit-kind.ts';

export interface UnitSchedule {
  controlMode: 'daily' | 'per-shift';
  shiftTimes: string[];
  pushTime: string;
  remindTime: string;
  closeTime: string;
  weeklyTime: string;
  weeklyDay: number;
  investigationMode: 'weekly' | 'every-two-days';
  schedulingMode: 'monthly' | 'fortnightly';
  monthlyTime: string;
}

export interface UnitProfile {
  id: string;
  name: string;
  kind: UnitKind;
  grade: string;
  directorRequired: boolean;
  timeZone: string;
  calendar: string;
  schedule: UnitSchedule;
}

export interface UnitRepository {
  list(): Promise<UnitProfile[]>;
  get(unitId: string): Promise<UnitProfile | null>;
}
