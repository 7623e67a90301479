import { escalateHazard } from "../../domain/hazards/hazard-lifecycle.js";
import { findHazardForActor } from "./find-hazard.js";
import { refreshHazardCards } from "./hazard-cards.js";
import { recordHazardStep } from "./record-hazard-step.js";
/** The director hands a hazard up to the principal, who then decides its rectification. */
export async function escalateHazardToPrincipal(store, input) {
    return store.transaction(async (transaction) => {
        const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
        const changed = escalateHazard(hazard, { actor, reason: input.reason });
        const reason = input.reason.trim();
        await transaction.hazards.update(hazard.id, { status: changed.status });
        await recordHazardStep(transaction, hazard, { action: 'escalated', actorId: actor.personId, at: input.now, details: { reason } });
        const principals = (await transaction.people.membersOf(hazard.unitId)).filter((member) => member.roles.includes('principal'));
        await refreshHazardCards(transaction, hazard.id, input.now, principals.map((member) => member.personId));
        return { kind: 'hazard-escalated', number: hazard.number };
    });
}
//# sourceMappingURL=escalate-hazard.js.map