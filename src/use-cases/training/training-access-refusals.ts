import { refusalsOf } from '../../domain/domain-error.ts';
import type { AssessmentKind } from '../../domain/training/assessment-record.ts';

/** A person as the recorder named them: by their id in the organisation file (command line) or by name (chat). */
export type PersonReference = { key: string } | { name: string };

/** What recording training and assessment refuses beyond the records' own rules: whose unit, whom, and twice. */
export interface TrainingAccessRefusals {
  'training.unit-not-found': { unitId: string; known: string[] };
  'training.recorder-not-allowed': Record<string, never>;
  'training.recorder-several-units': Record<string, never>;
  /** `candidates`: the unit's directors and officers, who could have been named. */
  'training.person-not-found': { reference: PersonReference; candidates: Array<{ key: string; name: string }> };
  'training.person-ambiguous': { name: string; keys: string[] };
  /** Art. 15 trains and assesses the director and the officers; the principal, or someone whose posts ended, is neither. */
  'training.person-not-manager': { reference: PersonReference; name: string };
  'assessment.already-recorded': { personName: string; kind: AssessmentKind; date: string; passed: boolean };
  'assessment.rectification-already-recorded': { personName: string; date: string; rectification: string; rectifiedOn: string };
}

export const refuseTrainingAccess = refusalsOf<TrainingAccessRefusals>();
