import { recordHashes } from "../../domain/archive/record-hashes.js";
import { refreshSuggestionCards } from "./suggestion-cards.js";
import { refuseSuggestion } from "./suggestion-refusals.js";
/** The principal's answer: adopt with the action, or reject with the reason. Given once, never changed. */
export async function answerSuggestion(store, input) {
    return store.transaction(async (transaction) => {
        const principals = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal'));
        if (principals.length === 0)
            throw refuseSuggestion('suggestion.principal-only', {});
        let suggestion = null;
        for (const principal of principals) {
            const found = 'suggestionId' in input.suggestion ? await transaction.suggestions.get(input.suggestion.suggestionId) : await transaction.suggestions.byNumber(principal.unitId, input.suggestion.number);
            if (found && found.unitId === principal.unitId)
                suggestion = found;
        }
        if (!suggestion)
            throw refuseSuggestion('suggestion.not-found', {});
        const principal = principals.find((member) => member.unitId === suggestion.unitId);
        const answer = input.answer.trim();
        if (answer === '')
            throw refuseSuggestion('suggestion.answer-required', { decision: input.decision });
        const answered = await transaction.suggestions.answer(suggestion.id, { decision: input.decision, answer, answeredById: principal.personId, answeredAt: input.now });
        if (!answered)
            throw refuseSuggestion('suggestion.already-answered', { number: suggestion.number });
        await transaction.audit.append({
            at: input.now,
            unitId: suggestion.unitId,
            actor: principal.personId,
            action: `suggestion.${input.decision}`,
            recordType: 'suggestion',
            recordId: `${suggestion.id}#answer`,
            contentHash: recordHashes.suggestionAnswer({ suggestionId: suggestion.id, decision: input.decision, answer, answeredById: principal.personId, answeredAt: input.now }),
        });
        const updated = { ...suggestion, decision: input.decision, answer, answeredById: principal.personId, answeredAt: input.now };
        const directors = (await transaction.people.membersOf(suggestion.unitId)).filter((member) => member.roles.includes('director'));
        await refreshSuggestionCards(transaction, updated, directors);
        return { kind: 'suggestion-answered', number: suggestion.number, suggestionKind: suggestion.kind, decision: input.decision };
    });
}
//# sourceMappingURL=answer-suggestion.js.map