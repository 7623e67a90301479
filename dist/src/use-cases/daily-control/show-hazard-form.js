import { refuseDailyCheckAccess } from "./daily-check-refusals.js";
import { viewOfContext } from "./daily-check-view.js";
import { findTargetCheck, requireShownRevision } from "./find-target-check.js";
/** 异常 on a card opens the hazard form on that card; nothing is recorded until the form is submitted. */
export async function showHazardForm(store, input) {
    return store.transaction(async (transaction) => {
        const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
        requireShownRevision(context, input.target);
        if (context.check.status !== 'open')
            throw refuseDailyCheckAccess('daily-check.not-open', {});
        const view = viewOfContext(context, context.check);
        return input.number === undefined ? { kind: 'hazard-form', view } : { kind: 'hazard-form', number: input.number, view };
    });
}
//# sourceMappingURL=show-hazard-form.js.map