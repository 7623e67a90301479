import type { MonthlyMinutesRecord } from '../../ports/monthly-minutes-repository.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import { refuseMinutes } from './minutes-refusals.ts';

export type MinutesReference = { minutesId: string } | 'pending';

/** Minutes are the principal's: the ones on the card, or by text the oldest draft of a unit they lead. */
export async function findMinutesForPrincipal(transaction: StoreTransaction, actorOpenId: string, reference: MinutesReference): Promise<{ minutes: MonthlyMinutesRecord; principal: UnitMember }> {
  const principals = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('principal'));
  if (principals.length === 0) throw refuseMinutes('minutes.principal-only', {});
  const candidates = reference === 'pending' ? await transaction.monthlyMinutes.drafts() : [await transaction.monthlyMinutes.get(reference.minutesId)];
  for (const minutes of candidates) {
    const principal = minutes ? principals.find((member) => member.unitId === minutes.unitId) : undefined;
    if (minutes && principal) return { minutes, principal };
  }
  throw refuseMinutes('minutes.not-found', { pending: reference === 'pending' });
}

/** The director's part is asked of them by text: the oldest draft minutes of a unit where they are the director. */
export async function findMinutesForDirector(transaction: StoreTransaction, actorOpenId: string): Promise<{ minutes: MonthlyMinutesRecord; director: UnitMember }> {
  const directors = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('director'));
  if (directors.length === 0) throw refuseMinutes('minutes.director-only', {});
  for (const minutes of await transaction.monthlyMinutes.drafts()) {
    const director = directors.find((member) => member.unitId === minutes.unitId);
    if (director) return { minutes, director };
  }
  throw refuseMinutes('minutes.not-found', { pending: true });
}
