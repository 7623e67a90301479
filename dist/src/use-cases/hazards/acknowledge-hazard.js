import { mayAcknowledge } from "../../domain/hazards/hazard-lifecycle.js";
import { lockHazard } from "./find-hazard.js";
import { refreshHazardCards } from "./hazard-cards.js";
import { refuseHazardAccess } from "./hazard-refusals.js";
import { recordHazardStep } from "./record-hazard-step.js";
/** The director (or principal) confirms receipt of a hazard report; every card of it shows who and when. */
export async function acknowledgeHazard(store, input) {
    return store.transaction(async (transaction) => {
        const found = await transaction.hazards.get(input.hazardId);
        if (!found)
            throw refuseHazardAccess('hazard.not-found', {});
        const hazard = await lockHazard(transaction, found);
        const actor = (await transaction.people.byOpenId(input.actorOpenId)).find((member) => member.unitId === hazard.unitId && mayAcknowledge(member, false));
        if (!actor)
            throw refuseHazardAccess('hazard.acknowledge-not-allowed', {});
        if (hazard.acknowledgedAt)
            return { kind: 'hazard-already-acknowledged', number: hazard.number };
        await transaction.hazards.acknowledge(hazard.id, actor.personId, input.now);
        await recordHazardStep(transaction, hazard, { action: 'acknowledged', actorId: actor.personId, at: input.now, details: {} });
        await refreshHazardCards(transaction, hazard.id, input.now);
        return { kind: 'hazard-acknowledged', number: hazard.number };
    });
}
//# sourceMappingURL=acknowledge-hazard.js.map