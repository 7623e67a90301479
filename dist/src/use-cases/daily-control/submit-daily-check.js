import { hazardsOf, outcomeOf, submit, submitRemainingAsNormal } from "../../domain/daily-checks/daily-check.js";
import { applyCheckChange } from "./daily-check-changes.js";
import { refuseDailyCheckAccess } from "./daily-check-refusals.js";
import { viewOfContext } from "./daily-check-view.js";
import { findTargetCheck, requireShownRevision } from "./find-target-check.js";
export async function submitDailyCheck(store, input) {
    return store.transaction(async (transaction) => {
        const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
        const { check } = context;
        if (check.status === 'submitted') {
            throw refuseDailyCheckAccess('daily-check.submitted-before', { date: check.date, submittedAt: check.submittedAt, timeZone: context.unit.timeZone });
        }
        requireShownRevision(context, input.target);
        const changed = input.mode === 'remaining-normal' ? submitRemainingAsNormal(check) : submit(check);
        const { saved } = await applyCheckChange(transaction, context, changed, input.now);
        return {
            kind: 'check-submitted',
            date: check.date,
            outcome: outcomeOf(changed.answers),
            itemCount: context.checklist.items.length,
            hazardCount: hazardsOf(changed).length,
            view: viewOfContext(context, saved),
        };
    });
}
//# sourceMappingURL=submit-daily-check.js.map