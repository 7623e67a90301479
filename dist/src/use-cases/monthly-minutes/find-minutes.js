import { refuseMinutes } from "./minutes-refusals.js";
/** Minutes are the principal's: the ones on the card, or by text the oldest draft of a unit they lead. */
export async function findMinutesForPrincipal(transaction, actorOpenId, reference) {
    const principals = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('principal'));
    if (principals.length === 0)
        throw refuseMinutes('minutes.principal-only', {});
    const candidates = reference === 'pending' ? await transaction.monthlyMinutes.drafts() : [await transaction.monthlyMinutes.get(reference.minutesId)];
    for (const minutes of candidates) {
        const principal = minutes ? principals.find((member) => member.unitId === minutes.unitId) : undefined;
        if (minutes && principal)
            return { minutes, principal };
    }
    throw refuseMinutes('minutes.not-found', { pending: reference === 'pending' });
}
//# sourceMappingURL=find-minutes.js.map