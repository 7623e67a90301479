import { startCorrection } from "../../domain/daily-checks/daily-check.js";
import { applyCheckChange } from "./daily-check-changes.js";
import { viewOfContext } from "./daily-check-view.js";
import { findTargetCheck } from "./find-target-check.js";
/** 更正 reopens a submitted record as a new revision on the same card; the submitted revision is kept. */
export async function startDailyCorrection(store, input) {
    return store.transaction(async (transaction) => {
        const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
        const reopened = startCorrection(context.check);
        const { saved } = await applyCheckChange(transaction, context, reopened, input.now);
        return { kind: 'correction-started', date: context.check.date, revision: reopened.revision, view: viewOfContext(context, saved) };
    });
}
//# sourceMappingURL=start-daily-correction.js.map