import type { ChecklistItem } from '../domain/checklists/checklist.ts';
import type { Assessment } from '../domain/people/assessment.ts';
import type { Role } from '../domain/people/role.ts';
import type { Certificate } from '../domain/units/certificate.ts';

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

/** An appointment in force, with the day it took effect (null: the import's) and its 任命文件 as recorded when it started. */
export interface HeldAppointment {
  id: string;
  role: Role;
  effectiveOn: string | null;
  document: string;
}

export interface StoredPerson extends PersonRecord {
  personId: string;
  appointments: HeldAppointment[];
}

export type Change = 'created' | 'updated' | 'unchanged';

/** What an organisation import reads and writes, inside the import's single transaction. */
export interface OrganisationStore {
  saveUnit(unit: UnitRecord): Promise<Change>;
  people(unitId: string): Promise<StoredPerson[]>;
  savePerson(unitId: string, person: PersonRecord): Promise<{ personId: string; change: Change }>;
  startAppointment(input: { unitId: string; personId: string; role: Role; at: Date; reason: string; effectiveOn: string | null; document: string }): Promise<string>;
  endAppointment(input: { appointmentId: string; at: Date; reason: string }): Promise<void>;
  currentChecklist(unitId: string): Promise<{ version: number; items: ChecklistItem[] } | null>;
  /** createdAt is the import's time on the service's clock: it dates the version in force. */
  addChecklistVersion(input: { unitId: string; version: number; templateId: string | null; items: ChecklistItem[]; createdAt: Date }): Promise<void>;
  recordAssessment(personId: string, assessment: Assessment): Promise<boolean>;
  /** Every certificate stored for the unit, those the file no longer lists included. */
  certificates(unitId: string): Promise<Certificate[]>;
  /** Adds or updates by kind and number; a new `validUntil` starts the lapse reminders afresh. */
  saveCertificate(input: { unitId: string; certificate: Certificate; at: Date }): Promise<void>;
  currentDutyStatement(unitId: string, kind: string): Promise<{ version: number; text: string } | null>;
  addDutyStatement(input: { unitId: string; kind: string; version: number; text: string; createdAt: Date }): Promise<string>;
}
