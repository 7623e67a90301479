import { refuseHazardAccess } from "./hazard-refusals.js";
/** The hazard as it stands once this transaction holds it: a step by someone else may just have committed. */
export async function lockHazard(transaction, hazard) {
    await transaction.hazards.lockForChange(hazard.id);
    return (await transaction.hazards.get(hazard.id)) ?? hazard;
}
/** The hazard a card press or a chat word is about, and the actor as a member of the hazard's unit. */
export async function findHazardForActor(transaction, actorOpenId, reference) {
    const memberships = await transaction.people.byOpenId(actorOpenId);
    if ('hazardId' in reference) {
        const hazard = await transaction.hazards.get(reference.hazardId);
        const actor = hazard ? memberships.find((member) => member.unitId === hazard.unitId) : undefined;
        if (!hazard || !actor)
            throw refuseHazardAccess('hazard.not-found', {});
        return { hazard: await lockHazard(transaction, hazard), actor };
    }
    const found = [];
    for (const membership of memberships) {
        const hazard = await transaction.hazards.byNumber(membership.unitId, reference.number);
        if (hazard)
            found.push({ hazard, actor: membership });
    }
    if (found.length === 0)
        throw refuseHazardAccess('hazard.not-found', { number: reference.number });
    if (found.length > 1)
        throw refuseHazardAccess('hazard.ambiguous', { number: reference.number });
    const [{ hazard, actor }] = found;
    return { hazard: await lockHazard(transaction, hazard), actor };
}
//# sourceMappingURL=find-hazard.js.map