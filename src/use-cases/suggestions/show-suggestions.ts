import type { Store } from '../../ports/store.ts';

export interface SuggestionLine {
  number: number;
  suggestionKind: 'suggestion' | 'veto';
  text: string;
  decision: 'adopted' | 'rejected' | null;
  answer: string | null;
}

export interface SuggestionsShown {
  kind: 'suggestions-shown';
  suggestions: SuggestionLine[];
}

/** 我的建议: the proposer sees the status of everything they put to the principal; the principal sees what awaits an answer. */
export async function showSuggestions(store: Store, input: { actorOpenId: string }): Promise<SuggestionsShown> {
  return store.transaction(async (transaction) => {
    const suggestions: SuggestionLine[] = [];
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
