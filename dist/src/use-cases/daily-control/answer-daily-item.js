import { answerItem, unansweredItems } from "../../domain/daily-checks/daily-check.js";
import { applyCheckChange } from "./daily-check-changes.js";
import { viewOfContext } from "./daily-check-view.js";
import { findTargetCheck, requireShownRevision } from "./find-target-check.js";
/** 正常 <n> / 不适用 <n>: one item of the officer's record, on a card's button or by chat word. */
export async function answerDailyItem(store, input) {
    return store.transaction(async (transaction) => {
        const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
        requireShownRevision(context, input.target);
        const changed = answerItem(context.check, input.number, input.answer);
        const { saved } = await applyCheckChange(transaction, context, changed, input.now);
        return { kind: 'item-answered', number: input.number, answer: input.answer, remaining: unansweredItems(changed), view: viewOfContext(context, saved) };
    });
}
//# sourceMappingURL=answer-daily-item.js.map