import { addDays, isoWeekday, localTimeAt } from '../../domain/calendar/local-time.ts';
import { checkDayOf, countRecords, type RecordCounts } from '../../domain/daily-checks/record-overview.ts';
import { isOverdue } from '../../domain/hazards/hazard-lifecycle.ts';
import type { UnitWeekView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';
import { refuseDailyCheckAccess } from './daily-check-refusals.ts';
import { leaveMarkOf } from '../leave/leave-marks.ts';

export interface UnitWeekShown {
  kind: 'unit-week-shown';
  units: Array<{ unitName: string; from: string; to: string; counts: RecordCounts; behind: number; openHazards: number; overdueHazards: number }>;
}

/**
 * 本周情况: for each unit the person directs or leads, the week from Monday to today — who is behind, and the hazards
 * still open by owner and deadline — as a card, summed up in the reply.
 */
export async function showUnitWeek(store: Store, input: { actorOpenId: string; now: Date }): Promise<UnitWeekShown> {
  return store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
    if (memberships.length === 0) throw refuseDailyCheckAccess('daily-check.week-for-deciders', {});
    const units: UnitWeekShown['units'] = [];
    for (const member of memberships) {
      const unit = await transaction.units.get(member.unitId);
      if (!unit) continue;
      const to = localTimeAt(input.now, unit.timeZone).date;
      const from = addDays(to, 1 - isoWeekday(to));
      const checks = await transaction.dailyChecks.between(unit.id, from, to);
      const members = await transaction.people.membersOf(unit.id);
      const officers = members.filter((person) => person.roles.includes('officer'));
      const names = new Map(members.map((person) => [person.personId, person.name]));
      const checksOf = new Map<string, typeof checks>();
      for (const check of checks) {
        const ofOfficer = checksOf.get(check.officerId);
        if (ofOfficer) ofOfficer.push(check);
        else checksOf.set(check.officerId, [check]);
      }
      const behind = officers
        .map((officer) => {
          const days = (checksOf.get(officer.personId) ?? []).map(checkDayOf);
          const leaveToday = (checksOf.get(officer.personId) ?? []).filter((check) => check.date === to).map((check) => leaveMarkOf(check, names)).find((mark) => mark !== undefined);
          return {
            officerName: officer.name,
            missed: days.filter((day) => day.state === 'missed').length,
            openToday: days.some((day) => day.date === to && day.state === 'open'),
            ...(leaveToday ? { leaveToday } : {}),
          };
        })
        .filter((officer) => officer.missed > 0 || officer.openToday)
        .sort((left, right) => right.missed - left.missed || Number(right.openToday) - Number(left.openToday));
      const openHazards: UnitWeekView['openHazards'] = (await transaction.hazards.ofUnit(unit.id, { openOnly: true })).map((hazard) => {
        const ownerName = hazard.ownerId ? names.get(hazard.ownerId) ?? undefined : undefined;
        return {
          number: hazard.number,
          description: hazard.description,
          ...(ownerName ? { ownerName } : {}),
          ...(hazard.deadline ? { deadline: hazard.deadline } : {}),
          overdue: isOverdue(hazard, to),
        };
      });
      const counts = countRecords(checks.map(checkDayOf));
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: input.actorOpenId,
        notification: { kind: 'unit-week', view: { unitName: unit.name, from, to, counts, behind, officerCount: officers.length, openHazards } },
      });
      units.push({ unitName: unit.name, from, to, counts, behind: behind.length, openHazards: openHazards.length, overdueHazards: openHazards.filter((hazard) => hazard.overdue).length });
    }
    return { kind: 'unit-week-shown', units };
  });
}
