import { recordHashes } from '../../domain/archive/record-hashes.ts';
import type { Store } from '../../ports/store.ts';
import type { SuggestionRecord } from '../../ports/suggestion-repository.ts';
import type { UnitKind } from '../../domain/units/unit-kind.ts';
import { trackAdoptedVeto } from '../hazards/raise-hazard.ts';
import { refreshSuggestionCards } from './suggestion-cards.ts';
import { refuseSuggestion } from './suggestion-refusals.ts';

export type SuggestionReference = { suggestionId: string } | { number: number };

export interface SuggestionAnswered {
  kind: 'suggestion-answered';
  number: number;
  suggestionKind: 'suggestion' | 'veto';
  decision: 'adopted' | 'rejected';
  /** An adopted veto: the hazard its measure is tracked under, and the unit's kind, which decides its duty to recall. */
  tracked?: { hazardNumber: number; unitKind: UnitKind };
}

/**
 * The principal's answer: adopt with the action, or reject with the reason. Given once, never changed. An adopted
 * veto's action is then tracked to done through the rectification loop.
 */
export async function answerSuggestion(
  store: Store,
  input: { actorOpenId: string; suggestion: SuggestionReference; decision: 'adopted' | 'rejected'; answer: string; now: Date },
): Promise<SuggestionAnswered> {
  return store.transaction(async (transaction) => {
    const principals = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal'));
    if (principals.length === 0) throw refuseSuggestion('suggestion.principal-only', {});
    let suggestion: SuggestionRecord | null = null;
    for (const principal of principals) {
      const found = 'suggestionId' in input.suggestion ? await transaction.suggestions.get(input.suggestion.suggestionId) : await transaction.suggestions.byNumber(principal.unitId, input.suggestion.number);
      if (found && found.unitId === principal.unitId) suggestion = found;
    }
    if (!suggestion) throw refuseSuggestion('suggestion.not-found', {});
    const principal = principals.find((member) => member.unitId === suggestion.unitId)!;
    const answer = input.answer.trim();
    if (answer === '') throw refuseSuggestion('suggestion.answer-required', { decision: input.decision });
    const answered = await transaction.suggestions.answer(suggestion.id, { decision: input.decision, answer, answeredById: principal.personId, answeredAt: input.now });
    if (!answered) throw refuseSuggestion('suggestion.already-answered', { number: suggestion.number });
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
    const members = await transaction.people.membersOf(suggestion.unitId);
    const directors = members.filter((member) => member.roles.includes('director'));
    await refreshSuggestionCards(transaction, updated, directors);
    // The proposer's card shows the answer, but Lark does not tell them it changed: a message does (Art. 16).
    const proposer = members.find((member) => member.personId === suggestion.proposerId);
    if (proposer?.openId && proposer.personId !== principal.personId) {
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: proposer.openId,
        notification: { kind: 'suggestion-answered', view: { number: suggestion.number, suggestionKind: suggestion.kind, text: suggestion.text, decision: input.decision, answer, principalName: principal.name } },
      });
    }
    const outcome: SuggestionAnswered = { kind: 'suggestion-answered', number: suggestion.number, suggestionKind: suggestion.kind, decision: input.decision };
    if (suggestion.kind !== 'veto' || input.decision !== 'adopted') return outcome;
    const unit = await transaction.units.get(suggestion.unitId);
    if (!unit) throw new Error(`suggestion ${suggestion.id} belongs to no unit`);
    const hazardNumber = await trackAdoptedVeto(transaction, principal, { number: suggestion.number, text: suggestion.text, measure: answer }, input.now);
    return { ...outcome, tracked: { hazardNumber, unitKind: unit.kind } };
  });
}
