import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { ROLE_NAMES } from '../../domain/people/role.ts';
import type { SuggestionFact } from '../../domain/records/daily-record-facts.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';

export async function readSuggestionFacts(transaction: StoreTransaction, unit: UnitProfile): Promise<SuggestionFact[]> {
  const localDate = (instant: Date) => localTimeAt(instant, unit.timeZone).date;
  const facts: SuggestionFact[] = [];
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
