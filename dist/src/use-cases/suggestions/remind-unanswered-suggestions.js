const dayMs = 24 * 60 * 60 * 1000;
/** Unanswered after 24 hours: the principal is reminded each day until they answer (Art. 16 protects the proposer). */
export async function remindUnansweredSuggestions(store, input) {
    return store.transaction(async (transaction) => {
        const members = await transaction.people.membersOf(input.unitId);
        const principals = members.filter((member) => member.roles.includes('principal'));
        let reminded = 0;
        for (const suggestion of (await transaction.suggestions.unanswered()).filter((candidate) => candidate.unitId === input.unitId)) {
            if (input.now.getTime() - suggestion.createdAt.getTime() < dayMs)
                continue;
            if (!(await transaction.jobRuns.claim('suggestion-remind', input.unitId, `${suggestion.id}@${input.date}`, input.now)))
                continue;
            const proposer = members.find((member) => member.personId === suggestion.proposerId);
            for (const principal of principals) {
                if (!principal.openId)
                    continue;
                await transaction.outbox.enqueue({
                    operation: 'send',
                    toOpenId: principal.openId,
                    notification: {
                        kind: 'suggestion-reminder',
                        view: { principalName: principal.name, proposerName: proposer?.name ?? '', number: suggestion.number, suggestionKind: suggestion.kind, text: suggestion.text },
                    },
                });
            }
            reminded += 1;
        }
        return { reminded };
    });
}
//# sourceMappingURL=remind-unanswered-suggestions.js.map