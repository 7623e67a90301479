import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { abandonCorrection, outcomeOf } from '../../domain/daily-checks/daily-check.ts';
import { unitDeciders } from '../../domain/hazards/hazard-alert.ts';
import type { StoredDailyCheck } from '../../ports/daily-check-repository.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { type CheckContext, loadCheckContext } from './daily-check-changes.ts';
import { viewOfContext } from './daily-check-view.ts';
import { flagUnsubstitutedLeave } from '../leave/flag-unsubstituted-leave.ts';

async function updateCard(transaction: StoreTransaction, context: CheckContext, check: StoredDailyCheck): Promise<void> {
  if (!context.check.cardOutboxId) return;
  await transaction.outbox.enqueue({
    operation: 'update',
    targetOutboxId: context.check.cardOutboxId,
    notification: { kind: 'daily-check', view: viewOfContext(context, check) },
  });
}

/** A correction still open at the close is dropped: the revision it corrected stands, and the day is not missed. */
async function keepCorrectedRevision(transaction: StoreTransaction, context: CheckContext, now: Date): Promise<void> {
  const { check, unit } = context;
  const restored = abandonCorrection(check, await transaction.dailyChecks.answersOf(check.id, check.revision - 1));
  await transaction.dailyChecks.save(restored, { outcome: outcomeOf(restored.answers), answeredAt: now });
  await transaction.audit.append({
    at: now,
    unitId: unit.id,
    actor: 'system',
    action: 'daily-check.correction-abandoned',
    recordType: 'daily-check',
    recordId: `${check.id}#${check.revision}`,
    contentHash: recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: check.officerId, date: check.date, shift: check.shift, status: 'submitted', reason: null }),
  });
  await updateCard(transaction, context, { ...check, ...restored, outcome: outcomeOf(restored.answers) });
}

async function recordMissed(transaction: StoreTransaction, context: CheckContext, now: Date): Promise<void> {
  const { check, unit } = context;
  const closed = { ...check, status: 'missed' as const };
  const hash = recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: check.officerId, date: check.date, shift: check.shift, status: 'missed', reason: null });
  await transaction.dailyChecks.save(closed, { outcome: null, submittedAt: null, contentHash: hash, answeredAt: now });
  await transaction.audit.append({ at: now, unitId: unit.id, actor: 'system', action: 'daily-check.missed', recordType: 'daily-check', recordId: `${check.id}#${check.revision}`, contentHash: hash });
  await updateCard(transaction, context, closed);
}

/**
 * The chain's head goes to the principal and the directors, whose chat keeps it beyond the database's reach; the
 * seal itself is an entry after the head, so the export of the day carries it.
 */
async function sealAuditChain(transaction: StoreTransaction, unit: UnitProfile, members: readonly UnitMember[], input: { date: string; now: Date }): Promise<void> {
  const witnesses = members.filter((member) => member.openId && (member.roles.includes('principal') || member.roles.includes('director')));
  const head = await transaction.audit.head();
  if (!head || witnesses.length === 0) return;
  await transaction.audit.append({ at: input.now, unitId: unit.id, actor: 'system', action: 'audit.sealed', recordType: 'audit-seal', recordId: String(head.sequence), contentHash: head.hash });
  for (const witness of witnesses) {
    await transaction.outbox.enqueue({
      operation: 'send',
      toOpenId: witness.openId!,
      notification: { kind: 'audit-seal', view: { unitName: unit.name, date: input.date, sequence: head.sequence, hash: head.hash } },
    });
  }
}

/**
 * daily-close: every check still open is recorded as missed (漏检), its card says so, and the director gets one
 * digest of who missed — the principal when the unit has no director; a day nobody missed sends no digest. The
 * principal and the director then receive the audit chain's seal.
 */
export async function closeDailyChecks(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ missed: number; alreadyRun: boolean }> {
  return store.transaction(async (transaction) => {
    if (!(await transaction.jobRuns.claim('daily-close', input.unitId, input.date, input.now))) return { missed: 0, alreadyRun: true };
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const checks = await transaction.dailyChecks.forDate(input.unitId, input.date);
    const missed: Array<{ officerName: string; shift: string; onLeave?: { substituteName?: string } }> = [];
    for (const check of checks.filter((candidate) => candidate.status === 'open')) {
      const context = await loadCheckContext(transaction, check);
      // Answered while the close was on its way to this record: the answer stands.
      if (context.check.status !== 'open') continue;
      if (context.check.revision > 1) {
        await keepCorrectedRevision(transaction, context, input.now);
        continue;
      }
      await recordMissed(transaction, context, input.now);
      const onLeave = check.leaveId ? { onLeave: context.substitute ? { substituteName: context.substitute.name } : {} } : {};
      missed.push({ officerName: context.officer.name, shift: check.shift, ...onLeave });
    }
    const expected = checks.filter((check) => check.status !== 'suspended');
    const members = await transaction.people.membersOf(unit.id);
    const recipients = unitDeciders(members);
    if (missed.length > 0) {
      for (const recipient of recipients) {
        if (!recipient.openId) continue;
        await transaction.outbox.enqueue({
          operation: 'send',
          toOpenId: recipient.openId,
          notification: {
            kind: 'missed-checks-digest',
            view: { unitName: unit.name, date: input.date, missed, submittedCount: expected.length - missed.length, expectedCount: expected.length },
          },
        });
      }
    }
    await flagUnsubstitutedLeave(transaction, unit, members, input.date);
    await sealAuditChain(transaction, unit, members, input);
    await transaction.jobRuns.finish('daily-close', input.unitId, input.date, input.now);
    return { missed: missed.length, alreadyRun: false };
  });
}
