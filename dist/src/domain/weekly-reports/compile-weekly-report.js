import { requirePeriod } from "../schedules/periods.js";
import { dailyControlCoverage } from "./daily-control-coverage.js";
import { hazardCountsByItem, hazardLine, hazardsCarriedInto, hazardsReportedIn } from "./hazard-lines.js";
const TOP_ITEM_COUNT = 5;
/** The part of 《每周工业产品质量安全排查治理报告》 the bot can state from its own records (Art. 11). */
export function compileWeeklyReport(facts) {
    const period = { periodStart: facts.periodStart, periodEnd: facts.periodEnd };
    requirePeriod(period);
    const coverage = dailyControlCoverage(facts.records, period);
    const found = hazardsReportedIn(facts.hazards, period);
    return {
        unitId: facts.unitId,
        unitName: facts.unitName,
        ...period,
        coverage: { officers: coverage.officers, totals: coverage.totals },
        hazardsFound: found.map((hazard) => hazardLine(hazard, facts.today)),
        earlierOpenHazards: hazardsCarriedInto(facts.hazards, period).map((hazard) => hazardLine(hazard, facts.today)),
        topItems: hazardCountsByItem(found).slice(0, TOP_ITEM_COUNT),
        missedChecks: coverage.missedChecks,
    };
}
//# sourceMappingURL=compile-weekly-report.js.map