/** When the principal is chased about a proposal still unanswered, at the moments the day's jobs run. */
export type ChaseMoment = 'follow-ups' | 'daily-remind' | 'daily-close';

const hourMs = 60 * 60 * 1000;

/** A suggestion waits a day before the principal is reminded, once each morning. */
export const SUGGESTION_CHASE_AFTER_HOURS = 24;

/**
 * A veto (停止生产、销售) is to be analysed 立即 (Art. 4), so it is chased once it has waited two hours, at every
 * moment of the day the jobs run: the morning follow-ups, the afternoon reminder and the close.
 */
export const VETO_CHASE_AFTER_HOURS = 2;

export function hoursWaiting(createdAt: Date, now: Date): number {
  return Math.floor((now.getTime() - createdAt.getTime()) / hourMs);
}

export function isDueForChase(proposal: { kind: 'suggestion' | 'veto'; createdAt: Date }, moment: ChaseMoment, now: Date): boolean {
  const waited = now.getTime() - proposal.createdAt.getTime();
  if (proposal.kind === 'veto') return waited >= VETO_CHASE_AFTER_HOURS * hourMs;
  return moment === 'follow-ups' && waited >= SUGGESTION_CHASE_AFTER_HOURS * hourMs;
}
