import type { LeavePeriod } from '../../domain/leave/leave-rules.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { checklistOnCheck, dailyCheckView } from '../daily-control/daily-check-view.ts';

/**
 * A substitute named after the day's push (the evening-before flag answered in the morning) takes over the officer's
 * checks of that day still open, and gets their card at once, so the day need not be lost.
 */
export async function handOverOpenChecks(
  transaction: StoreTransaction,
  context: { unit: UnitProfile; leave: LeavePeriod; officer: UnitMember; substitute: UnitMember; today: string },
): Promise<number> {
  const { unit, leave, officer, substitute, today } = context;
  const open = (await transaction.dailyChecks.ofOfficerBetween(unit.id, officer.personId, today, today)).filter(
    (check) => check.leaveId === leave.id && check.status === 'open' && check.substituteId !== substitute.personId,
  );
  for (const check of open) {
    await transaction.dailyChecks.setSubstitute(check.id, substitute.personId);
    if (!substitute.openId) continue;
    const checklist = checklistOnCheck(await transaction.checklists.get(check.checklistId), check);
    const outboxId = await transaction.outbox.enqueue({
      operation: 'send',
      toOpenId: substitute.openId,
      notification: { kind: 'daily-check', view: dailyCheckView({ ...check, substituteId: substitute.personId }, { unit, checklist, officerName: officer.name, substituteName: substitute.name }) },
    });
    await transaction.dailyChecks.setCard(check.id, outboxId);
  }
  return open.length;
}
