import { refusalsOf } from "../../domain/domain-error.js";
export const refuseWeeklyReportAccess = refusalsOf();
//# sourceMappingURL=weekly-report-refusals.js.map