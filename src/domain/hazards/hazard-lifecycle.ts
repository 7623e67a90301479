import { WordedRefusal } from '../worded-refusal.ts';
import type { Role } from '../people/role.ts';
import type { HazardStatus } from '../records/daily-record-facts.ts';
import { hazardStatusLabel, isRectifiedHazard } from './hazard-status.ts';

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
  roles: Role[];
}

/**
 * The director decides; the principal does in a unit without a director (Art. 10: report to the director or the
 * principal) and for a hazard the director escalated to them.
 */
export function isDecider(actor: Actor, unitHasDirector: boolean, status: HazardStatus): boolean {
  return actor.roles.includes('director') || (actor.roles.includes('principal') && (!unitHasDirector || status === 'escalated'));
}

function requireDecider(actor: Actor, unitHasDirector: boolean, step: string, status: HazardStatus): void {
  const allowed = isDecider(actor, unitHasDirector, status);
  if (!allowed) {
    throw new WordedRefusal('HAZARD_STEP_NOT_YOURS', `${step}由质量安全总监负责${unitHasDirector ? '' : '（本单位未设总监，由主要负责人负责）'}，您不能操作。`);
  }
}

function requireStatus(hazard: HazardState, allowed: HazardStatus[], step: string): void {
  if (!allowed.includes(hazard.status)) {
    throw new WordedRefusal('HAZARD_STEP_NOT_NOW', `第 ${hazard.number} 号隐患当前为「${hazardStatusLabel(hazard.status)}」，不能${step}。`);
  }
}

export function assignRectification(
  hazard: HazardState,
  input: { actor: Actor; unitHasDirector: boolean; ownerId: string; deadline: string; today: string },
): HazardState {
  requireDecider(input.actor, input.unitHasDirector, '指派整改', hazard.status);
  requireStatus(hazard, ['reported', 'assigned', 'escalated'], '指派整改');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.deadline)) throw new WordedRefusal('HAZARD_DEADLINE_INVALID', `整改期限须为 YYYY-MM-DD 格式的日期，收到：${input.deadline}`);
  if (input.deadline < input.today) throw new WordedRefusal('HAZARD_DEADLINE_PAST', `整改期限 ${input.deadline} 已过，请选择今天（${input.today}）或以后的日期。`);
  return { ...hazard, status: 'assigned', ownerId: input.ownerId, deadline: input.deadline };
}

export function recordRectification(hazard: HazardState, input: { actor: Actor; text: string }): HazardState {
  requireStatus(hazard, ['assigned'], '提交整改结果');
  if (hazard.ownerId !== input.actor.personId) throw new WordedRefusal('HAZARD_STEP_NOT_YOURS', `第 ${hazard.number} 号隐患的整改负责人不是您，不能提交整改结果。`);
  if (input.text.trim() === '') throw new WordedRefusal('RECTIFICATION_TEXT_REQUIRED', '请写明整改做了什么（整改情况说明）。');
  return { ...hazard, status: 'rectified' };
}

export function verifyRectification(
  hazard: HazardState,
  input: { actor: Actor; unitHasDirector: boolean; passed: boolean; note: string },
): HazardState {
  requireDecider(input.actor, input.unitHasDirector, '验证整改', hazard.status);
  requireStatus(hazard, ['rectified'], '验证整改');
  if (!input.passed && input.note.trim() === '') throw new WordedRefusal('VERIFICATION_NOTE_REQUIRED', '验证不通过时，请写明原因和需要补做的整改。');
  return { ...hazard, status: input.passed ? 'closed' : 'assigned' };
}

export function escalateHazard(hazard: HazardState, input: { actor: Actor; reason: string }): HazardState {
  if (!input.actor.roles.includes('director')) throw new WordedRefusal('HAZARD_STEP_NOT_YOURS', '升级报告主要负责人由质量安全总监操作。');
  requireStatus(hazard, ['reported', 'assigned'], '升级');
  if (input.reason.trim() === '') throw new WordedRefusal('ESCALATION_REASON_REQUIRED', '请写明升级的原因。');
  return { ...hazard, status: 'escalated' };
}

/** Past its deadline and not yet rectified; the weekly report and the reminders use this one rule. */
export function isOverdue(hazard: Pick<HazardState, 'status' | 'deadline'>, today: string): boolean {
  return hazard.deadline !== null && hazard.deadline !== undefined && hazard.deadline < today && !isRectifiedHazard(hazard.status);
}
