import { refusalsOf } from '../domain-error.ts';

export type DailyAnswerValue = 'normal' | 'abnormal' | 'not-applicable';
export type DailyCheckStatus = 'open' | 'submitted' | 'missed' | 'suspended';
export type DailyCheckOutcome = 'zero-risk' | 'hazard';

export interface DailyAnswer {
  number: number;
  answer: DailyAnswerValue;
  description?: string;
  measures?: string;
  serious: boolean;
}

/** One officer's record for one day (or shift), at its current revision. */
export interface DailyCheck {
  id: string;
  officerId: string;
  date: string;
  status: DailyCheckStatus;
  revision: number;
  itemCount: number;
  answers: DailyAnswer[];
}

export interface HazardReport {
  number: number;
  description: string;
  measures: string;
  serious: boolean;
}

/** What the daily-check rules refuse, with the facts each refusal is about. */
export interface DailyCheckRefusals {
  'daily-check.already-submitted': { date: string };
  'daily-check.missed': { date: string };
  'daily-check.suspended': { date: string };
  'daily-check.item-not-found': { number: number; itemCount: number };
  'daily-check.hazard-description-required': { number: number };
  'daily-check.hazard-measures-required': { number: number };
  'daily-check.items-unanswered': { missing: number[] };
  'daily-check.nothing-to-correct': { date: string };
  'daily-check.no-correction-open': { date: string };
}

const refuse = refusalsOf<DailyCheckRefusals>();

const answerLabels: Record<DailyAnswerValue, string> = { normal: '正常', abnormal: '异常', 'not-applicable': '不适用' };

export function answerLabel(answer: DailyAnswerValue): string {
  return answerLabels[answer];
}

function requireOpen(check: DailyCheck): void {
  if (check.status === 'submitted') {
    throw refuse('daily-check.already-submitted', { date: check.date });
  }
  if (check.status === 'missed') {
    throw refuse('daily-check.missed', { date: check.date });
  }
  if (check.status === 'suspended') {
    throw refuse('daily-check.suspended', { date: check.date });
  }
}

function requireItem(check: DailyCheck, number: number): void {
  if (!Number.isInteger(number) || number < 1 || number > check.itemCount) {
    throw refuse('daily-check.item-not-found', { number, itemCount: check.itemCount });
  }
}

function withAnswer(answers: readonly DailyAnswer[], answer: DailyAnswer): DailyAnswer[] {
  return [...answers.filter((existing) => existing.number !== answer.number), answer].sort((a, b) => a.number - b.number);
}

export function answerItem(check: DailyCheck, number: number, answer: 'normal' | 'not-applicable'): DailyCheck {
  requireOpen(check);
  requireItem(check, number);
  return { ...check, answers: withAnswer(check.answers, { number, answer, serious: false }) };
}

/** Art. 10: a hazard is reported with the measures taken at once, by card and by chat alike. */
function validateHazard(check: DailyCheck, report: HazardReport): HazardReport {
  requireItem(check, report.number);
  const description = report.description.trim();
  const measures = report.measures.trim();
  if (description === '') {
    throw refuse('daily-check.hazard-description-required', { number: report.number });
  }
  if (measures === '') {
    throw refuse('daily-check.hazard-measures-required', { number: report.number });
  }
  return { ...report, description, measures };
}

/**
 * A submitted record is not changed by a later answer, a hazard included: the officer reopens it with 更正, which
 * keeps the submitted revision, and reports the hazard on the new one.
 */
export function recordHazard(check: DailyCheck, report: HazardReport): DailyCheck {
  requireOpen(check);
  const hazard = validateHazard(check, report);
  return { ...check, answers: withAnswer(check.answers, { ...hazard, answer: 'abnormal' }) };
}

export function unansweredItems(check: DailyCheck): number[] {
  const answered = new Set(check.answers.map((answer) => answer.number));
  return Array.from({ length: check.itemCount }, (_, index) => index + 1).filter((number) => !answered.has(number));
}

export function outcomeOf(answers: readonly DailyAnswer[]): DailyCheckOutcome {
  return answers.some((answer) => answer.answer === 'abnormal') ? 'hazard' : 'zero-risk';
}

/** 全部正常: every item not already answered is recorded as normal, then the check is submitted. */
export function submitRemainingAsNormal(check: DailyCheck): DailyCheck {
  requireOpen(check);
  const filled = unansweredItems(check).reduce<DailyAnswer[]>(
    (answers, number) => withAnswer(answers, { number, answer: 'normal', serious: false }),
    check.answers,
  );
  return { ...check, answers: filled, status: 'submitted' };
}

export function submit(check: DailyCheck): DailyCheck {
  requireOpen(check);
  const missing = unansweredItems(check);
  if (missing.length > 0) {
    throw refuse('daily-check.items-unanswered', { missing });
  }
  return { ...check, status: 'submitted' };
}

/** 更正: a submitted record is reopened as the next revision; the submitted revision stays in the store. */
export function startCorrection(check: DailyCheck): DailyCheck {
  if (check.status !== 'submitted') {
    throw refuse('daily-check.nothing-to-correct', { date: check.date });
  }
  return { ...check, status: 'open', revision: check.revision + 1 };
}

/** A correction still open when the day closes is dropped: the revision it corrected stays the record. */
export function abandonCorrection(check: DailyCheck, correctedAnswers: DailyAnswer[]): DailyCheck {
  if (check.status !== 'open' || check.revision < 2) {
    throw refuse('daily-check.no-correction-open', { date: check.date });
  }
  return { ...check, status: 'submitted', revision: check.revision - 1, answers: correctedAnswers };
}

export function hazardsOf(check: DailyCheck): DailyAnswer[] {
  return check.answers.filter((answer) => answer.answer === 'abnormal');
}
