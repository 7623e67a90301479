import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { type AssessmentFacts, checkAssessment, checkRectification } from '../../domain/training/assessment-record.ts';
import type { Role } from '../../domain/people/role.ts';
import type { UnitKind } from '../../domain/units/unit-kind.ts';
import type { AuditRepository } from '../../ports/audit-repository.ts';
import type { Store } from '../../ports/store.ts';
import { type PersonReference, refuseTrainingAccess } from './training-access-refusals.ts';
import { type TrainingRecorder, trainedPerson, trainingScene } from './training-scene.ts';

export interface AssessmentRecorded {
  /** `rectification-recorded`: a failed spot check recorded earlier now has what was done about it. */
  kind: 'assessment-recorded' | 'rectification-recorded';
  unitName: string;
  unitKind: UnitKind;
  personName: string;
  /** The posts the person holds: a failed assessment means they may not keep them (Art. 15). */
  roles: Role[];
  assessment: AssessmentFacts;
}

/** The audit entry of a spot check's rectification, beside the one of the spot check itself. */
async function appendRectification(
  audit: AuditRepository,
  entry: { unitId: string; actor: string; personId: string; date: string; rectification: { text: string; on: string }; at: Date },
): Promise<void> {
  await audit.append({
    at: entry.at,
    unitId: entry.unitId,
    actor: entry.actor,
    action: 'assessment.rectified',
    recordType: 'assessment',
    recordId: `${entry.personId}#spot-check#${entry.date}#rectification`,
    contentHash: recordHashes.spotCheckRectification({ personId: entry.personId, date: entry.date, rectification: entry.rectification.text, rectifiedOn: entry.rectification.on }),
  });
}

/**
 * The unit's assessment of a director or officer, or the regulator's random 监督抽查考核 of one (Art. 15), recorded
 * and sealed into the audit chain. A failed spot check may be recorded at once and its rectification later, by
 * recording it again with what was done; a record is otherwise never changed.
 */
export async function recordAssessment(
  store: Store,
  input: {
    recorder: TrainingRecorder;
    person: PersonReference;
    kind: 'assessment' | 'spot-check';
    date: string;
    passed: boolean;
    score?: number;
    assessor: string;
    /** Without a day, the rectification is taken as done today. */
    rectification?: { text: string; on?: string };
    now: Date;
  },
): Promise<AssessmentRecorded> {
  return store.transaction(async (transaction) => {
    const scene = await trainingScene(transaction, input.recorder, input.now);
    const person = trainedPerson(scene, input.person);
    const rectification = input.rectification && { text: input.rectification.text, on: input.rectification.on ?? scene.today };
    const outcome = { unitName: scene.unit.name, unitKind: scene.unit.kind, personName: person.name, roles: person.roles.filter((role) => role !== 'principal') };
    const audited = { unitId: scene.unit.id, actor: scene.recordedBy, personId: person.personId, date: input.date, at: input.now };

    const existing = await transaction.training.assessment(person.personId, input.kind, input.date);
    if (existing) {
      if (existing.rectification !== null && existing.rectifiedOn !== null && rectification) {
        throw refuseTrainingAccess('assessment.rectification-already-recorded', { personName: person.name, date: existing.date, rectification: existing.rectification, rectifiedOn: existing.rectifiedOn });
      }
      if (!rectification || existing.passed !== input.passed) {
        throw refuseTrainingAccess('assessment.already-recorded', { personName: person.name, kind: existing.kind, date: existing.date, passed: existing.passed });
      }
      const done = checkRectification(existing, rectification, scene.today);
      await transaction.training.recordRectification(person.personId, existing.date, done);
      await appendRectification(transaction.audit, { ...audited, rectification: done });
      const recorded = { kind: existing.kind, date: existing.date, passed: existing.passed, assessor: existing.assessor, rectification: done };
      return { kind: 'rectification-recorded', ...outcome, assessment: existing.score === null ? recorded : { ...recorded, score: existing.score } };
    }

    const assessment = checkAssessment(
      { kind: input.kind, date: input.date, passed: input.passed, assessor: input.assessor, ...(input.score === undefined ? {} : { score: input.score }), ...(rectification ? { rectification } : {}) },
      scene.today,
    );
    await transaction.training.addAssessment({
      personId: person.personId,
      kind: assessment.kind,
      date: assessment.date,
      passed: assessment.passed,
      score: assessment.score ?? null,
      assessor: assessment.assessor,
      rectification: assessment.rectification?.text ?? null,
      rectifiedOn: assessment.rectification?.on ?? null,
      createdAt: input.now,
    });
    await transaction.audit.append({
      at: input.now,
      unitId: scene.unit.id,
      actor: scene.recordedBy,
      action: 'assessment.recorded',
      recordType: 'assessment',
      recordId: `${person.personId}#${assessment.kind}#${assessment.date}`,
      contentHash: recordHashes.assessment({ personId: person.personId, ...assessment }),
    });
    if (assessment.rectification) await appendRectification(transaction.audit, { ...audited, rectification: assessment.rectification });
    return { kind: 'assessment-recorded', ...outcome, assessment };
  });
}
