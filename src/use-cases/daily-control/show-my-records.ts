import { addDays, localTimeAt } from '../../domain/calendar/local-time.ts';
import { checkDayOf, countRecords, newestFirst, type RecordCounts } from '../../domain/daily-checks/record-overview.ts';
import type { Store } from '../../ports/store.ts';
import { leaveMarkOf, substituteNamesOf } from '../leave/leave-marks.ts';
import { refuseDailyCheckAccess } from './daily-check-refusals.ts';

/** How far back 我的记录 looks: a month of days, today included. */
export const myRecordsDays = 30;

export interface MyRecordsShown {
  kind: 'my-records-shown';
  units: Array<{ unitName: string; from: string; to: string; counts: RecordCounts }>;
}

/** 我的记录: each of the officer's units sends them a card of their last 30 days, and the reply sums it up. */
export async function showMyRecords(store: Store, input: { actorOpenId: string; now: Date }): Promise<MyRecordsShown> {
  return store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('officer'));
    if (memberships.length === 0) throw refuseDailyCheckAccess('daily-check.not-an-officer', {});
    const units: MyRecordsShown['units'] = [];
    for (const member of memberships) {
      const unit = await transaction.units.get(member.unitId);
      if (!unit) continue;
      const to = localTimeAt(input.now, unit.timeZone).date;
      const from = addDays(to, 1 - myRecordsDays);
      const checks = await transaction.dailyChecks.ofOfficerBetween(unit.id, member.personId, from, to);
      const substituteNames = await substituteNamesOf(transaction, checks);
      const days = newestFirst(
        checks.map((check) => {
          const leave = leaveMarkOf(check, substituteNames);
          return { ...checkDayOf(check), ...(leave ? { leave } : {}) };
        }),
      );
      const counts = countRecords(days);
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: input.actorOpenId,
        notification: { kind: 'my-records', view: { unitName: unit.name, officerName: member.name, from, to, days, counts } },
      });
      units.push({ unitName: unit.name, from, to, counts });
    }
    return { kind: 'my-records-shown', units };
  });
}
