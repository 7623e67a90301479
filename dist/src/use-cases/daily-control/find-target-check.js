import { localTimeAt } from "../../domain/calendar/local-time.js";
import { loadCheckContext } from "./daily-check-changes.js";
import { refuseDailyCheckAccess } from "./daily-check-refusals.js";
/** Only the officer the check was pushed to may fill it in (Art. 10 makes the record theirs). */
async function loadOwnCheck(transaction, checkId, actorOpenId) {
    const check = await transaction.dailyChecks.get(checkId);
    if (!check)
        throw refuseDailyCheckAccess('daily-check.not-found', {});
    const context = await loadCheckContext(transaction, check);
    if (context.officer.openId !== actorOpenId)
        throw refuseDailyCheckAccess('daily-check.not-yours', { officerName: context.officer.name });
    return context;
}
/**
 * The officer's open check (the latest one when per-shift control leaves several), otherwise today's submitted one,
 * so that 异常 after 全部正常 still reaches today's record.
 */
async function findCurrentCheck(transaction, actorOpenId, now) {
    const memberships = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('officer'));
    if (memberships.length === 0)
        throw refuseDailyCheckAccess('daily-check.not-an-officer', {});
    const officerIds = memberships.map((member) => member.personId);
    const open = await transaction.dailyChecks.openForOfficers(officerIds);
    const units = new Set(open.map((check) => check.unitId));
    if (units.size > 1)
        throw refuseDailyCheckAccess('daily-check.several-units-open', {});
    const latestOpen = open.sort((left, right) => `${right.date}${right.shift}`.localeCompare(`${left.date}${left.shift}`))[0];
    if (latestOpen)
        return loadCheckContext(transaction, latestOpen);
    const todays = [];
    for (const membership of memberships) {
        const unit = await transaction.units.get(membership.unitId);
        if (!unit)
            continue;
        todays.push(...(await transaction.dailyChecks.latestForOfficers([membership.personId], localTimeAt(now, unit.timeZone).date)));
    }
    const latest = todays.sort((left, right) => right.shift.localeCompare(left.shift))[0];
    if (!latest)
        throw refuseDailyCheckAccess('daily-check.none-today', {});
    return loadCheckContext(transaction, latest);
}
export function findTargetCheck(transaction, actorOpenId, target, now) {
    return target === 'current' ? findCurrentCheck(transaction, actorOpenId, now) : loadOwnCheck(transaction, target.checkId, actorOpenId);
}
/** A press on a card that no longer shows the current revision would act on a record the officer is not looking at. */
export function requireShownRevision(context, target) {
    if (target !== 'current' && context.check.revision !== target.revision)
        throw refuseDailyCheckAccess('daily-check.card-outdated', {});
}
//# sourceMappingURL=find-target-check.js.map