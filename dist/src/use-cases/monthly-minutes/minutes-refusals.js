import { refusalsOf } from "../../domain/domain-error.js";
export const refuseMinutes = refusalsOf();
//# sourceMappingURL=minutes-refusals.js.map