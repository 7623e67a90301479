import { recordRectification } from "../../domain/hazards/hazard-lifecycle.js";
import { findHazardForActor } from "./find-hazard.js";
import { refreshHazardCards } from "./hazard-cards.js";
import { recordHazardStep } from "./record-hazard-step.js";
/** The owner reports what was done; the director's card then asks for verification. */
export async function submitRectification(store, input) {
    return store.transaction(async (transaction) => {
        const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
        const changed = recordRectification(hazard, { actor, text: input.text });
        const text = input.text.trim();
        await transaction.hazards.update(hazard.id, { status: changed.status, rectification: text });
        await recordHazardStep(transaction, hazard, { action: 'rectified', actorId: actor.personId, at: input.now, details: { text } });
        const deciders = (await transaction.people.membersOf(hazard.unitId)).filter((member) => member.roles.includes('director'));
        await refreshHazardCards(transaction, hazard.id, input.now, deciders.map((member) => member.personId));
        return { kind: 'rectification-submitted', number: hazard.number };
    });
}
//# sourceMappingURL=submit-rectification.js.map