import { localTimeAt } from '../../domain/calendar/local-time.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import { type CheckContext, loadCheckContext } from './daily-check-changes.ts';
import { refuseDailyCheckAccess } from './daily-check-refusals.ts';

/**
 * What a daily-check action is about: the record and revision a card was showing when it was pressed, or the
 * officer's current record for a chat word.
 */
export type CheckTarget = { checkId: string; revision: number } | 'current';

/**
 * Only the person the check was pushed to may fill it in (Art. 10 makes the record theirs): the officer, or during
 * their leave the substitute named for it (代班). The card carries the check's id, so a substitute holding their own
 * check as well always answers the one whose card they press.
 */
async function loadOwnCheck(transaction: StoreTransaction, checkId: string, actorOpenId: string): Promise<CheckContext> {
  const check = await transaction.dailyChecks.get(checkId);
  if (!check) throw refuseDailyCheckAccess('daily-check.not-found', {});
  const context = await loadCheckContext(transaction, check);
  const holder = context.substitute ?? context.officer;
  if (holder.openId !== actorOpenId) throw refuseDailyCheckAccess('daily-check.not-yours', { officerName: holder.name });
  return context;
}

/**
 * The officer's open check (the latest one when per-shift control leaves several), otherwise today's submitted one,
 * so that 异常 after 全部正常 still reaches today's record.
 */
async function findCurrentCheck(transaction: StoreTransaction, actorOpenId: string, now: Date): Promise<CheckContext> {
  const memberships = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('officer'));
  if (memberships.length === 0) throw refuseDailyCheckAccess('daily-check.not-an-officer', {});
  const officerIds = memberships.map((member) => member.personId);
  const open = await transaction.dailyChecks.openForOfficers(officerIds);
  const units = new Set(open.map((check) => check.unitId));
  if (units.size > 1) throw refuseDailyCheckAccess('daily-check.several-units-open', {});
  const latestOpen = open.sort((left, right) => `${right.date}${right.shift}`.localeCompare(`${left.date}${left.shift}`))[0];
  if (latestOpen) return loadCheckContext(transaction, latestOpen);
  // A substitute's own check comes first; once it is submitted, the chat words reach the check held for the officer on
  // leave (the reply names whose record it was). Their card's buttons reach it at any time.
  const substitutedOpen = (await transaction.dailyChecks.openSubstitutedBy(officerIds)).sort((left, right) =>
    `${right.date}${right.shift}`.localeCompare(`${left.date}${left.shift}`),
  )[0];
  if (substitutedOpen) return loadCheckContext(transaction, substitutedOpen);

  const todays = [];
  for (const membership of memberships) {
    const unit = await transaction.units.get(membership.unitId);
    if (!unit) continue;
    todays.push(...(await transaction.dailyChecks.latestForOfficers([membership.personId], localTimeAt(now, unit.timeZone).date)));
  }
  const latest = todays.sort((left, right) => right.shift.localeCompare(left.shift))[0];
  if (!latest) throw refuseDailyCheckAccess('daily-check.none-today', {});
  return loadCheckContext(transaction, latest);
}

export function findTargetCheck(transaction: StoreTransaction, actorOpenId: string, target: CheckTarget, now: Date): Promise<CheckContext> {
  return target === 'current' ? findCurrentCheck(transaction, actorOpenId, now) : loadOwnCheck(transaction, target.checkId, actorOpenId);
}

/** A press on a card that no longer shows the current revision would act on a record the officer is not looking at. */
export function requireShownRevision(context: CheckContext, target: CheckTarget): void {
  if (target !== 'current' && context.check.revision !== target.revision) throw refuseDailyCheckAccess('daily-check.card-outdated', {});
}
