import type { Store } from '../../ports/store.ts';

/** daily-remind: one nudge per open check; the job-run claim keeps a rerun from nudging twice. */
export async function remindDailyChecks(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ reminded: number; alreadyRun: boolean }> {
  return store.transaction(async (transaction) => {
    if (!(await transaction.jobRuns.claim('daily-remind', input.unitId, input.date, input.now))) return { reminded: 0, alreadyRun: true };
    const members = await transaction.people.membersOf(input.unitId);
    const names = new Map(members.map((member) => [member.personId, member]));
    let reminded = 0;
    for (const check of await transaction.dailyChecks.forDate(input.unitId, input.date)) {
      const officer = names.get(check.officerId);
      // During leave the substitute holds the check; an officer on leave with nobody named is not nudged.
      const holder = check.substituteId ? names.get(check.substituteId) : check.leaveId ? undefined : officer;
      if (check.status !== 'open' || !holder?.openId) continue;
      const onBehalf = holder !== officer && officer ? { onBehalfOf: officer.name } : {};
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: holder.openId,
        notification: { kind: 'daily-check-reminder', view: { officerName: holder.name, date: input.date, shift: check.shift, ...onBehalf } },
      });
      reminded += 1;
    }
    await transaction.jobRuns.finish('daily-remind', input.unitId, input.date, input.now);
    return { reminded, alreadyRun: false };
  });
}
