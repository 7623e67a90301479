import { isLocalDate } from '../calendar/local-time.ts';
import { refuseTraining } from './training-refusals.ts';

/**
 * `assessment`: the unit's own assessment (Art. 6, 15); `spot-check`: the regulator's random 监督抽查考核 (Art. 15,
 * second paragraph); `training`: a training completed, as the organisation file recorded it before sessions were kept.
 */
export type AssessmentKind = 'training' | 'assessment' | 'spot-check';

export const ASSESSMENT_KIND_LABELS: Readonly<Record<AssessmentKind, string>> = {
  training: '培训',
  assessment: '考核',
  'spot-check': '监督抽查考核',
};

/** Scores are kept 百分制: a number outside 0–100 is a typing slip, not a mark. */
export const HIGHEST_SCORE = 100;

export interface AssessmentFacts {
  kind: AssessmentKind;
  date: string;
  passed: boolean;
  score?: number;
  assessor: string;
  /** A failed spot check: what the unit did about it, and when. */
  rectification?: { text: string; on: string };
}

/** The assessment as it will be kept, its texts trimmed; refused when it could not stand as a record of what happened. */
export function checkAssessment(record: AssessmentFacts, today: string): AssessmentFacts {
  if (!isLocalDate(record.date)) throw refuseTraining('training.date-invalid', { field: 'date', value: record.date });
  if (record.date > today) throw refuseTraining('training.date-in-future', { field: 'date', date: record.date, today });
  if (record.score !== undefined && !(Number.isFinite(record.score) && record.score >= 0 && record.score <= HIGHEST_SCORE)) {
    throw refuseTraining('assessment.score-invalid', { score: record.score });
  }
  return {
    kind: record.kind,
    date: record.date,
    passed: record.passed,
    ...(record.score === undefined ? {} : { score: record.score }),
    assessor: record.assessor.trim(),
    ...(record.rectification === undefined ? {} : { rectification: checkRectification(record, record.rectification, today) }),
  };
}

/** What was done after a failed spot check, on or after the day of the check and not after today. */
export function checkRectification(check: Pick<AssessmentFacts, 'kind' | 'date' | 'passed'>, rectification: { text: string; on: string }, today: string): { text: string; on: string } {
  if (check.kind !== 'spot-check' || check.passed) throw refuseTraining('assessment.rectification-not-applicable', { kind: check.kind, passed: check.passed });
  const text = rectification.text.trim();
  if (text === '') throw refuseTraining('assessment.rectification-text-required', {});
  if (!isLocalDate(rectification.on)) throw refuseTraining('training.date-invalid', { field: 'rectified-on', value: rectification.on });
  if (rectification.on > today) throw refuseTraining('training.date-in-future', { field: 'rectified-on', date: rectification.on, today });
  if (rectification.on < check.date) throw refuseTraining('assessment.rectified-before-spot-check', { date: check.date, rectifiedOn: rectification.on });
  return { text, on: rectification.on };
}
