import { addDays } from '../../domain/calendar/local-time.ts';
import { closureOn } from '../../domain/calendar/operating-calendar.ts';
import { suspensionOn } from '../../domain/calendar/suspension.ts';
import { leaveDeciders } from '../../domain/leave/leave-deciders.ts';
import { substituteOn } from '../../domain/leave/leave-rules.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';

/**
 * At the day's close, the evening before: an officer on leave tomorrow with nobody named to check in their place
 * would leave tomorrow's check undone, so the director is asked to name one. Runs inside the close, which runs once
 * per unit and day, so each officer is flagged once for each day.
 */
export async function flagUnsubstitutedLeave(transaction: StoreTransaction, unit: UnitProfile, members: readonly UnitMember[], date: string): Promise<number> {
  const tomorrow = addDays(date, 1);
  const calendar = await transaction.operatingCalendar.history(unit.id);
  if (calendar && closureOn(tomorrow, calendar.current, calendar.changes) !== undefined) return 0;
  if (suspensionOn(tomorrow, await transaction.suspensions.covering(unit.id, tomorrow))) return 0;
  const officers = new Map(members.filter((member) => member.roles.includes('officer')).map((member) => [member.personId, member]));
  const leaves = await transaction.leaves.covering(unit.id, tomorrow);
  const unsubstituted = leaves.filter((leave) => officers.has(leave.personId) && !officers.has(substituteOn(tomorrow, leave, leaves) ?? ''));
  const deciders = leaveDeciders(members);
  for (const leave of unsubstituted) {
    for (const decider of deciders) {
      if (!decider.openId) continue;
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: decider.openId,
        notification: { kind: 'leave-news', view: { change: 'unsubstituted-tomorrow', personName: decider.name, officerName: officers.get(leave.personId)!.name, date: tomorrow } },
      });
    }
  }
  return unsubstituted.length;
}
