import type { ChecklistSource } from '../checklists/resolve-checklist.ts';
import type { Assessment } from '../people/assessment.ts';
import type { Contact } from '../people/contact.ts';
import type { Role } from '../people/role.ts';
import type { Certificate } from '../units/certificate.ts';
import type { Licence } from '../units/licence.ts';
import type { HouseRules } from './house-rules.ts';
import type { UnitKind } from '../units/unit-kind.ts';

/** every-day, or China's official working days (调休 included). */
export type UnitCalendar = 'every-day' | 'working-days' | 'weekdays';

/** Clock time `HH:mm`, 24-hour, in the unit's time zone. */
export type ClockTime = string;

/**
 * The Q&A allows raising, never lowering, the frequency, and per-shift / every-two-days / fortnightly for units
 * whose operation cannot be split by day, week and month. Every option here is at least as frequent as the rule.
 */
export interface UnitCadence {
  control: 'daily' | 'per-shift';
  /** Start of each shift when `control` is per-shift, e.g. ['08:30', '16:30']. */
  shifts?: ClockTime[];
  investigation: 'weekly' | 'every-two-days';
  /** ISO weekday of the weekly investigation, 1 = Monday … 7 = Sunday. */
  weeklyDay?: number;
  scheduling: 'monthly' | 'fortnightly';
}

export interface UnitTimes {
  push?: ClockTime;
  remind?: ClockTime;
  close?: ClockTime;
  weekly?: ClockTime;
  monthly?: ClockTime;
}

export interface PersonPlan {
  /** Unique within its unit; the same person in another unit is recognised by `contact`. */
  id: string;
  name: string;
  roles: Role[];
  contact: Contact;
  otherPosts?: string[];
  assessment?: Assessment;
  /** The day the appointments this file starts took effect (YYYY-MM-DD); absent: the import's day. */
  appointedOn?: string;
  /** 任命文件: its 文号 or title. */
  appointmentDocument?: string;
}

export interface TrainingPlan {
  date: string;
  subject: string;
  hours: number;
  trainer?: string;
  content?: string;
  /** The attendees' ids in this file: each a director or officer of the unit. */
  people: string[];
}

export interface UnitPlan {
  id: string;
  name: string;
  kind: UnitKind;
  staff: number;
  revenueWan: number;
  /** See Licence: for sellers, the management regime of the products sold. */
  licences: Licence[];
  /** Production licences and CCC certificates held, in file order. */
  certificates: Certificate[];
  checklist: ChecklistSource;
  calendar: UnitCalendar;
  /** ISO weekdays (1 = Monday) operated, for calendar `weekdays`. */
  weekdays?: number[];
  /** Days declared closed or open whatever the calendar says, each with its reason. */
  closedDays?: Array<{ date: string; reason: string }>;
  openDays?: Array<{ date: string; reason: string }>;
  /** IANA zone; absent means the deployment's default (TZ_NAME). */
  timeZone?: string;
  cadence?: UnitCadence;
  times?: UnitTimes;
  /** The unit's own 《质量安全总监职责》《质量安全员守则》; without them the defaults written from Art. 7 and 8 apply. */
  dutyStatements?: { directorDuties?: string; officerCode?: string };
  /** Training sessions already held, entered with the file (Art. 15); each is added once. */
  trainings?: TrainingPlan[];
  /** Rules the unit sets for itself; never cited as the Orders'. */
  houseRules?: HouseRules;
  people: PersonPlan[];
}

/** An organisation file after parsing, in file order, before any rule is checked. */
export interface OrganisationPlan {
  units: UnitPlan[];
}
