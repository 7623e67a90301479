import { acknowledgeHazard } from "../../use-cases/hazards/acknowledge-hazard.js";
import { assignHazardRectification } from "../../use-cases/hazards/assign-rectification.js";
import { escalateHazardToPrincipal } from "../../use-cases/hazards/escalate-hazard.js";
import { submitRectification } from "../../use-cases/hazards/submit-rectification.js";
import { verifyHazardRectification } from "../../use-cases/hazards/verify-rectification.js";
import { answerDailyItem } from "../../use-cases/daily-control/answer-daily-item.js";
import { reportDailyHazard } from "../../use-cases/daily-control/report-daily-hazard.js";
import { showHazardForm } from "../../use-cases/daily-control/show-hazard-form.js";
import { submitDailyCheck } from "../../use-cases/daily-control/submit-daily-check.js";
import { saveMinutesArrangements } from "../../use-cases/monthly-minutes/save-minutes-arrangements.js";
import { answerSuggestion } from "../../use-cases/suggestions/answer-suggestion.js";
import { saveWeeklyInput } from "../../use-cases/weekly-reports/save-weekly-input.js";
import { CardActionValue, HazardFormFields, HazardLoopFields, MinutesFields, SuggestionFields, WeeklyReportFields } from "../cards/card-action-values.js";
import { buildDailyCheckCard } from "../cards/daily-check-card.js";
import { checkSubmittedReply, hazardFormReply, hazardRecordedReply, itemAnsweredReply } from "../replies/daily-check-replies.js";
import { hazardStepReply } from "../replies/hazard-replies.js";
import { minutesReply } from "../replies/monthly-minutes-replies.js";
import { suggestionAnsweredReply } from "../replies/suggestion-replies.js";
import { weeklyReportReply } from "../replies/weekly-report-replies.js";
import { actionTime } from "./action-time.js";
import { runInteraction } from "./run-interaction.js";
function formText(formValue, name) {
    const value = formValue?.[name];
    return typeof value === 'string' ? value : '';
}
/** A date picker may report "YYYY-MM-DD" or "YYYY-MM-DD +0800"; only the date is the deadline. */
function formDate(formValue, name) {
    return formText(formValue, name).trim().slice(0, 10);
}
/** A checker reports a boolean; a select reports its option value; both mean "serious" when set. */
function formFlag(formValue, name) {
    const value = formValue?.[name];
    if (Array.isArray(value))
        return value.length > 0;
    return value === true || value === 'true' || value === 'yes' || value === 'serious';
}
function shownCheck(value) {
    return { checkId: value.checkId, revision: value.revision };
}
async function route(dependencies, value, delivery) {
    const { store } = dependencies;
    const actorOpenId = delivery.operatorOpenId;
    const form = delivery.formValue;
    const now = actionTime(delivery.pressedAtMilliseconds, dependencies.now());
    switch (value.action) {
        case 'daily.answer':
            return itemAnsweredReply(await answerDailyItem(store, { actorOpenId, target: shownCheck(value), number: value.number, answer: value.answer, now }), 'card');
        case 'daily.open-hazard-form':
            return hazardFormReply(await showHazardForm(store, { actorOpenId, target: shownCheck(value), number: value.number, now }));
        case 'daily.close-hazard-form':
            return hazardFormReply(await showHazardForm(store, { actorOpenId, target: shownCheck(value), number: undefined, now }));
        case 'daily.report-hazard':
            return hazardRecordedReply(await reportDailyHazard(store, {
                actorOpenId,
                target: shownCheck(value),
                number: value.number,
                description: formText(form, HazardFormFields.description),
                measures: formText(form, HazardFormFields.measures),
                serious: formFlag(form, HazardFormFields.serious),
                completion: 'keep-open',
                now,
            }), 'card');
        case 'daily.all-normal':
            return checkSubmittedReply(await submitDailyCheck(store, { actorOpenId, target: shownCheck(value), mode: 'remaining-normal', now }), 'card');
        case 'daily.submit':
            return checkSubmittedReply(await submitDailyCheck(store, { actorOpenId, target: shownCheck(value), mode: 'as-answered', now }), 'card');
        case 'hazard.acknowledge':
            return hazardStepReply(await acknowledgeHazard(store, { actorOpenId, hazardId: value.hazardId, now }));
        case 'hazard.assign':
            return hazardStepReply(await assignHazardRectification(store, {
                actorOpenId,
                hazard: { hazardId: value.hazardId },
                owner: { personId: formText(form, HazardLoopFields.owner) },
                deadline: formDate(form, HazardLoopFields.deadline),
                now,
            }));
        case 'hazard.escalate':
            return hazardStepReply(await escalateHazardToPrincipal(store, { actorOpenId, hazard: { hazardId: value.hazardId }, reason: formText(form, HazardLoopFields.escalationReason) || '需由主要负责人决定整改', now }));
        case 'hazard.rectify':
            return hazardStepReply(await submitRectification(store, { actorOpenId, hazard: { hazardId: value.hazardId }, text: formText(form, HazardLoopFields.rectification), now }));
        case 'hazard.verify':
            return hazardStepReply(await verifyHazardRectification(store, { actorOpenId, hazard: { hazardId: value.hazardId }, passed: value.passed, note: formText(form, HazardLoopFields.verificationNote), now }));
        case 'weekly.save':
            return weeklyReportReply(await saveWeeklyInput(dependencies, {
                actorOpenId,
                report: { reportId: value.reportId },
                change: {
                    investigation: {
                        date: formDate(form, WeeklyReportFields.investigationDate),
                        scope: formText(form, WeeklyReportFields.scope),
                        people: formText(form, WeeklyReportFields.people),
                        findings: formText(form, WeeklyReportFields.findings),
                    },
                    analysis: formText(form, WeeklyReportFields.analysis),
                    measures: formText(form, WeeklyReportFields.measures),
                },
                confirm: value.confirm,
                now,
            }));
        case 'minutes.save':
            return minutesReply(await saveMinutesArrangements(dependencies, {
                actorOpenId,
                minutes: { minutesId: value.minutesId },
                arrangements: formText(form, MinutesFields.arrangements).split('\n'),
                confirm: value.confirm,
                now,
            }));
        case 'suggestion.answer':
            return suggestionAnsweredReply(await answerSuggestion(store, { actorOpenId, suggestion: { suggestionId: value.suggestionId }, decision: value.decision, answer: formText(form, SuggestionFields.answer), now }));
    }
}
/** A card press: the answer is a toast, and the card itself when the press changed what the card shows. */
export async function handleCardAction(dependencies, delivery) {
    const parsed = CardActionValue.safeParse(delivery.value);
    if (!parsed.success) {
        dependencies.logger.warn({ value: delivery.value, issues: parsed.error.issues }, 'card action with an unknown value');
        return { toast: { type: 'error', content: '无法识别这个操作，卡片可能来自旧版本。' } };
    }
    const result = await runInteraction(() => route(dependencies, parsed.data, delivery));
    return {
        toast: { type: result.tone, content: result.reply },
        ...(result.card ? { card: { type: 'raw', data: buildDailyCheckCard(result.card.view, result.card.hazardFormItem !== undefined ? { hazardFormItem: result.card.hazardFormItem } : {}) } } : {}),
    };
}
//# sourceMappingURL=card-action-handler.js.map