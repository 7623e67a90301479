import { recordHashes } from "../../domain/archive/record-hashes.js";
import { refreshSuggestionCards } from "./suggestion-cards.js";
import { refuseSuggestion } from "./suggestion-refusals.js";
/**
 * Art. 4 and 16: a director or officer puts a suggestion or a veto proposal to the principal. The record is
 * written once and never edited: it is the proposer's proof of having reported.
 */
export async function proposeSuggestion(store, input) {
    return store.transaction(async (transaction) => {
        const proposer = (await transaction.people.byOpenId(input.actorOpenId)).find((member) => member.roles.includes('director') || member.roles.includes('officer'));
        if (!proposer)
            throw refuseSuggestion('suggestion.proposer-only', {});
        const text = input.text.trim();
        if (text === '')
            throw refuseSuggestion('suggestion.text-required', {});
        const suggestion = await transaction.suggestions.create({ unitId: proposer.unitId, kind: input.kind, proposerId: proposer.personId, text, createdAt: input.now });
        await transaction.audit.append({
            at: input.now,
            unitId: proposer.unitId,
            actor: proposer.personId,
            action: `${input.kind}.proposed`,
            recordType: 'suggestion',
            recordId: suggestion.id,
            contentHash: recordHashes.suggestionProposal({ unitId: proposer.unitId, number: suggestion.number, kind: input.kind, proposerId: proposer.personId, text, createdAt: input.now }),
        });
        const principals = (await transaction.people.membersOf(proposer.unitId)).filter((member) => member.roles.includes('principal'));
        await refreshSuggestionCards(transaction, suggestion, [...principals, proposer]);
        return { kind: 'suggestion-proposed', number: suggestion.number, suggestionKind: input.kind };
    });
}
//# sourceMappingURL=propose-suggestion.js.map