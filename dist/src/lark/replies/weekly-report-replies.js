const investigationFieldNames = { date: '排查日期', scope: '排查范围', people: '参加人员', findings: '排查发现' };
export function weeklyReportReply(outcome) {
    const period = `${outcome.periodStart} 至 ${outcome.periodEnd}`;
    switch (outcome.kind) {
        case 'weekly-report-confirmed': {
            const blank = outcome.blankFields.length > 0 ? `（${outcome.blankFields.map((field) => investigationFieldNames[field]).join('、')}未填写）` : '';
            return { reply: `已确认 ${period} 的周报，已报送主要负责人并存档。${blank}`, tone: 'success' };
        }
        case 'weekly-report-already-confirmed':
            return { reply: `${period} 的周报已经确认过了。`, tone: 'info' };
        case 'weekly-input-saved':
            return { reply: `已保存 ${period} 周报的排查和分析内容（草稿）。填写完毕后回复「确认周报」或点卡片上的确认按钮。`, tone: 'success' };
    }
}
export function weeklyReportsShownReply(outcome) {
    const lines = outcome.units.map(({ unitName, report }) => report
        ? `${unitName}：${report.periodStart} 至 ${report.periodEnd} 的周报${report.status === 'confirmed' ? '（已确认）' : '（草稿，待总监确认）'}已发送。`
        : `${unitName}：还没有周报。`);
    return { reply: lines.join('\n'), tone: 'info' };
}
export const weeklyReportRefusalWording = {
    'weekly-report.analysis-required': () => '确认周报前须填写分析研判：请根据本周日管控发现的问题，分析研判产品质量安全状况。',
    'weekly-report.not-found': ({ pending }) => (pending ? '目前没有等待您确认的周报。' : '找不到这份周报，或它不属于您所在的单位。'),
    'weekly-report.not-the-writer': () => '周报由质量安全总监填写和确认（未设总监的单位由主要负责人负责），您不能操作。',
    'weekly-report.not-a-reader': () => '周报由质量安全总监和主要负责人查看。',
    'weekly-report.frozen': ({ periodStart, periodEnd }) => `${periodStart} 至 ${periodEnd} 的周报已确认，内容已冻结，不能再修改。`,
};
//# sourceMappingURL=weekly-report-replies.js.map