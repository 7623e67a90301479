export function minutesReply(outcome) {
    switch (outcome.kind) {
        case 'minutes-confirmed':
            return { reply: `已确认 ${outcome.periodStart} 至 ${outcome.periodEnd} 的调度会议纪要，已发送质量安全总监和质量安全员并存档。`, tone: 'success' };
        case 'minutes-already-confirmed':
            return { reply: '这份纪要已经确认过了。', tone: 'info' };
        case 'arrangements-saved':
            return {
                reply: `已更新下月重点工作安排（${outcome.arrangements.length} 条）：\n${outcome.arrangements.map((line, index) => `${index + 1}. ${line}`).join('\n')}\n确认无误后回复「确认纪要」。`,
                tone: 'success',
            };
    }
}
export function minutesShownReply(outcome) {
    if (outcome.sent.length === 0)
        return { reply: '还没有可以查看的调度会议纪要。', tone: 'info' };
    return {
        reply: outcome.sent.map((minutes) => `${minutes.unitName}：${minutes.periodStart} 至 ${minutes.periodEnd} 的调度会议纪要${minutes.status === 'confirmed' ? '（已确认）' : '（草稿）'}已发送。`).join('\n'),
        tone: 'info',
    };
}
export const minutesRefusalWording = {
    'minutes.principal-only': () => '调度会议纪要由主要负责人修改和确认，您不能操作。',
    'minutes.not-found': ({ pending }) => (pending ? '目前没有等待您确认的调度会议纪要。' : '找不到这份纪要，或它不属于您负责的单位。'),
    'minutes.frozen': () => '这份纪要已确认，内容已冻结，不能再修改。',
    'minutes.arrangements-required': () => '下月重点工作安排至少要有一条。',
};
//# sourceMappingURL=monthly-minutes-replies.js.map