import { confirmMinutes } from "./confirm-monthly-minutes.js";
import { findMinutesForPrincipal } from "./find-minutes.js";
import { refreshMinutesCards } from "./minutes-cards.js";
import { refuseMinutes } from "./minutes-refusals.js";
/** The principal's next-month arrangements replace the proposed ones (form or 安排 by text); optionally confirmed at once. */
export async function saveMinutesArrangements(dependencies, input) {
    return dependencies.store.transaction(async (transaction) => {
        const { minutes, principal } = await findMinutesForPrincipal(transaction, input.actorOpenId, input.minutes);
        if (minutes.status === 'confirmed')
            throw refuseMinutes('minutes.frozen', {});
        const arrangements = input.arrangements.map((line) => line.trim()).filter((line) => line !== '');
        if (arrangements.length === 0)
            throw refuseMinutes('minutes.arrangements-required', {});
        await transaction.monthlyMinutes.saveArrangements(minutes.id, arrangements);
        const saved = { ...minutes, arrangements };
        if (input.confirm)
            return confirmMinutes(transaction, dependencies.documents, saved, principal, input.now);
        const unit = await transaction.units.get(minutes.unitId);
        if (unit)
            await refreshMinutesCards(transaction, saved, unit);
        return { kind: 'arrangements-saved', arrangements };
    });
}
//# sourceMappingURL=save-minutes-arrangements.js.map