import type { ChecklistItem } from '../domain/checklists/checklist.ts';
import type { Assessment } from '../domain/people/assessment.ts';
import type { Role } from '../domain/people/role.ts';

export interface UnitRecord {
  id: string;
  name: string;
  kind: string;
  staff: number;
  revenueWan: number;
  licences: string[];
  grade: string;
  directorRequired: boolean;
  timeZone: string;
  calendar: string;
  controlMode: string;
  shiftTimes: string[];
  investigationMode: string;
  weeklyDay: number;
  schedulingMode: string;
  pushTime: string;
  remindTime: string;
  closeTime: string;
  weeklyTime: string;
  monthlyTime: string;
}

export interface PersonRecord {
  key: string;
  name: string;
  openId: string | null;
  mobile: string | null;
  email: string | null;
  otherPosts: string[];
}

export interface StoredPerson extends PersonRecord {
  personId: string;
  appointments: Array<{ id: string; role: Role }>;
}

export type Change = 'created' | 'updated' | 'unchanged';

/** What an organisation import reads and writes, inside the import's single transaction. */
export interface OrganisationStore {
  saveUnit(unit: UnitRecord): Promise<Change>;
  people(unitId: string): Promise<StoredPerson[]>;
  savePerson(unitId: string, person: PersonRecord): Promise<{ personId: string; change: Change }>;
  startAppointment(input: { unitId: string; personId: string; role: Role; at: Date; reason: string }): Promise<string>;
  endAppointment(input: { appointmentId: string; at: Date; reason: string }): Promise<void>;
  currentChecklist(unitId: string): Promise<{ version: number; items: ChecklistItem[] } | null>;
  /** createdAt is the import's time on the service's clock: it dates the version in force. */
  addChecklistVersion(input: { unitId: string; version: number; templateId: string | null; items: ChecklistItem[]; createdAt: Date }): Promise<void>;
  recordAssessment(personId: string, assessment: Assessment): Promise<boolean>;
  currentDutyStatement(unitId: string, kind: string): Promise<{ version: number; text: string } | null>;
  addDutyStatement(input: { unitId: string; kind: string; version: number; text: string; createdAt: Date }): Promise<string>;
}
