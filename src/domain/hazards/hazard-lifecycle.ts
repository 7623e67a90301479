import { isLocalDate } from '../calendar/local-time.ts';
import { refusalsOf } from '../domain-error.ts';
import type { Role } from '../people/role.ts';
import type { HazardStatus } from '../records/daily-record-facts.ts';
import { isRectifiedHazard } from './hazard-status.ts';

/**
 * A hazard's life (Art. 10, 11): reported with immediate measures → rectification assigned by the director (owner,
 * deadline) → rectified by the owner → verified by the director → closed; or escalated to the principal. Each step
 * belongs to one person; a hazard is never deleted.
 */
export interface HazardState {
  number: number;
  status: HazardStatus;
  ownerId: string | null;
  deadline: string | null;
}

export interface Actor {
  personId: string;
  roles: readonly Role[];
}

/** The steps of the loop that move a hazard on, each taken by one person at one stage. */
export type HazardStep = 'assign' | 'rectify' | 'verify' | 'escalate';

export interface HazardRefusals {
  'hazard.decider-only': { step: Extract<HazardStep, 'assign' | 'verify'>; unitHasDirector: boolean };
  'hazard.owner-only': { number: number };
  'hazard.director-only': { step: Extract<HazardStep, 'escalate'> };
  'hazard.not-now': { number: number; status: HazardStatus; step: HazardStep };
  'hazard.deadline-invalid': { deadline: string };
  'hazard.deadline-past': { deadline: string; today: string };
  'hazard.rectification-text-required': Record<string, never>;
  'hazard.verification-note-required': Record<string, never>;
  'hazard.escalation-reason-required': Record<string, never>;
}

const refuse = refusalsOf<HazardRefusals>();

/**
 * The director decides; the principal does in a unit without a director (Art. 10: report to the director or the
 * principal) and for a hazard the director escalated to them.
 */
export function isDecider(actor: Actor, unitHasDirector: boolean, status: HazardStatus): boolean {
  return actor.roles.includes('director') || (actor.roles.includes('principal') && (!unitHasDirector || status === 'escalated'));
}

interface StepRule {
  /** The stages at which the step can be taken at all. */
  statuses: readonly HazardStatus[];
  /** Whether this person is the one to take it; checked before the stage when `personFirst`. */
  isTheirs(actor: Actor, hazard: HazardState, unitHasDirector: boolean): boolean;
  refuseActor(hazard: HazardState, unitHasDirector: boolean): never;
  personFirst: boolean;
}

const stepRules: Readonly<Record<HazardStep, StepRule>> = {
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
export function mayTakeStep(step: HazardStep, actor: Actor, hazard: HazardState, unitHasDirector: boolean): boolean {
  const rule = stepRules[step];
  return rule.statuses.includes(hazard.status) && rule.isTheirs(actor, hazard, unitHasDirector);
}

function requireStep(step: HazardStep, actor: Actor, hazard: HazardState, unitHasDirector: boolean): void {
  const rule = stepRules[step];
  const checkPerson = () => {
    if (!rule.isTheirs(actor, hazard, unitHasDirector)) rule.refuseActor(hazard, unitHasDirector);
  };
  if (rule.personFirst) checkPerson();
  if (!rule.statuses.includes(hazard.status)) throw refuse('hazard.not-now', { number: hazard.number, status: hazard.status, step });
  if (!rule.personFirst) checkPerson();
}

/** Acknowledging a report is for the unit's director or principal, once. */
export function mayAcknowledge(actor: Actor, acknowledged: boolean): boolean {
  return !acknowledged && (actor.roles.includes('director') || actor.roles.includes('principal'));
}

export function assignRectification(
  hazard: HazardState,
  input: { actor: Actor; unitHasDirector: boolean; ownerId: string; deadline: string; today: string },
): HazardState {
  requireStep('assign', input.actor, hazard, input.unitHasDirector);
  // A form can send any string; only a date the calendar has is a deadline.
  if (!isLocalDate(input.deadline)) throw refuse('hazard.deadline-invalid', { deadline: input.deadline });
  if (input.deadline < input.today) throw refuse('hazard.deadline-past', { deadline: input.deadline, today: input.today });
  return { ...hazard, status: 'assigned', ownerId: input.ownerId, deadline: input.deadline };
}

export function recordRectification(hazard: HazardState, input: { actor: Actor; text: string }): HazardState {
  requireStep('rectify', input.actor, hazard, false);
  if (input.text.trim() === '') throw refuse('hazard.rectification-text-required', {});
  return { ...hazard, status: 'rectified' };
}

export function verifyRectification(
  hazard: HazardState,
  input: { actor: Actor; unitHasDirector: boolean; passed: boolean; note: string },
): HazardState {
  requireStep('verify', input.actor, hazard, input.unitHasDirector);
  if (!input.passed && input.note.trim() === '') throw refuse('hazard.verification-note-required', {});
  return { ...hazard, status: input.passed ? 'closed' : 'assigned' };
}

export function escalateHazard(hazard: HazardState, input: { actor: Actor; reason: string }): HazardState {
  requireStep('escalate', input.actor, hazard, true);
  if (input.reason.trim() === '') throw refuse('hazard.escalation-reason-required', {});
  return { ...hazard, status: 'escalated' };
}

/** Past its deadline and not yet rectified; the weekly report and the reminders use this one rule. */
export function isOverdue(hazard: Pick<HazardState, 'status' | 'deadline'>, today: string): boolean {
  return hazard.deadline !== null && hazard.deadline !== undefined && hazard.deadline < today && !isRectifiedHazard(hazard.status);
}
