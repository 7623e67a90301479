import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { currentOrNextLeave, substituteProblem } from '../../domain/leave/leave-rules.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { Store } from '../../ports/store.ts';
import { handOverOpenChecks } from './hand-over-open-checks.ts';
import { refuseLeave } from './leave-refusals.ts';

export interface SubstituteNamed {
  kind: 'substitute-named';
  officerName: string;
  substituteName: string;
  startDate: string;
  endDate: string;
}

function memberNamed(members: readonly UnitMember[], name: string): UnitMember {
  const found = members.filter((member) => member.name === name.trim());
  if (found.length === 0) throw refuseLeave('leave.person-unknown', { name });
  if (found.length > 1) throw refuseLeave('leave.person-ambiguous', { name, count: found.length });
  return found[0]!;
}

/**
 * 代班: the director names who checks in the place of an officer on leave, for the leave in course or the next one.
 * A later naming replaces an earlier one from then on; both stay on record.
 */
export async function nameSubstitute(store: Store, input: { actorOpenId: string; officerName: string; substituteName: string; now: Date }): Promise<SubstituteNamed> {
  return store.transaction(async (transaction) => {
    // The principal too: a unit without a director still has to cover an officer's leave.
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
    if (memberships.length === 0) throw refuseLeave('leave.directors-only', {});
    if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuseLeave('leave.several-units', {});
    const director = memberships[0]!;
    const unit = await transaction.units.get(director.unitId);
    if (!unit) throw new Error(`unit ${director.unitId} of ${director.personId} does not exist`);
    const today = localTimeAt(input.now, unit.timeZone).date;
    const members = await transaction.people.membersOf(unit.id);
    const officer = memberNamed(members, input.officerName);
    const substitute = memberNamed(members, input.substituteName);
    const leave = currentOrNextLeave(today, await transaction.leaves.ofPersonFrom(unit.id, officer.personId, today));
    if (!leave) throw refuseLeave('leave.no-leave', { name: officer.name });
    const problem = substituteProblem(substitute, leave, await transaction.leaves.ofPersonFrom(unit.id, substitute.personId, leave.startDate));
    if (problem?.problem === 'is-director') throw refuseLeave('leave.substitute-is-director', { name: substitute.name });
    if (problem?.problem === 'not-an-officer') throw refuseLeave('leave.substitute-not-an-officer', { name: substitute.name });
    if (problem?.problem === 'same-person') throw refuseLeave('leave.substitute-same-person', { name: substitute.name });
    if (problem?.overlapping) throw refuseLeave('leave.substitute-on-leave', { name: substitute.name, startDate: problem.overlapping.startDate, endDate: problem.overlapping.endDate });

    const naming = { leaveId: leave.id, substituteId: substitute.personId, namedById: director.personId, namedAt: input.now };
    const namingId = await transaction.leaves.nameSubstitute(naming);
    await transaction.audit.append({
      at: input.now,
      unitId: unit.id,
      actor: director.personId,
      action: 'leave.substitute-named',
      recordType: 'leave-substitution',
      recordId: namingId,
      contentHash: recordHashes.leaveSubstitution(naming),
    });
    await handOverOpenChecks(transaction, { unit, leave, officer, substitute, today });
    const news = { officerName: officer.name, substituteName: substitute.name, startDate: leave.startDate, endDate: leave.endDate };
    for (const [person, change] of [[substitute, 'substitute-named-to-substitute'], [officer, 'substitute-named-to-officer']] as const) {
      if (!person.openId) continue;
      await transaction.outbox.enqueue({ operation: 'send', toOpenId: person.openId, notification: { kind: 'leave-news', view: { change, personName: person.name, ...news, reason: leave.reason } } });
    }
    return { kind: 'substitute-named', ...news };
  });
}
