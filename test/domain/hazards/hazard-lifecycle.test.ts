import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/domain-error.ts';
import { hazardAlertRecipients, unitDeciders } from '../../../src/domain/hazards/hazard-alert.ts';
import {
  type Actor,
  assignRectification,
  escalateHazard,
  type HazardState,
  type HazardStep,
  mayTakeStep,
  recordRectification,
  verifyRectification,
} from '../../../src/domain/hazards/hazard-lifecycle.ts';
import type { Role } from '../../../src/domain/people/role.ts';
import type { HazardStatus } from '../../../src/domain/records/daily-record-facts.ts';

const director: Actor = { personId: 'li', roles: ['director'] };
const principal: Actor = { personId: 'zhang', roles: ['principal'] };
const owner: Actor = { personId: 'wang', roles: ['officer'] };
const otherOfficer: Actor = { personId: 'zhao', roles: ['officer'] };
const statuses: HazardStatus[] = ['reported', 'assigned', 'rectified', 'closed', 'escalated'];

function hazardAt(status: HazardStatus): HazardState {
  return { number: 3, status, ownerId: status === 'reported' ? null : 'wang', deadline: status === 'reported' ? null : '2026-11-10' };
}

function attempt(step: HazardStep, actor: Actor, hazard: HazardState, unitHasDirector: boolean): boolean {
  try {
    if (step === 'assign') assignRectification(hazard, { actor, unitHasDirector, ownerId: 'wang', deadline: '2026-11-20', today: '2026-11-06' });
    if (step === 'rectify') recordRectification(hazard, { actor, text: '已更换' });
    if (step === 'verify') verifyRectification(hazard, { actor, unitHasDirector, passed: true, note: '' });
    if (step === 'escalate') escalateHazard(hazard, { actor, reason: '需停产' });
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

describe('the hazard loop: one rule for what the card offers and what is allowed', () => {
  it('a card offers a step exactly when taking it is allowed, for every person, stage and unit', () => {
    for (const status of statuses) {
      for (const actor of [director, principal, owner, otherOfficer]) {
        for (const unitHasDirector of [true, false]) {
          for (const step of ['assign', 'rectify', 'verify', 'escalate'] as const) {
            const hazard = hazardAt(status);
            expect(mayTakeStep(step, actor, hazard, unitHasDirector), `${step} by ${actor.personId} at ${status}, director: ${unitHasDirector}`).toBe(
              attempt(step, actor, hazard, unitHasDirector),
            );
          }
        }
      }
    }
  });

  it('the principal decides where there is no director, and on what the director escalated', () => {
    expect(mayTakeStep('assign', principal, hazardAt('reported'), true)).toBe(false);
    expect(mayTakeStep('assign', principal, hazardAt('reported'), false)).toBe(true);
    expect(mayTakeStep('assign', principal, hazardAt('escalated'), true)).toBe(true);
  });

  it('a deadline the calendar does not have is refused, naming it', () => {
    const refusal = (() => {
      try {
        assignRectification(hazardAt('reported'), { actor: director, unitHasDirector: true, ownerId: 'wang', deadline: '2026-13-45', today: '2026-11-06' });
      } catch (error) {
        return error as DomainError;
      }
      return undefined;
    })();
    expect(refusal?.code).toBe('hazard.deadline-invalid');
    expect(refusal?.details).toEqual({ deadline: '2026-13-45' });
  });
});

describe('who is told of a hazard at once (Art. 10)', () => {
  const members: Array<{ name: string; roles: Role[] }> = [
    { name: '张三', roles: ['principal'] },
    { name: '李四', roles: ['director'] },
    { name: '王五', roles: ['officer'] },
  ];

  it('the director; the principal too when it is serious', () => {
    expect(hazardAlertRecipients(members, false).map((member) => member.name)).toEqual(['李四']);
    expect(hazardAlertRecipients(members, true).map((member) => member.name)).toEqual(['李四', '张三']);
  });

  it('the principal when the unit has no director, and each person once', () => {
    const withoutDirector = members.filter((member) => !member.roles.includes('director'));
    expect(hazardAlertRecipients(withoutDirector, false).map((member) => member.name)).toEqual(['张三']);
    expect(unitDeciders(withoutDirector).map((member) => member.name)).toEqual(['张三']);
    const both: { name: string; roles: Role[] } = { name: '赵六', roles: ['principal', 'director'] };
    expect(hazardAlertRecipients([both], true)).toEqual([both]);
  });
});
