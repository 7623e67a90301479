import { localTimeAt } from "../../domain/calendar/local-time.js";
import { ROLE_NAMES } from "../../domain/people/role.js";
export async function readSuggestionFacts(transaction, unit) {
    const localDate = (instant) => localTimeAt(instant, unit.timeZone).date;
    const facts = [];
    for (const suggestion of await transaction.suggestions.ofUnit(unit.id)) {
        const proposer = await transaction.people.get(suggestion.proposerId);
        const answeredBy = suggestion.answeredById ? await transaction.people.get(suggestion.answeredById) : null;
        facts.push({
            number: suggestion.number,
            kind: suggestion.kind,
            proposerName: proposer?.name ?? '',
            proposerRole: proposer?.roles.filter((role) => role !== 'principal').map((role) => ROLE_NAMES[role]).join('、') ?? '',
            text: suggestion.text,
            createdDate: localDate(suggestion.createdAt),
            ...(suggestion.decision ? { decision: suggestion.decision } : {}),
            ...(suggestion.answer ? { answer: suggestion.answer } : {}),
            ...(answeredBy ? { answeredByName: answeredBy.name } : {}),
            ...(suggestion.answeredAt ? { answeredDate: localDate(suggestion.answeredAt) } : {}),
        });
    }
    return facts;
}
//# sourceMappingURL=read-suggestion-facts.js.map