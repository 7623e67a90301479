import { refusalsOf } from "../../domain/domain-error.js";
export const refuseSuggestion = refusalsOf();
//# sourceMappingURL=suggestion-refusals.js.map