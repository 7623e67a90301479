/** 我的建议: the proposer sees the status of everything they put to the principal; the principal sees what awaits an answer. */
export async function showSuggestions(store, input) {
    return store.transaction(async (transaction) => {
        const suggestions = [];
        for (const membership of await transaction.people.byOpenId(input.actorOpenId)) {
            const all = await transaction.suggestions.ofUnit(membership.unitId);
            const relevant = membership.roles.includes('principal') ? all.filter((suggestion) => suggestion.decision === null) : all.filter((suggestion) => suggestion.proposerId === membership.personId);
            for (const suggestion of relevant) {
                suggestions.push({ number: suggestion.number, suggestionKind: suggestion.kind, text: suggestion.text, decision: suggestion.decision, answer: suggestion.answer });
            }
        }
        return { kind: 'suggestions-shown', suggestions };
    });
}
//# sourceMappingURL=show-suggestions.js.map