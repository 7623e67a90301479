import { recordHashes } from "../../domain/archive/record-hashes.js";
/** One step of a hazard's life: kept in its history and chained into the audit log, so it cannot be changed silently. */
export async function recordHazardStep(transaction, hazard, step) {
    const eventId = await transaction.hazards.recordEvent(hazard.id, step.action, step.actorId, step.at, step.details);
    await transaction.audit.append({
        at: step.at,
        unitId: hazard.unitId,
        actor: step.actorId ?? 'system',
        action: `hazard.${step.action}`,
        recordType: 'hazard-step',
        recordId: eventId,
        contentHash: recordHashes.hazardStep({ hazardId: hazard.id, ...step }),
    });
}
//# sourceMappingURL=record-hazard-step.js.map