import { refusalsOf } from "../../domain/domain-error.js";
export const refuseArchive = refusalsOf();
//# sourceMappingURL=archive-refusals.js.map