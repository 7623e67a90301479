import { recordHashes } from "../../domain/archive/record-hashes.js";
import { isLocalDate } from "../../domain/calendar/local-time.js";
import { refusalsOf } from "../../domain/domain-error.js";
const refuse = refusalsOf();
/**
 * 停工停产/停业: the rhythm pauses for these days and the records say why (Q&A on Orders 75/76). A period is
 * recorded before it starts or while it lasts; days already checked keep their records.
 */
export async function recordSuspension(store, input) {
    for (const [field, value] of [['start', input.startDate], ['end', input.endDate]]) {
        if (!isLocalDate(value))
            throw refuse('suspension.date-invalid', { field, value });
    }
    if (input.endDate < input.startDate)
        throw refuse('suspension.range-invalid', { startDate: input.startDate, endDate: input.endDate });
    const reason = input.reason.trim();
    if (reason === '')
        throw refuse('suspension.reason-required', {});
    return store.transaction(async (transaction) => {
        if (!(await transaction.units.get(input.unitId)))
            throw refuse('suspension.unit-not-found', { unitId: input.unitId });
        const overlapping = await transaction.suspensions.overlapping(input.unitId, input.startDate, input.endDate);
        if (overlapping.length > 0) {
            const existing = overlapping[0];
            throw refuse('suspension.overlaps', { startDate: existing.startDate, endDate: existing.endDate, reason: existing.reason });
        }
        const period = { startDate: input.startDate, endDate: input.endDate, reason };
        const id = await transaction.suspensions.add(input.unitId, period);
        await transaction.audit.append({
            at: input.now,
            unitId: input.unitId,
            actor: input.actor,
            action: 'suspension.recorded',
            recordType: 'suspension',
            recordId: id,
            contentHash: recordHashes.suspension({ unitId: input.unitId, ...period }),
        });
        const unit = await transaction.units.get(input.unitId);
        for (const member of await transaction.people.membersOf(input.unitId)) {
            if (!member.openId)
                continue;
            await transaction.outbox.enqueue({
                operation: 'send',
                toOpenId: member.openId,
                notification: { kind: 'suspension-notice', view: { unitName: unit?.name ?? input.unitId, startDate: input.startDate, endDate: input.endDate, reason } },
            });
        }
        return { id };
    });
}
//# sourceMappingURL=record-suspension.js.map