import { refusalsOf } from "../../domain/domain-error.js";
export const refuseDailyCheckAccess = refusalsOf();
//# sourceMappingURL=daily-check-refusals.js.map