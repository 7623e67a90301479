import { refusalsOf } from "../domain-error.js";
const refuse = refusalsOf();
function isBlank(text) {
    return text.trim() === '';
}
/**
 * Art. 11 asks the director to analyse and judge (分析研判) the situation: a report holding only what the bot compiled
 * records no judgement, so it cannot be confirmed without one.
 */
export function requireDirectorAnalysis(input) {
    if (isBlank(input.analysis)) {
        throw refuse('weekly-report.analysis-required', {});
    }
}
/** The investigation fields left blank; the report can be confirmed without them, but says they were not filled. */
export function missingInvestigationFields(input) {
    return ['date', 'scope', 'people', 'findings'].filter((field) => isBlank(input.investigation[field]));
}
//# sourceMappingURL=weekly-report-rules.js.map