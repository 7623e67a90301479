import { refusalsOf } from '../domain-error.ts';

/** Which date a refusal is about: the session's or assessment's own, or the day a failed spot check was rectified. */
export type TrainingDateField = 'date' | 'rectified-on';

/** The rules a training session or an assessment must meet before it is recorded (Art. 15: 记录并存档备查). */
export interface TrainingRefusals {
  'training.date-invalid': { field: TrainingDateField; value: string };
  /** Only what has happened is recorded: a planned session is not yet a record. */
  'training.date-in-future': { field: TrainingDateField; date: string; today: string };
  'training.subject-required': Record<string, never>;
  'training.hours-invalid': { hours: number };
  'training.attendees-required': Record<string, never>;
  'assessment.score-invalid': { score: number };
  /** Rectification belongs to a failed 监督抽查考核 only (Art. 15: 抽查考核不合格的，应当立即采取整改措施). */
  'assessment.rectification-not-applicable': { kind: 'training' | 'assessment' | 'spot-check'; passed: boolean };
  'assessment.rectification-text-required': Record<string, never>;
  'assessment.rectified-before-spot-check': { date: string; rectifiedOn: string };
}

export const refuseTraining = refusalsOf<TrainingRefusals>();
