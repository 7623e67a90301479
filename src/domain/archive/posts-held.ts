import type { ArchivedAppointment } from './archive-snapshot.ts';
import type { Role } from '../people/role.ts';
import { addDays } from '../calendar/local-time.ts';
import { localDateOf, startsLocalDay } from './archive-times.ts';

/** One appointment seen as the local days it covered. */
export interface PostHeld {
  personId: string;
  personName: string;
  role: Role;
  /** The first and last local day on which the person held the post at any time; no last day while still held. */
  firstDay: string;
  lastDay?: string;
  /**
   * The days held from beginning to end. Only on these was a daily check certainly owed: someone appointed after the
   * morning push, or removed before it, had no checklist to answer that day.
   */
  firstWholeDay: string;
  lastWholeDay?: string;
}

export function postHeld(appointment: ArchivedAppointment, timeZone: string): PostHeld {
  const startDate = localDateOf(appointment.startedAt, timeZone);
  const post: PostHeld = {
    personId: appointment.personId,
    personName: appointment.personName,
    role: appointment.role,
    firstDay: startDate,
    firstWholeDay: startsLocalDay(appointment.startedAt, timeZone) ? startDate : addDays(startDate, 1),
  };
  if (appointment.endedAt === undefined) return post;
  const endDate = localDateOf(appointment.endedAt, timeZone);
  return {
    ...post,
    lastDay: startsLocalDay(appointment.endedAt, timeZone) ? addDays(endDate, -1) : endDate,
    lastWholeDay: addDays(endDate, -1),
  };
}

export function heldDuring(post: PostHeld, period: { from: string; to: string }): boolean {
  const lastDay = post.lastDay ?? period.to;
  return post.firstDay <= lastDay && post.firstDay <= period.to && lastDay >= period.from;
}

export function postsHeldDuring(appointments: readonly ArchivedAppointment[], period: { from: string; to: string }, timeZone: string): PostHeld[] {
  return appointments.map((appointment) => postHeld(appointment, timeZone)).filter((post) => heldDuring(post, period));
}
