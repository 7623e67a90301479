import type { StoredDailyCheck } from '../../ports/daily-check-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';

/** How a day on leave is marked where records are glanced at (我的记录, 本周情况): 请假, and who substituted. */
export type LeaveMark = { substituteName?: string };

/** The names of the substitutes these checks were held by, read once for all of them. */
export async function substituteNamesOf(transaction: StoreTransaction, checks: readonly StoredDailyCheck[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const substituteId of new Set(checks.flatMap((check) => (check.substituteId ? [check.substituteId] : [])))) {
    const person = await transaction.people.get(substituteId);
    if (person) names.set(substituteId, person.name);
  }
  return names;
}

export function leaveMarkOf(check: StoredDailyCheck, substituteNames: ReadonlyMap<string, string>): LeaveMark | undefined {
  if (!check.leaveId) return undefined;
  const substituteName = check.substituteId ? substituteNames.get(check.substituteId) : undefined;
  return substituteName ? { substituteName } : {};
}
