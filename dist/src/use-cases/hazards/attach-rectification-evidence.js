import { refreshHazardCards } from "./hazard-cards.js";
import { recordHazardStep } from "./record-hazard-step.js";
/**
 * A photo or file sent in chat by someone who owns a rectification becomes evidence of the latest one they work
 * on. Lark's file key is kept; fetching and hashing the bytes is later work (ROADMAP, "Working life").
 */
export async function attachRectificationEvidence(store, input) {
    return store.transaction(async (transaction) => {
        const memberships = await transaction.people.byOpenId(input.actorOpenId);
        const owned = [];
        for (const membership of memberships) {
            owned.push(...(await transaction.hazards.ofUnit(membership.unitId, { openOnly: true })).filter((hazard) => hazard.ownerId === membership.personId && ['assigned', 'rectified'].includes(hazard.status)));
        }
        const hazard = owned.sort((left, right) => right.reportedAt.getTime() - left.reportedAt.getTime())[0];
        if (!hazard)
            return { kind: 'evidence-without-hazard' };
        const owner = memberships.find((membership) => membership.unitId === hazard.unitId);
        await recordHazardStep(transaction, hazard, { action: 'evidence', actorId: owner?.personId ?? null, at: input.now, details: { fileKey: input.fileKey, fileName: input.fileName, messageId: input.messageId } });
        await refreshHazardCards(transaction, hazard.id, input.now);
        return { kind: 'evidence-attached', number: hazard.number, fileName: input.fileName };
    });
}
//# sourceMappingURL=attach-rectification-evidence.js.map