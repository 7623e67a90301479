import { refusalsOf } from "../../domain/domain-error.js";
export const refuseHazardAccess = refusalsOf();
//# sourceMappingURL=hazard-refusals.js.map