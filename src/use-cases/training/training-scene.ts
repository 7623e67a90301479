import { localTimeAt } from '../../domain/calendar/local-time.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { type PersonReference, refuseTrainingAccess } from './training-access-refusals.ts';

/** Who records: the command line names the unit; in chat a director or principal records for their own unit. */
export type TrainingRecorder = { kind: 'command-line'; unitId: string } | { kind: 'chat'; actorOpenId: string };

export interface TrainingScene {
  unit: UnitProfile;
  /** The unit's local date: nothing after it is recorded as done. */
  today: string;
  /** What the record and its audit entry name as the one who recorded it. */
  recordedBy: string;
  /** Everyone of the unit holding a post now, the principal included, so that naming the principal is told apart from naming a stranger. */
  members: UnitMember[];
}

function isManager(member: UnitMember): boolean {
  return member.roles.includes('director') || member.roles.includes('officer');
}

/** The unit recorded for, and who records: in chat, the director's or principal's own unit, and they themselves. */
async function recording(transaction: StoreTransaction, recorder: TrainingRecorder): Promise<{ unitId: string; recordedBy: string }> {
  if (recorder.kind === 'command-line') return { unitId: recorder.unitId, recordedBy: 'command-line' };
  const memberships = (await transaction.people.byOpenId(recorder.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
  if (memberships.length === 0) throw refuseTrainingAccess('training.recorder-not-allowed', {});
  if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuseTrainingAccess('training.recorder-several-units', {});
  return { unitId: memberships[0]!.unitId, recordedBy: memberships[0]!.personId };
}

export async function trainingScene(transaction: StoreTransaction, recorder: TrainingRecorder, now: Date): Promise<TrainingScene> {
  const { unitId, recordedBy } = await recording(transaction, recorder);
  const unit = await transaction.units.get(unitId);
  if (!unit) throw refuseTrainingAccess('training.unit-not-found', { unitId, known: (await transaction.units.list()).map((known) => known.id) });
  return { unit, today: localTimeAt(now, unit.timeZone).date, recordedBy, members: await transaction.people.membersOf(unit.id) };
}

/** The director or officer named, found among the unit's people holding a post now. */
export function trainedPerson(scene: TrainingScene, reference: PersonReference): UnitMember {
  const matching = scene.members.filter((member) => ('key' in reference ? member.key === reference.key : member.name === reference.name));
  const managers = matching.filter(isManager);
  if (managers.length > 1) throw refuseTrainingAccess('training.person-ambiguous', { name: managers[0]!.name, keys: managers.map((member) => member.key) });
  if (managers.length === 1) return managers[0]!;
  if (matching.length > 0) throw refuseTrainingAccess('training.person-not-manager', { reference, name: matching[0]!.name });
  throw refuseTrainingAccess('training.person-not-found', { reference, candidates: scene.members.filter(isManager).map(({ key, name }) => ({ key, name })) });
}
