import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { MonthlyMinutesRecord, StoreTransaction, UnitMember } from '../../ports/store.ts';

export type MinutesReference = { minutesId: string } | 'pending';

/** Minutes are the principal's: the ones on the card, or by text the oldest draft of a unit they lead. */
export async function findMinutesForPrincipal(transaction: StoreTransaction, actorOpenId: string, reference: MinutesReference): Promise<{ minutes: MonthlyMinutesRecord; principal: UnitMember }> {
  const principals = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('principal'));
  if (principals.length === 0) throw new WordedRefusal('NOT_ALLOWED', '调度会议纪要由主要负责人修改和确认，您不能操作。');
  const candidates = reference === 'pending' ? await transaction.monthlyMinutes.drafts() : [await transaction.monthlyMinutes.get(reference.minutesId)];
  for (const minutes of candidates) {
    const principal = minutes ? principals.find((member) => member.unitId === minutes.unitId) : undefined;
    if (minutes && principal) return { minutes, principal };
  }
  throw new WordedRefusal('MINUTES_NOT_FOUND', reference === 'pending' ? '目前没有等待您确认的调度会议纪要。' : '找不到这份纪要，或它不属于您负责的单位。');
}
