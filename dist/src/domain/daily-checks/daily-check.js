import { refusalsOf } from "../domain-error.js";
const refuse = refusalsOf();
const answerLabels = { normal: '正常', abnormal: '异常', 'not-applicable': '不适用' };
export function answerLabel(answer) {
    return answerLabels[answer];
}
function requireOpen(check) {
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
function requireItem(check, number) {
    if (!Number.isInteger(number) || number < 1 || number > check.itemCount) {
        throw refuse('daily-check.item-not-found', { number, itemCount: check.itemCount });
    }
}
function withAnswer(answers, answer) {
    return [...answers.filter((existing) => existing.number !== answer.number), answer].sort((a, b) => a.number - b.number);
}
export function answerItem(check, number, answer) {
    requireOpen(check);
    requireItem(check, number);
    return { ...check, answers: withAnswer(check.answers, { number, answer, serious: false }) };
}
function validateHazard(check, report, measuresRequired) {
    requireItem(check, report.number);
    const description = report.description.trim();
    const measures = report.measures.trim();
    if (description === '') {
        throw refuse('daily-check.hazard-description-required', { number: report.number });
    }
    if (measuresRequired && measures === '') {
        throw refuse('daily-check.hazard-measures-required', { number: report.number });
    }
    return { ...report, description, measures };
}
/**
 * A submitted record is not changed by a later answer, a hazard included: the officer reopens it with 更正, which
 * keeps the submitted revision, and reports the hazard on the new one.
 */
export function recordHazard(check, report, options) {
    requireOpen(check);
    const hazard = validateHazard(check, report, options.measuresRequired);
    return { ...check, answers: withAnswer(check.answers, { ...hazard, answer: 'abnormal' }) };
}
export function unansweredItems(check) {
    const answered = new Set(check.answers.map((answer) => answer.number));
    return Array.from({ length: check.itemCount }, (_, index) => index + 1).filter((number) => !answered.has(number));
}
export function outcomeOf(answers) {
    return answers.some((answer) => answer.answer === 'abnormal') ? 'hazard' : 'zero-risk';
}
/** 全部正常: every item not already answered is recorded as normal, then the check is submitted. */
export function submitRemainingAsNormal(check) {
    requireOpen(check);
    const filled = unansweredItems(check).reduce((answers, number) => withAnswer(answers, { number, answer: 'normal', serious: false }), check.answers);
    return { ...check, answers: filled, status: 'submitted' };
}
export function submit(check) {
    requireOpen(check);
    const missing = unansweredItems(check);
    if (missing.length > 0) {
        throw refuse('daily-check.items-unanswered', { missing });
    }
    return { ...check, status: 'submitted' };
}
/** 更正: a submitted record is reopened as the next revision; the submitted revision stays in the store. */
export function startCorrection(check) {
    if (check.status !== 'submitted') {
        throw refuse('daily-check.nothing-to-correct', { date: check.date });
    }
    return { ...check, status: 'open', revision: check.revision + 1 };
}
/** A correction still open when the day closes is dropped: the revision it corrected stays the record. */
export function abandonCorrection(check, correctedAnswers) {
    if (check.status !== 'open' || check.revision < 2) {
        throw refuse('daily-check.no-correction-open', { date: check.date });
    }
    return { ...check, status: 'submitted', revision: check.revision - 1, answers: correctedAnswers };
}
export function hazardsOf(check) {
    return check.answers.filter((answer) => answer.answer === 'abnormal');
}
//# sourceMappingURL=daily-check.js.map