import { addDays } from '../calendar/local-time.ts';
import type { Certificate } from './certificate.ts';

/** The reminders before a certificate lapses, in days before its last valid day, farthest first. */
export const LAPSE_REMINDER_DAYS = [90, 30, 7] as const;

export type LapseReminderDays = (typeof LAPSE_REMINDER_DAYS)[number];

/** `lastReminder` once the lapse itself has been told. */
export const LAPSE_TOLD = 0;

export interface RemindedCertificate extends Certificate {
  /** The nearest reminder already sent (90, 30, 7), LAPSE_TOLD once the lapse was told, null before any. */
  lastReminder: number | null;
}

/**
 * What a certificate is owed on a day: the reminder of the nearest threshold it has reached (a certificate first seen
 * 20 days ahead gets the 30-day one, once), or, from the day after `validUntil`, the news that it has lapsed.
 */
export type LapseNotice =
  | { kind: 'approaching'; threshold: LapseReminderDays; daysLeft: number }
  | { kind: 'lapsed'; lapsedOn: string };

const dayLength = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayLength);
}

/** The first day a certificate is no longer valid. */
export function lapseDay(certificate: Pick<Certificate, 'validUntil'>): string {
  return addDays(certificate.validUntil, 1);
}

/**
 * A certificate of the same kind and product scope that is valid longer has taken over: a renewal under a new number.
 * The old one's lapse then calls for no veto; the file may well still list it, or the store keep it after the file
 * dropped it.
 */
export function successorOf<Candidate extends Certificate>(certificate: Certificate, all: readonly Candidate[]): Candidate | undefined {
  return all
    .filter((other) => other.kind === certificate.kind && other.scope === certificate.scope && other.number !== certificate.number && other.validUntil > certificate.validUntil)
    .sort((left, right) => right.validUntil.localeCompare(left.validUntil))[0];
}

/** The notice due on `today`, or undefined when none is, or when the one due was already sent. */
export function dueLapseNotice(certificate: RemindedCertificate, today: string): LapseNotice | undefined {
  const daysLeft = daysFrom(today, certificate.validUntil);
  if (daysLeft < 0) return certificate.lastReminder === LAPSE_TOLD ? undefined : { kind: 'lapsed', lapsedOn: lapseDay(certificate) };
  const threshold = [...LAPSE_REMINDER_DAYS].reverse().find((days) => daysLeft <= days);
  if (threshold === undefined) return undefined;
  if (certificate.lastReminder !== null && certificate.lastReminder <= threshold) return undefined;
  return { kind: 'approaching', threshold, daysLeft };
}
