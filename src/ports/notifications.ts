/**
 * What the bot tells people, as view models. Use cases write these to the outbox inside their transaction;
 * the Lark edge renders them (cards, text) only when it sends, so nothing here knows Lark's card format.
 */

export type DailyAnswerValue = 'normal' | 'abnormal' | 'not-applicable';

export interface DailyCheckItemView {
  number: number;
  code: string;
  text: string;
  guidance: string;
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
  /** Set when the card is shown after the day was closed without an answer. */
  closedNote?: string;
}

export interface HazardAlertView {
  hazardId: string;
  hazardNumber: number;
  unitName: string;
  itemNumber?: number;
  itemCode: string;
  itemText: string;
  description: string;
  measures: string;
  serious: boolean;
  officerName: string;
  reportedAt: string;
  acknowledgement?: { byName: string; at: string };
}

export interface MissedChecksDigestView {
  unitName: string;
  date: string;
  missed: Array<{ officerName: string; shift: string }>;
  submittedCount: number;
  expectedCount: number;
}

export type Notification =
  | { kind: 'text'; text: string }
  | { kind: 'daily-check'; view: DailyCheckView }
  | { kind: 'hazard-alert'; view: HazardAlertView }
  | { kind: 'missed-checks-digest'; view: MissedChecksDigestView }
  | { kind: 'file'; fileName: string; bytes: Uint8Array };

/** A message is either sent to a person, or replaces an earlier card that the outbox sent. */
export type OutgoingMessage =
  | { operation: 'send'; toOpenId: string; notification: Notification }
  | { operation: 'update'; targetOutboxId: string; notification: Notification };
