import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { DomainError } from '../../domain/domain-error.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import { type CheckContext, loadCheckContext } from './daily-check-changes.ts';

/**
 * The check a chat word is about: the officer's open check (the latest one when per-shift control leaves several),
 * otherwise today's submitted one, so that 异常 after 全部正常 still reaches today's record.
 */
export async function findCurrentCheck(transaction: StoreTransaction, actorOpenId: string, now: Date): Promise<CheckContext> {
  const memberships = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('officer'));
  if (memberships.length === 0) {
    throw new DomainError('NOT_AN_OFFICER', '您不是质量安全员，没有需要填写的每日检查。回复「帮助」查看您可以做的事。');
  }
  const officerIds = memberships.map((member) => member.personId);
  const open = await transaction.dailyChecks.openForOfficers(officerIds);
  const units = new Set(open.map((check) => check.unitId));
  if (units.size > 1) {
    throw new DomainError('SEVERAL_UNITS_OPEN', '您在多个单位都有待填写的检查，请直接在对应单位的检查卡片上操作。');
  }
  const latestOpen = open.sort((left, right) => `${right.date}${right.shift}`.localeCompare(`${left.date}${left.shift}`))[0];
  if (latestOpen) return loadCheckContext(transaction, latestOpen);

  const todays = [];
  for (const membership of memberships) {
    const unit = await transaction.units.get(membership.unitId);
    if (!unit) continue;
    todays.push(...(await transaction.dailyChecks.latestForOfficers([membership.personId], localTimeAt(now, unit.timeZone).date)));
  }
  const latest = todays.sort((left, right) => right.shift.localeCompare(left.shift))[0];
  if (!latest) throw new DomainError('NO_CHECK_TODAY', '今天还没有推送给您的检查清单。清单会在每天规定时间自动推送。');
  return loadCheckContext(transaction, latest);
}
