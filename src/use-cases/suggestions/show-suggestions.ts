import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';

/** 我的建议: the proposer sees the status of everything they put to the principal; the principal sees what awaits an answer. */
export async function showSuggestions(store: Store, input: { actorOpenId: string }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const lines: string[] = [];
    for (const membership of await transaction.people.byOpenId(input.actorOpenId)) {
      const all = await transaction.suggestions.ofUnit(membership.unitId);
      const relevant = membership.roles.includes('principal') ? all.filter((suggestion) => suggestion.decision === null) : all.filter((suggestion) => suggestion.proposerId === membership.personId);
      for (const suggestion of relevant) {
        const status = suggestion.decision === null ? '待答复' : suggestion.decision === 'adopted' ? `已采纳：${suggestion.answer}` : `已驳回：${suggestion.answer}`;
        lines.push(`第 ${suggestion.number} 号${suggestion.kind === 'veto' ? '否决建议' : '建议'}：${suggestion.text}（${status}）`);
      }
    }
    return replied(lines.length > 0 ? lines.join('\n') : '没有相关的建议或否决记录。', 'info');
  });
}
