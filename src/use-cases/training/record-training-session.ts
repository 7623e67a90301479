import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { checkTrainingSession } from '../../domain/training/training-session.ts';
import type { UnitKind } from '../../domain/units/unit-kind.ts';
import type { Store } from '../../ports/store.ts';
import type { PersonReference } from './training-access-refusals.ts';
import { type TrainingRecorder, trainedPerson, trainingScene } from './training-scene.ts';

export interface TrainingSessionRecorded {
  kind: 'training-session-recorded';
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  date: string;
  subject: string;
  hours: number;
  trainer: string;
  attendees: Array<{ key: string; name: string }>;
}

/**
 * A training session of the director and officers in law, standards and expertise, recorded and sealed into the
 * audit chain for inspection (Art. 15: 对培训、考核情况予以记录并存档备查). Every attendee must hold such a post now.
 */
export async function recordTrainingSession(
  store: Store,
  input: { recorder: TrainingRecorder; date: string; subject: string; content: string; hours: number; trainer: string; attendees: readonly PersonReference[]; now: Date },
): Promise<TrainingSessionRecorded> {
  return store.transaction(async (transaction) => {
    const scene = await trainingScene(transaction, input.recorder, input.now);
    const attendees = [...new Map(input.attendees.map((reference) => trainedPerson(scene, reference)).map((person) => [person.personId, person])).values()];
    const session = checkTrainingSession({ ...input, attendeeIds: attendees.map((person) => person.personId) }, scene.today);
    const entry = { ...session, recordedBy: scene.recordedBy, createdAt: input.now };
    const id = await transaction.training.addSession(scene.unit.id, entry);
    await transaction.audit.append({
      at: input.now,
      unitId: scene.unit.id,
      actor: scene.recordedBy,
      action: 'training.recorded',
      recordType: 'training-session',
      recordId: id,
      contentHash: recordHashes.trainingSession({ unitId: scene.unit.id, ...entry }),
    });
    return {
      kind: 'training-session-recorded',
      unitId: scene.unit.id,
      unitName: scene.unit.name,
      unitKind: scene.unit.kind,
      date: session.date,
      subject: session.subject,
      hours: session.hours,
      trainer: session.trainer,
      attendees: attendees.map(({ key, name }) => ({ key, name })),
    };
  });
}
