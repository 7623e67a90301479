import { hazardsOf, recordHazard, submitRemainingAsNormal } from "../../domain/daily-checks/daily-check.js";
import { applyCheckChange } from "./daily-check-changes.js";
import { viewOfContext } from "./daily-check-view.js";
import { findTargetCheck, requireShownRevision } from "./find-target-check.js";
export async function reportDailyHazard(store, input) {
    return store.transaction(async (transaction) => {
        const context = await findTargetCheck(transaction, input.actorOpenId, input.target, input.now);
        requireShownRevision(context, input.target);
        const report = { number: input.number, description: input.description, measures: input.measures, serious: input.serious };
        const recorded = recordHazard(context.check, report, { measuresRequired: input.completion === 'keep-open' });
        const changed = input.completion === 'submit-remaining-as-normal' ? submitRemainingAsNormal(recorded) : recorded;
        const { saved, raised } = await applyCheckChange(transaction, context, changed, input.now);
        const item = context.checklist.items.find((candidate) => candidate.number === input.number);
        return {
            kind: 'hazard-recorded',
            number: input.number,
            itemText: item?.text ?? '',
            unitName: context.unit.name,
            alerted: raised.find((hazard) => hazard.number === input.number)?.alerted ?? [],
            measuresGiven: input.measures.trim() !== '',
            ...(changed.status === 'submitted' ? { submitted: { date: context.check.date, normalCount: context.checklist.items.length - hazardsOf(changed).length } } : {}),
            view: viewOfContext(context, saved),
        };
    });
}
//# sourceMappingURL=report-daily-hazard.js.map