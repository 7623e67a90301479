export const CLOSING_ARRANGEMENT = '继续落实日管控、周排查、月调度工作机制';
/** An item that raised hazards this often in one month is a pattern to investigate, not a one-off. */
const REPEATED_HAZARD_THRESHOLD = 2;
const QUOTED_TEXT_LENGTH = 30;
function quoted(text) {
    const trimmed = text.trim();
    return trimmed.length > QUOTED_TEXT_LENGTH ? `${trimmed.slice(0, QUOTED_TEXT_LENGTH)}…` : trimmed;
}
function openHazardArrangement(hazard) {
    const subject = `第 ${hazard.number} 号隐患（${hazard.itemCode} ${hazard.itemText}）`;
    if (hazard.status === 'rectified')
        return `组织验证${subject}整改效果，验证合格后关闭`;
    if (hazard.deadline === undefined)
        return `督促完成${subject}整改，尽快明确整改责任人和期限`;
    return `督促完成${subject}整改，期限 ${hazard.deadline}${hazard.overdue ? '（已逾期）' : ''}`;
}
function suggestionArrangement(suggestion) {
    const kind = suggestion.kind === 'veto' ? '否决建议' : '意见建议';
    return `答复${suggestion.proposerRole}${suggestion.proposerName}提出的第 ${suggestion.number} 号${kind}（「${quoted(suggestion.text)}」），采纳或书面说明不采纳的理由`;
}
/**
 * The bot's proposal for 下月重点工作安排: one concrete line per thing the month left undone, so the principal edits
 * a list that already names every open hazard and unanswered proposal instead of writing from memory.
 */
export function proposeArrangements(facts) {
    return [
        ...facts.stillOpen.map(openHazardArrangement),
        ...facts.itemCounts
            .filter((item) => item.count >= REPEATED_HAZARD_THRESHOLD)
            .map((item) => `针对「${item.itemCode} ${item.itemText}」反复出现的问题开展专项排查（本月发现 ${item.count} 次）`),
        // Missed checks, not the submission rate, decide this line: a record still open on the day of compiling is not a miss.
        ...(facts.dailyControl.missed > 0 ? [`落实日管控，杜绝漏检（本月漏检 ${facts.dailyControl.missed} 次）`] : []),
        ...facts.unanswered.map(suggestionArrangement),
        CLOSING_ARRANGEMENT,
    ];
}
//# sourceMappingURL=proposed-arrangements.js.map