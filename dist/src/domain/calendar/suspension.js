/** 停工停产/停业: the rhythm pauses on these days, and the records say why (Q&A on Orders 75/76). */
export function suspensionOn(date, periods) {
    return periods.find((period) => period.startDate <= date && date <= period.endDate);
}
//# sourceMappingURL=suspension.js.map