import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { refreshSuggestionCards } from './suggestion-cards.ts';

const kindNames = { suggestion: '建议', veto: '否决建议（停止生产/销售）' } as const;

/**
 * Art. 4 and 16: a director or officer puts a suggestion or a veto proposal to the principal. The record is
 * written once and never edited: it is the proposer's proof of having reported.
 */
export async function proposeSuggestion(store: Store, input: { actorOpenId: string; kind: 'suggestion' | 'veto'; text: string; now: Date }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const proposer = (await transaction.people.byOpenId(input.actorOpenId)).find((member) => member.roles.includes('director') || member.roles.includes('officer'));
    if (!proposer) throw new WordedRefusal('NOT_ALLOWED', '建议和否决由质量安全总监或质量安全员提出。');
    const text = input.text.trim();
    if (text === '') throw new WordedRefusal('SUGGESTION_TEXT_REQUIRED', '请写明建议或否决的内容和理由。');
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
    return replied(`已将您的${kindNames[input.kind]}（第 ${suggestion.number} 号）报送主要负责人，主要负责人须答复（采纳或驳回并说明理由）。此记录不可修改，回复「我的建议」可随时查看处理情况。`);
  });
}
