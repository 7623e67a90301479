/**
 * What the bot tells people, as view models. Use cases write these to the outbox inside their transaction;
 * the Lark edge renders them (cards, text) only when it sends, so nothing here knows Lark's card format.
 */

import type { CheckDay, RecordCounts } from '../domain/daily-checks/record-overview.ts';
import type { Role } from '../domain/people/role.ts';
import type { Licence } from '../domain/units/licence.ts';
import type { UnitKind } from '../domain/units/unit-kind.ts';
import type { MonthlyMinutesContent } from '../domain/monthly-minutes/monthly-minutes-content.ts';
import type { DirectorInput, WeeklyReportContent } from '../domain/weekly-reports/weekly-report-content.ts';

export type DailyAnswerValue = 'normal' | 'abnormal' | 'not-applicable';

export interface DailyCheckItemView {
  number: number;
  code: string;
  text: string;
  guidance: string;
  /** 管控频次 of an item not checked every day (每周一, 每月15日). */
  frequency?: string;
  answer?: DailyAnswerValue;
  description?: string;
  measures?: string;
}

export interface DailyCheckView {
  checkId: string;
  unitName: string;
  date: string;
  shift: string;
  checklistVersion: number;
  officerName: string;
  revision: number;
  status: 'open' | 'submitted' | 'missed' | 'suspended';
  outcome?: 'zero-risk' | 'hazard';
  items: DailyCheckItemView[];
  submittedAt?: string;
  submittedBy?: string;
  /** Why the day's check was suspended (停产停业), as declared. */
  suspensionReason?: string;
  /** Who checks in the place of the officer on leave (代班): the card goes to them, marked 代<officer>检查. */
  substituteName?: string;
}

export interface HazardAlertView {
  hazardId: string;
  hazardNumber: number;
  unitName: string;
  itemNumber?: number;
  itemCode: string;
  itemText: string;
  /** Where a hazard found elsewhere than on a daily check came from (周排查, 投诉 …); absent for a daily check's. */
  sourceLabel?: string;
  description: string;
  measures: string;
  serious: boolean;
  officerName: string;
  reportedAt: string;
  acknowledgement?: { byName: string; at: string };
}

export interface HazardCandidate {
  personId: string;
  name: string;
  roles: Role[];
}

/**
 * A hazard card as one person sees it. The alert goes to the director (and principal); later cards in the
 * rectification loop reuse the view with the actions that person may take at that step.
 */
/** One step in a hazard's history, as facts; `actorName` is null for what the bot itself did. */
export type HazardHistoryEntry = { at: string; actorName: string | null } & (
  | { action: 'reported' | 'acknowledged' | 'overdue-reminded' }
  | { action: 'assigned'; ownerName: string; deadline: string }
  | { action: 'rectified'; text: string }
  | { action: 'evidence'; fileName: string }
  | { action: 'verified'; passed: boolean; note: string }
  | { action: 'escalated'; reason: string }
);

export interface HazardCardView extends HazardAlertView {
  status: 'reported' | 'assigned' | 'rectified' | 'closed' | 'escalated';
  ownerName?: string;
  deadline?: string;
  overdue?: boolean;
  rectification?: { text: string; byName: string; at: string; evidenceCount: number };
  verification?: { passed: boolean; note: string; byName: string; at: string };
  escalation?: { reason: string; byName: string; at: string };
  history: HazardHistoryEntry[];
  actions: {
    acknowledge?: boolean;
    assign?: { candidates: HazardCandidate[]; defaultDeadline: string };
    escalate?: boolean;
    rectify?: boolean;
    verify?: boolean;
  };
}

export interface WeeklyReportCardView {
  reportId: string;
  status: 'draft' | 'confirmed';
  /** The director completes and confirms; the principal receives the confirmed report. */
  audience: 'director' | 'principal';
  content: WeeklyReportContent;
  director: DirectorInput;
  directorName: string;
  confirmedAt?: string;
  contentHash?: string;
}

export interface MonthlyMinutesCardView {
  minutesId: string;
  status: 'draft' | 'confirmed';
  /** The principal edits and confirms; the director and officers receive the confirmed minutes. */
  audience: 'principal' | 'participant';
  content: MonthlyMinutesContent;
  arrangements: string[];
  confirmedAt?: string;
  confirmedByName?: string;
  contentHash?: string;
}

export interface SuggestionCardView {
  suggestionId: string;
  number: number;
  kind: 'suggestion' | 'veto';
  unitName: string;
  proposerName: string;
  proposerRoleName: string;
  text: string;
  createdAt: string;
  decision?: 'adopted' | 'rejected';
  answer?: string;
  answeredByName?: string;
  answeredAt?: string;
  /** The principal answers; the proposer (and the director) see the status. */
  audience: 'principal' | 'proposer';
}

/** An officer's check still open at the reminder time. */
export interface DailyCheckReminderView {
  officerName: string;
  date: string;
  shift: string;
  /** The officer on leave whose check officerName holds as substitute (代班). */
  onBehalfOf?: string;
}

/** A weekly report still unconfirmed: the writer the morning after, the principal two days after. */
export interface WeeklyReportReminderView {
  audience: 'writer' | 'principal';
  personName: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  writerName?: string;
}

/** Minutes unconfirmed for three days: the principal is reminded, the director told. */
export interface MinutesReminderView {
  audience: 'principal' | 'director';
  personName: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
}

/** A suggestion or veto the principal has not answered within 24 hours. */
export interface SuggestionReminderView {
  principalName: string;
  proposerName: string;
  number: number;
  suggestionKind: 'suggestion' | 'veto';
  text: string;
  /** Whole hours since it was proposed. */
  waitingHours: number;
}

/** A suspension (停工停产/停业) recorded for the unit, told to everyone in it. */
export interface SuspensionNoticeView {
  unitName: string;
  startDate: string;
  endDate: string;
  reason: string;
}

/** A rectification past its deadline: the owner is asked to finish it, the deciders are told. */
export interface OverdueRectificationView {
  audience: 'owner' | 'decider';
  number: number;
  itemText: string;
  description: string;
  deadline: string;
  ownerName?: string;
}

export interface ArchiveSummaryView {
  unitName: string;
  from: string;
  to: string;
  fileCount: number;
  zipNames: string[];
  gaps: string[];
}

export interface MissedChecksDigestView {
  unitName: string;
  date: string;
  /** onLeave: the day fell in the officer's leave, with the substitute named for it if any. */
  missed: Array<{ officerName: string; shift: string; onLeave?: { substituteName?: string } }>;
  submittedCount: number;
  expectedCount: number;
}

/** The audit chain's head at a unit's daily close, sent so that Lark's message history witnesses it. */
export interface AuditSealView {
  unitName: string;
  date: string;
  sequence: number;
  hash: string;
}

/** 我的记录: one officer's own records over the last 30 days. */
export interface MyRecordsView {
  unitName: string;
  officerName: string;
  from: string;
  to: string;
  days: CheckDay[];
  counts: RecordCounts;
}

/** 本周情况: a unit's week so far, for its director or principal. */
export interface UnitWeekView {
  unitName: string;
  from: string;
  to: string;
  counts: RecordCounts;
  /** Officers with a record still open today or missed this week, most missed first. */
  /** leaveToday: the officer is on leave today, their check held by the substitute named (代班) if any. */
  behind: Array<{ officerName: string; missed: number; openToday: boolean; leaveToday?: { substituteName?: string } }>;
  officerCount: number;
  openHazards: Array<{ number: number; description: string; ownerName?: string; deadline?: string; overdue: boolean }>;
}

/**
 * A change to a hazard told to the person it concerns, who already holds its card: Lark does not notify a card
 * update, so without this message nobody would know the card changed.
 */
export interface HazardNewsView {
  number: number;
  itemText: string;
  description: string;
  change: 'assigned' | 'sent-back';
  deadline?: string;
  note?: string;
}

/** The answer to a suggestion or veto, told to whoever proposed it. */
export interface SuggestionAnsweredView {
  number: number;
  suggestionKind: 'suggestion' | 'veto';
  text: string;
  decision: 'adopted' | 'rejected';
  answer: string;
  principalName: string;
}

/**
 * Draft minutes waiting on someone else told so: the director asked to confirm or rewrite the report drafted for
 * them, the principal told that the director's report is in.
 */
export interface MinutesNewsView {
  change: 'director-report-requested' | 'director-report-confirmed';
  personName: string;
  directorName: string;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  reportText: string;
}

/**
 * A production licence or CCC certificate about to lapse (90, 30 and 7 days before) or lapsed, told to the director
 * and the principal: once it has lapsed, Order 75 Art. 4 calls for the veto, which the director is offered to record.
 */
export interface CertificateLapseView {
  audience: 'director' | 'principal';
  personName: string;
  unitName: string;
  /** Producers fall under Order 75, whose Art. 4 names the lapse; sellers under Order 76, whose Art. 4 does not. */
  unitKind: UnitKind;
  certificateKind: Licence;
  number: string;
  scope: string;
  validUntil: string;
  stage: 'approaching' | 'lapsed';
  /** While approaching: whole days from the day told to `validUntil`, 0 on its last valid day. */
  daysLeft?: number;
}

/** The form for a hazard the director or principal found elsewhere than on a daily check. */
export interface RaiseHazardFormView {
  unitName: string;
}

/** Leave and its substitute (代班), told to the director, the substitute and the officer; `personName` is who reads it. */
export type LeaveNewsView =
  | { change: 'declared'; personName: string; officerName: string; startDate: string; endDate: string; reason: string }
  | {
    change: 'substitute-named-to-substitute' | 'substitute-named-to-officer';
    personName: string;
    officerName: string;
    substituteName: string;
    startDate: string;
    endDate: string;
    reason: string;
  }
  /** The evening before an operating day: an officer is on leave tomorrow and nobody is named to check in their place. */
  | { change: 'unsubstituted-tomorrow'; personName: string; officerName: string; date: string };

export type Notification =
  | { kind: 'text'; text: string }
  | { kind: 'daily-check'; view: DailyCheckView }
  | { kind: 'hazard'; view: HazardCardView }
  | { kind: 'weekly-report'; view: WeeklyReportCardView }
  | { kind: 'monthly-minutes'; view: MonthlyMinutesCardView }
  | { kind: 'suggestion'; view: SuggestionCardView }
  | { kind: 'archive-summary'; view: ArchiveSummaryView }
  | { kind: 'missed-checks-digest'; view: MissedChecksDigestView }
  | { kind: 'audit-seal'; view: AuditSealView }
  | { kind: 'my-records'; view: MyRecordsView }
  | { kind: 'hazard-news'; view: HazardNewsView }
  | { kind: 'suggestion-answered'; view: SuggestionAnsweredView }
  | { kind: 'minutes-news'; view: MinutesNewsView }
  | { kind: 'certificate-lapse'; view: CertificateLapseView }
  | { kind: 'raise-hazard-form'; view: RaiseHazardFormView }
  | { kind: 'unit-week'; view: UnitWeekView }
  | { kind: 'overdue-rectification'; view: OverdueRectificationView }
  | { kind: 'daily-check-reminder'; view: DailyCheckReminderView }
  | { kind: 'weekly-report-reminder'; view: WeeklyReportReminderView }
  | { kind: 'minutes-reminder'; view: MinutesReminderView }
  | { kind: 'suggestion-reminder'; view: SuggestionReminderView }
  | { kind: 'suspension-notice'; view: SuspensionNoticeView }
  | { kind: 'leave-news'; view: LeaveNewsView }
  | { kind: 'file'; fileName: string; bytes: Uint8Array };

/** A message is either sent to a person, or replaces an earlier card that the outbox sent. */
export type OutgoingMessage =
  /** `urgent`: also buzz the recipient (Lark's 加急): a serious hazard, a veto. */
  | { operation: 'send'; toOpenId: string; notification: Notification; urgent?: boolean }
  | { operation: 'update'; targetOutboxId: string; notification: Notification };
