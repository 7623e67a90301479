import { isDomainError } from "../../domain/domain-error.js";
import { wordRefusal } from "../replies/word-refusal.js";
/** A refused rule becomes the polite answer the person reads; anything else is a fault and propagates (and is retried). */
export async function runInteraction(work) {
    try {
        return await work();
    }
    catch (error) {
        if (isDomainError(error))
            return { reply: wordRefusal(error), tone: 'error' };
        throw error;
    }
}
//# sourceMappingURL=run-interaction.js.map