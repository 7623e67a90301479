import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { Store, SuggestionRecord } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { refreshSuggestionCards } from './suggestion-cards.ts';

export type SuggestionReference = { suggestionId: string } | { number: number };

/** The principal's answer: adopt with the action, or reject with the reason. Given once, never changed. */
export async function answerSuggestion(
  store: Store,
  input: { actorOpenId: string; suggestion: SuggestionReference; decision: 'adopted' | 'rejected'; answer: string; now: Date },
): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const principals = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal'));
    if (principals.length === 0) throw new WordedRefusal('NOT_ALLOWED', '建议和否决由主要负责人答复，您不能答复。');
    let suggestion: SuggestionRecord | null = null;
    for (const principal of principals) {
      const found = 'suggestionId' in input.suggestion ? await transaction.suggestions.get(input.suggestion.suggestionId) : await transaction.suggestions.byNumber(principal.unitId, input.suggestion.number);
      if (found && found.unitId === principal.unitId) suggestion = found;
    }
    if (!suggestion) throw new WordedRefusal('SUGGESTION_NOT_FOUND', '找不到这条建议或否决，或它不属于您负责的单位。');
    const principal = principals.find((member) => member.unitId === suggestion.unitId)!;
    const answer = input.answer.trim();
    if (answer === '') {
      throw new WordedRefusal('SUGGESTION_ANSWER_REQUIRED', input.decision === 'adopted' ? '采纳时请写明将采取的措施。' : '驳回时请写明理由，它会作为记录保存。');
    }
    const answered = await transaction.suggestions.answer(suggestion.id, { decision: input.decision, answer, answeredById: principal.personId, answeredAt: input.now });
    if (!answered) throw new WordedRefusal('SUGGESTION_ALREADY_ANSWERED', `第 ${suggestion.number} 号已答复，答复不能修改。`);
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
    return replied(`已${input.decision === 'adopted' ? '采纳' : '驳回'}第 ${suggestion.number} 号${suggestion.kind === 'veto' ? '否决建议' : '建议'}，提出人会看到您的答复。`);
  });
}
