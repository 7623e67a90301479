import { verifyRectification } from "../../domain/hazards/hazard-lifecycle.js";
import { findHazardForActor } from "./find-hazard.js";
import { refreshHazardCards, unitHasDirector } from "./hazard-cards.js";
import { recordHazardStep } from "./record-hazard-step.js";
/** Verification closes the hazard, or sends it back to the owner with the reason. */
export async function verifyHazardRectification(store, input) {
    return store.transaction(async (transaction) => {
        const { hazard, actor } = await findHazardForActor(transaction, input.actorOpenId, input.hazard);
        const members = await transaction.people.membersOf(hazard.unitId);
        const changed = verifyRectification(hazard, { actor, unitHasDirector: unitHasDirector(members), passed: input.passed, note: input.note });
        const note = input.note.trim();
        await transaction.hazards.update(hazard.id, { status: changed.status, closedAt: changed.status === 'closed' ? input.now : null });
        await recordHazardStep(transaction, hazard, { action: 'verified', actorId: actor.personId, at: input.now, details: { passed: input.passed, note } });
        await refreshHazardCards(transaction, hazard.id, input.now);
        return { kind: 'rectification-verified', number: hazard.number, passed: input.passed };
    });
}
//# sourceMappingURL=verify-rectification.js.map