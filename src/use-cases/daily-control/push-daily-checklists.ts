import { closureTextOn } from '../calendar/day-closure.ts';
import { type SuspensionPeriod, suspensionOn } from '../../domain/calendar/suspension.ts';
import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { itemsDueOn } from '../../domain/checklists/item-frequency.ts';
import { type LeaveWithSubstitute, leaveOn, substituteOn } from '../../domain/leave/leave-rules.ts';
import type { ChecklistRecord } from '../../ports/checklist-repository.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { checklistOnCheck, dailyCheckView } from './daily-check-view.ts';

export interface PushSummary {
  unitId: string;
  date: string;
  pushed: number;
  suspended: number;
  alreadyDone: number;
  /** Why nothing was pushed: a day the unit's calendar closes (with the day's name), or a unit without a checklist. */
  skipped?: { reason: 'rest-day'; dayName: string } | { reason: 'no-checklist' } | { reason: 'nothing-due'; shift: string };
}

/** The shifts a unit runs on a day: one unnamed shift for daily control, or each configured shift time. */
export function shiftsOf(unit: UnitProfile): string[] {
  return unit.schedule.controlMode === 'per-shift' && unit.schedule.shiftTimes.length > 0 ? unit.schedule.shiftTimes : [''];
}

/** Officers whose cards one transaction writes: a large unit's first cards leave while the rest are still written. */
export const pushBatchSize = 200;

type PushOutcome = 'already-done' | 'suspended' | 'pushed' | 'unreachable' | 'on-leave-unsubstituted';

interface ShiftPlan {
  unit: UnitProfile;
  date: string;
  shift: string;
  now: Date;
  checklist: ChecklistRecord;
  /** The checklist numbers of the items due on this shift (管控频次). */
  dueItems: number[];
  suspension: SuspensionPeriod | undefined;
  /** The officers' leaves covering the day, each with its substitute (代班), and who may be one. */
  leaves: LeaveWithSubstitute[];
  officers: UnitMember[];
}

async function pushOfficer(transaction: StoreTransaction, plan: ShiftPlan, officer: UnitMember): Promise<PushOutcome> {
  const { unit, date, shift, checklist, dueItems, suspension } = plan;
  // The unique (unit, officer, date, shift) row is what makes a rerun, a restart or a second instance harmless.
  if (await transaction.dailyChecks.find(unit.id, officer.personId, date, shift)) return 'already-done';
  const leave = leaveOn(date, plan.leaves.filter((candidate) => candidate.personId === officer.personId));
  const substituteId = leave ? substituteOn(date, leave, plan.leaves) : undefined;
  const substitute = substituteId ? plan.officers.find((candidate) => candidate.personId === substituteId) : undefined;
  const check = await transaction.dailyChecks.create(
    {
      unitId: unit.id,
      officerId: officer.personId,
      date,
      shift,
      checklistId: checklist.id,
      status: suspension ? 'suspended' : 'open',
      ...(suspension ? { suspensionReason: suspension.reason } : {}),
      dueItems,
      ...(leave ? { leaveId: leave.id, ...(substitute ? { substituteId: substitute.personId } : {}) } : {}),
    },
  );
  if (suspension) {
    await transaction.audit.append({
      at: plan.now,
      unitId: unit.id,
      actor: 'system',
      action: 'daily-check.suspended',
      recordType: 'daily-check',
      recordId: `${check.id}#${check.revision}`,
      contentHash: recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: officer.personId, date, shift, status: 'suspended', reason: suspension.reason }),
    });
    return 'suspended';
  }
  // An officer on leave gets no card: the substitute gets it, marked as theirs to make in the officer's place; with no
  // substitute named the check stays open and closes as a gap, shown with the leave.
  if (leave && !substitute) return 'on-leave-unsubstituted';
  const recipient = substitute ?? officer;
  if (!recipient.openId) return 'unreachable';
  const outboxId = await transaction.outbox.enqueue({
    operation: 'send',
    toOpenId: recipient.openId,
    notification: { kind: 'daily-check', view: dailyCheckView(check, { unit, checklist: checklistOnCheck(checklist, check), officerName: officer.name, substituteName: substitute?.name }) },
  });
  await transaction.dailyChecks.setCard(check.id, outboxId);
  return 'pushed';
}

async function pushUnitShift(store: Store, unit: UnitProfile, date: string, shift: string, now: Date): Promise<PushSummary> {
  const summary: PushSummary = { unitId: unit.id, date, pushed: 0, suspended: 0, alreadyDone: 0 };
  const closedBecause = await closureTextOn(store, unit.id, date);
  if (closedBecause !== undefined) return { ...summary, skipped: { reason: 'rest-day', dayName: closedBecause } };
  const setting = await store.transaction(async (transaction) => {
    const checklist = await transaction.checklists.current(unit.id);
    if (!checklist) return undefined;
    const suspension = suspensionOn(date, await transaction.suspensions.covering(unit.id, date));
    const officers = (await transaction.people.membersOf(unit.id)).filter((member) => member.roles.includes('officer'));
    const leaves = await transaction.leaves.covering(unit.id, date);
    return { checklist, suspension, officers, leaves };
  });
  if (!setting) return { ...summary, skipped: { reason: 'no-checklist' } };
  // A shift with no item due (a per-shift unit whose list has only daily items) has no card and no record.
  const dueItems = itemsDueOn(setting.checklist.items, { date, shift, shifts: shiftsOf(unit) }).map((item) => item.number);
  if (dueItems.length === 0) return { ...summary, skipped: { reason: 'nothing-due', shift } };
  const plan: ShiftPlan = { unit, date, shift, now, checklist: setting.checklist, dueItems, suspension: setting.suspension, leaves: setting.leaves, officers: setting.officers };
  for (let start = 0; start < setting.officers.length; start += pushBatchSize) {
    const batch = setting.officers.slice(start, start + pushBatchSize);
    const outcomes = await store.transaction(async (transaction) => {
      const results: PushOutcome[] = [];
      for (const officer of batch) results.push(await pushOfficer(transaction, plan, officer));
      return results;
    });
    for (const outcome of outcomes) {
      if (outcome === 'already-done') summary.alreadyDone += 1;
      if (outcome === 'suspended') summary.suspended += 1;
      if (outcome === 'pushed') summary.pushed += 1;
    }
  }
  return summary;
}

/**
 * Each batch of officers commits on its own, so the sender starts on the first cards while later ones are written;
 * a failure part-way leaves whole batches, and running the push again completes the rest.
 */
export async function pushDailyChecklists(
  store: Store,
  input: { unitId: string; date: string; shift?: string; now: Date },
): Promise<PushSummary[]> {
  const unit = await store.transaction((transaction) => transaction.units.get(input.unitId));
  if (!unit) throw new Error(`unknown unit ${input.unitId}`);
  const shifts = input.shift !== undefined ? [input.shift] : shiftsOf(unit);
  const summaries: PushSummary[] = [];
  for (const shift of shifts) summaries.push(await pushUnitShift(store, unit, input.date, shift, input.now));
  return summaries;
}
