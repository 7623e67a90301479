import { dailyCheckRefusalWording } from "./daily-check-replies.js";
import { archiveRefusalWording } from "./archive-replies.js";
import { hazardRefusalWording } from "./hazard-replies.js";
import { minutesRefusalWording } from "./monthly-minutes-replies.js";
import { storeRefusalWording } from "./store-replies.js";
import { suggestionRefusalWording } from "./suggestion-replies.js";
import { weeklyReportRefusalWording } from "./weekly-report-replies.js";
/** Every feature's refusal wording, by code; the codes are prefixed by feature, so they never collide. */
const refusalWording = {
    ...dailyCheckRefusalWording,
    ...hazardRefusalWording,
    ...weeklyReportRefusalWording,
    ...minutesRefusalWording,
    ...suggestionRefusalWording,
    ...archiveRefusalWording,
    ...storeRefusalWording,
};
/** The sentence a person reads for a refused rule; a code without wording is a fault, not a silent blank. */
export function wordRefusal(refusal) {
    const word = refusalWording[refusal.code];
    if (!word)
        throw new Error(`no wording for the refusal ${refusal.code}`);
    return word(refusal.details);
}
//# sourceMappingURL=word-refusal.js.map