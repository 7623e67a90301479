export interface SuspensionPeriod {
  startDate: string;
  endDate: string;
  reason: string;
}

/** 停工停产/停业: the rhythm pauses on these days, and the records say why (Q&A on Orders 75/76). */
export function suspensionOn(date: string, periods: readonly SuspensionPeriod[]): SuspensionPeriod | undefined {
  return periods.find((period) => period.startDate <= date && date <= period.endDate);
}
