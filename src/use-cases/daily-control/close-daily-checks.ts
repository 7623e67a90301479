import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { abandonCorrection, outcomeOf } from '../../domain/daily-checks/daily-check.ts';
import type { Store } from '../../ports/store.ts';
import { loadCheckContext } from './daily-check-changes.ts';
import { dailyCheckView } from './daily-check-view.ts';

/**
 * daily-close: every check still open is recorded as missed (漏检), its card says so, and the director gets one
 * digest of who missed — the principal when the unit has no director. A day nobody missed sends nothing.
 */
export async function closeDailyChecks(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ missed: number; alreadyRun: boolean }> {
  return store.transaction(async (transaction) => {
    if (!(await transaction.jobRuns.claim('daily-close', input.unitId, input.date, input.now))) return { missed: 0, alreadyRun: true };
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const checks = await transaction.dailyChecks.forDate(input.unitId, input.date);
    const missed: Array<{ officerName: string; shift: string }> = [];
    for (const check of checks.filter((candidate) => candidate.status === 'open')) {
      const context = await loadCheckContext(transaction, check);
      if (check.revision > 1) {
        const restored = abandonCorrection(check, await transaction.dailyChecks.answersOf(check.id, check.revision - 1));
        await transaction.dailyChecks.save(restored, { outcome: outcomeOf(restored.answers), answeredAt: input.now });
        await transaction.audit.append({
          at: input.now,
          unitId: unit.id,
          actor: 'system',
          action: 'daily-check.correction-abandoned',
          recordType: 'daily-check',
          recordId: `${check.id}#${check.revision}`,
          contentHash: recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: check.officerId, date: check.date, shift: check.shift, status: 'submitted', reason: null }),
        });
        if (check.cardOutboxId) {
          await transaction.outbox.enqueue({
            operation: 'update',
            targetOutboxId: check.cardOutboxId,
            notification: { kind: 'daily-check', view: dailyCheckView({ ...check, ...restored, outcome: outcomeOf(restored.answers) }, { unit, checklist: context.checklist, officerName: context.officer.name }) },
          });
        }
        continue;
      }
      const closed = { ...check, status: 'missed' as const };
      const hash = recordHashes.dailyCheckClosure({ checkId: check.id, unitId: unit.id, officerId: check.officerId, date: check.date, shift: check.shift, status: 'missed', reason: null });
      await transaction.dailyChecks.save(closed, { outcome: null, submittedAt: null, contentHash: hash, answeredAt: input.now });
      await transaction.audit.append({
        at: input.now,
        unitId: unit.id,
        actor: 'system',
        action: 'daily-check.missed',
        recordType: 'daily-check',
        recordId: `${check.id}#${check.revision}`,
        contentHash: hash,
      });
      if (check.cardOutboxId) {
        await transaction.outbox.enqueue({
          operation: 'update',
          targetOutboxId: check.cardOutboxId,
          notification: { kind: 'daily-check', view: dailyCheckView(closed, { unit, checklist: context.checklist, officerName: context.officer.name }) },
        });
      }
      missed.push({ officerName: context.officer.name, shift: check.shift });
    }
    const expected = checks.filter((check) => check.status !== 'suspended');
    const members = await transaction.people.membersOf(unit.id);
    const directors = members.filter((member) => member.roles.includes('director'));
    const recipients = directors.length > 0 ? directors : members.filter((member) => member.roles.includes('principal'));
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
    await transaction.jobRuns.finish('daily-close', input.unitId, input.date, input.now);
    return { missed: missed.length, alreadyRun: false };
  });
}
