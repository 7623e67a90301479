import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { isLocalDate, localTimeAt } from '../../domain/calendar/local-time.ts';
import { leaveDeciders } from '../../domain/leave/leave-deciders.ts';
import { leaveProblem, longestLeaveDays } from '../../domain/leave/leave-rules.ts';
import type { Store } from '../../ports/store.ts';
import { refuseLeave } from './leave-refusals.ts';

export interface LeaveDeclared {
  kind: 'leave-declared';
  officerName: string;
  startDate: string;
  endDate: string;
  reason: string;
  /** The directors told at once, who name the substitute (the principal where there is no director). */
  directorNames: string[];
}

/** 请假: an officer declares their own leave; the director is told at once, so a substitute can be named in time. */
export async function declareLeave(store: Store, input: { actorOpenId: string; startDate: string; endDate: string; reason: string; now: Date }): Promise<LeaveDeclared> {
  for (const value of [input.startDate, input.endDate]) if (!isLocalDate(value)) throw refuseLeave('leave.date-invalid', { value });
  return store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('officer'));
    if (memberships.length === 0) throw refuseLeave('leave.officers-only', {});
    if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuseLeave('leave.several-units', {});
    const officer = memberships[0]!;
    const unit = await transaction.units.get(officer.unitId);
    if (!unit) throw new Error(`unit ${officer.unitId} of ${officer.personId} does not exist`);
    const today = localTimeAt(input.now, unit.timeZone).date;
    const problem = leaveProblem({ startDate: input.startDate, endDate: input.endDate, today }, await transaction.leaves.ofPersonFrom(unit.id, officer.personId, input.startDate));
    if (problem?.problem === 'range-invalid') throw refuseLeave('leave.range-invalid', { startDate: input.startDate, endDate: input.endDate });
    if (problem?.problem === 'in-the-past') throw refuseLeave('leave.in-the-past', { today: problem.today });
    if (problem?.problem === 'too-long') throw refuseLeave('leave.too-long', { days: problem.days, longest: longestLeaveDays });
    if (problem?.problem === 'overlaps') throw refuseLeave('leave.overlaps', { startDate: problem.existing.startDate, endDate: problem.existing.endDate });

    const reason = input.reason.trim();
    const leave = { unitId: unit.id, personId: officer.personId, startDate: input.startDate, endDate: input.endDate, reason, declaredById: officer.personId, declaredAt: input.now };
    const leaveId = await transaction.leaves.add(leave);
    await transaction.audit.append({
      at: input.now,
      unitId: unit.id,
      actor: officer.personId,
      action: 'leave.declared',
      recordType: 'leave',
      recordId: leaveId,
      contentHash: recordHashes.leave({ leaveId, ...leave }),
    });
    const directors = leaveDeciders(await transaction.people.membersOf(unit.id));
    for (const director of directors) {
      if (!director.openId) continue;
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: director.openId,
        notification: { kind: 'leave-news', view: { change: 'declared', personName: director.name, officerName: officer.name, startDate: input.startDate, endDate: input.endDate, reason } },
      });
    }
    return { kind: 'leave-declared', officerName: officer.name, startDate: input.startDate, endDate: input.endDate, reason, directorNames: directors.map((director) => director.name) };
  });
}
