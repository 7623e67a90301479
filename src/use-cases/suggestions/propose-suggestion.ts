import { recordHashes } from '../../domain/archive/record-hashes.ts';
import type { Store } from '../../ports/store.ts';
import { refreshSuggestionCards } from './suggestion-cards.ts';
import { refuseSuggestion } from './suggestion-refusals.ts';

export interface SuggestionProposed {
  kind: 'suggestion-proposed';
  number: number;
  suggestionKind: 'suggestion' | 'veto';
}

/**
 * Art. 4 and 16: a director or officer puts a suggestion or a veto proposal to the principal. The record is
 * written once and never edited: it is the proposer's proof of having reported.
 */
export async function proposeSuggestion(store: Store, input: { actorOpenId: string; kind: 'suggestion' | 'veto'; text: string; now: Date }): Promise<SuggestionProposed> {
  return store.transaction(async (transaction) => {
    const proposer = (await transaction.people.byOpenId(input.actorOpenId)).find((member) => member.roles.includes('director') || member.roles.includes('officer'));
    if (!proposer) throw refuseSuggestion('suggestion.proposer-only', {});
    const text = input.text.trim();
    if (text === '') throw refuseSuggestion('suggestion.text-required', {});
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
    const members = await transaction.people.membersOf(proposer.unitId);
    const principals = members.filter((member) => member.roles.includes('principal'));
    // A veto is urgent (Art. 4: 立即): the principal and the director are buzzed, and the director sees it at once too.
    const directors = input.kind === 'veto' ? members.filter((member) => member.roles.includes('director') && member.personId !== proposer.personId) : [];
    const buzzed = input.kind === 'veto' ? [...principals, ...directors].map((member) => member.personId).filter((personId) => personId !== proposer.personId) : [];
    await refreshSuggestionCards(transaction, suggestion, [...principals, ...directors, proposer], buzzed);
    return { kind: 'suggestion-proposed', number: suggestion.number, suggestionKind: input.kind };
  });
}
