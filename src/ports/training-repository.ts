import type { AssessmentKind } from '../domain/training/assessment-record.ts';
import type { TrainingSessionFacts } from '../domain/training/training-session.ts';

export interface TrainingSessionEntry extends TrainingSessionFacts {
  /** A person's id, or 'command-line' / 'organisation-import'. */
  recordedBy: string;
  createdAt: Date;
}

export interface AssessmentEntry {
  personId: string;
  kind: AssessmentKind;
  date: string;
  passed: boolean;
  score: number | null;
  assessor: string;
  rectification: string | null;
  rectifiedOn: string | null;
  createdAt: Date;
}

/** Training sessions and assessments of the director and officers (Art. 15): added, never changed but for a spot check's rectification. */
export interface TrainingRepository {
  addSession(unitId: string, session: TrainingSessionEntry): Promise<string>;
  /** Whether the unit has a session of that date and subject: the organisation file adds each once, however often imported. */
  hasSession(unitId: string, date: string, subject: string): Promise<boolean>;
  /** A person has at most one record of a kind a day. */
  assessment(personId: string, kind: AssessmentKind, date: string): Promise<AssessmentEntry | null>;
  addAssessment(entry: AssessmentEntry): Promise<void>;
  /** What was done after a failed spot check; recorded once. */
  recordRectification(personId: string, date: string, rectification: { text: string; on: string }): Promise<void>;
}
