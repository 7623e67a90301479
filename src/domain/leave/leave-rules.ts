import type { Role } from '../people/role.ts';

/** An officer's leave (请假), both dates included. */
export interface LeavePeriod {
  id: string;
  personId: string;
  startDate: string;
  endDate: string;
  reason: string;
}

/** A leave with the substitute named last (the newest naming applies); substituteId absent while none is named. */
export interface LeaveWithSubstitute extends LeavePeriod {
  substituteId?: string;
}

/** A leave longer than this is not leave from the daily rhythm but a change of post: the unit appoints another officer. */
export const longestLeaveDays = 90;

export type LeaveProblem =
  | { problem: 'range-invalid' }
  | { problem: 'in-the-past'; today: string }
  | { problem: 'too-long'; days: number }
  | { problem: 'overlaps'; existing: LeavePeriod };

function daysIncluding(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Leave is declared for today or later: a past day's check has already been pushed, answered or missed. */
export function leaveProblem(request: { startDate: string; endDate: string; today: string }, ownLeaves: readonly LeavePeriod[]): LeaveProblem | undefined {
  if (request.endDate < request.startDate) return { problem: 'range-invalid' };
  if (request.startDate < request.today) return { problem: 'in-the-past', today: request.today };
  const days = daysIncluding(request.startDate, request.endDate);
  if (days > longestLeaveDays) return { problem: 'too-long', days };
  const existing = ownLeaves.find((leave) => leave.startDate <= request.endDate && request.startDate <= leave.endDate);
  return existing ? { problem: 'overlaps', existing } : undefined;
}

/** The leave covering a date, with its substitute as named last. */
export function leaveOn(date: string, leaves: readonly LeaveWithSubstitute[]): LeaveWithSubstitute | undefined {
  return leaves.find((leave) => leave.startDate <= date && date <= leave.endDate);
}

/** Who checks in the officer's place on a day: the substitute named last, unless they are on leave that day themselves. */
export function substituteOn(date: string, leave: LeaveWithSubstitute, leaves: readonly LeavePeriod[]): string | undefined {
  const substituteId = leave.substituteId;
  if (!substituteId) return undefined;
  return leaveOn(date, leaves.filter((other) => other.personId === substituteId)) ? undefined : substituteId;
}

/** The leave the director means by 代班: the one in course today, otherwise the next one to start. */
export function currentOrNextLeave<Leave extends LeavePeriod>(today: string, leaves: readonly Leave[]): Leave | undefined {
  return [...leaves].filter((leave) => leave.endDate >= today).sort((left, right) => left.startDate.localeCompare(right.startDate))[0];
}

export type SubstituteProblem = 'is-director' | 'not-an-officer' | 'same-person' | 'on-leave';

/**
 * Who may check in an officer's place: another officer of the unit, not on leave themselves on any of those days.
 * Never the director, even one who is also an officer: the director oversees the officers' checks and does not
 * make them on an officer's behalf.
 */
export function substituteProblem(
  candidate: { personId: string; roles: readonly Role[] },
  leave: LeavePeriod,
  candidateLeaves: readonly LeavePeriod[],
): { problem: SubstituteProblem; overlapping?: LeavePeriod } | undefined {
  if (candidate.personId === leave.personId) return { problem: 'same-person' };
  if (candidate.roles.includes('director')) return { problem: 'is-director' };
  if (!candidate.roles.includes('officer')) return { problem: 'not-an-officer' };
  const overlapping = candidateLeaves.find((other) => other.startDate <= leave.endDate && leave.startDate <= other.endDate);
  return overlapping ? { problem: 'on-leave', overlapping } : undefined;
}
