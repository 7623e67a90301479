import { isLocalDate } from "../calendar/local-time.js";
import { refusalsOf } from "../domain-error.js";
import { isRectifiedHazard } from "./hazard-status.js";
const refuse = refusalsOf();
/**
 * The director decides; the principal does in a unit without a director (Art. 10: report to the director or the
 * principal) and for a hazard the director escalated to them.
 */
export function isDecider(actor, unitHasDirector, status) {
    return actor.roles.includes('director') || (actor.roles.includes('principal') && (!unitHasDirector || status === 'escalated'));
}
const stepRules = {
    assign: {
        statuses: ['reported', 'assigned', 'escalated'],
        isTheirs: (actor, hazard, unitHasDirector) => isDecider(actor, unitHasDirector, hazard.status),
        refuseActor: (_hazard, unitHasDirector) => {
            throw refuse('hazard.decider-only', { step: 'assign', unitHasDirector });
        },
        personFirst: true,
    },
    rectify: {
        statuses: ['assigned'],
        isTheirs: (actor, hazard) => hazard.ownerId === actor.personId,
        refuseActor: (hazard) => {
            throw refuse('hazard.owner-only', { number: hazard.number });
        },
        personFirst: false,
    },
    verify: {
        statuses: ['rectified'],
        isTheirs: (actor, hazard, unitHasDirector) => isDecider(actor, unitHasDirector, hazard.status),
        refuseActor: (_hazard, unitHasDirector) => {
            throw refuse('hazard.decider-only', { step: 'verify', unitHasDirector });
        },
        personFirst: true,
    },
    escalate: {
        statuses: ['reported', 'assigned'],
        isTheirs: (actor) => actor.roles.includes('director'),
        refuseActor: () => {
            throw refuse('hazard.director-only', { step: 'escalate' });
        },
        personFirst: true,
    },
};
/** Whether this person may take this step on the hazard now: what the hazard card offers them, and all it offers. */
export function mayTakeStep(step, actor, hazard, unitHasDirector) {
    const rule = stepRules[step];
    return rule.statuses.includes(hazard.status) && rule.isTheirs(actor, hazard, unitHasDirector);
}
function requireStep(step, actor, hazard, unitHasDirector) {
    const rule = stepRules[step];
    const checkPerson = () => {
        if (!rule.isTheirs(actor, hazard, unitHasDirector))
            rule.refuseActor(hazard, unitHasDirector);
    };
    if (rule.personFirst)
        checkPerson();
    if (!rule.statuses.includes(hazard.status))
        throw refuse('hazard.not-now', { number: hazard.number, status: hazard.status, step });
    if (!rule.personFirst)
        checkPerson();
}
/** Acknowledging a report is for the unit's director or principal, once. */
export function mayAcknowledge(actor, acknowledged) {
    return !acknowledged && (actor.roles.includes('director') || actor.roles.includes('principal'));
}
export function assignRectification(hazard, input) {
    requireStep('assign', input.actor, hazard, input.unitHasDirector);
    // A form can send any string; only a date the calendar has is a deadline.
    if (!isLocalDate(input.deadline))
        throw refuse('hazard.deadline-invalid', { deadline: input.deadline });
    if (input.deadline < input.today)
        throw refuse('hazard.deadline-past', { deadline: input.deadline, today: input.today });
    return { ...hazard, status: 'assigned', ownerId: input.ownerId, deadline: input.deadline };
}
export function recordRectification(hazard, input) {
    requireStep('rectify', input.actor, hazard, false);
    if (input.text.trim() === '')
        throw refuse('hazard.rectification-text-required', {});
    return { ...hazard, status: 'rectified' };
}
export function verifyRectification(hazard, input) {
    requireStep('verify', input.actor, hazard, input.unitHasDirector);
    if (!input.passed && input.note.trim() === '')
        throw refuse('hazard.verification-note-required', {});
    return { ...hazard, status: input.passed ? 'closed' : 'assigned' };
}
export function escalateHazard(hazard, input) {
    requireStep('escalate', input.actor, hazard, true);
    if (input.reason.trim() === '')
        throw refuse('hazard.escalation-reason-required', {});
    return { ...hazard, status: 'escalated' };
}
/** Past its deadline and not yet rectified; the weekly report and the reminders use this one rule. */
export function isOverdue(hazard, today) {
    return hazard.deadline !== null && hazard.deadline !== undefined && hazard.deadline < today && !isRectifiedHazard(hazard.status);
}
//# sourceMappingURL=hazard-lifecycle.js.map