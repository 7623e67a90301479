import { isSeller } from '../../domain/units/unit-kind.ts';
import type { SuggestionAnswered } from '../../use-cases/suggestions/answer-suggestion.ts';
import type { SuggestionProposed } from '../../use-cases/suggestions/propose-suggestion.ts';
import type { SuggestionsShown } from '../../use-cases/suggestions/show-suggestions.ts';
import type { SuggestionRefusals } from '../../use-cases/suggestions/suggestion-refusals.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

const proposedKindNames = { suggestion: '建议', veto: '否决建议（停止生产/销售）' } as const;
const kindNames = { suggestion: '建议', veto: '否决建议' } as const;

export function suggestionProposedReply(outcome: SuggestionProposed): ChatAnswer {
  return {
    reply: `已将您的${proposedKindNames[outcome.suggestionKind]}（第 ${outcome.number} 号）报送主要负责人，主要负责人须答复（采纳或驳回并说明理由）。此记录不可修改，回复「我的建议」可随时查看处理情况。`,
    tone: 'success',
  };
}

export function suggestionAnsweredReply(outcome: SuggestionAnswered): ChatAnswer {
  const answered = `已${outcome.decision === 'adopted' ? '采纳' : '驳回'}第 ${outcome.number} 号${kindNames[outcome.suggestionKind]}，提出人会看到您的答复。`;
  if (outcome.tracked === undefined) return { reply: answered, tone: 'success' };
  const { hazardNumber, unitKind } = outcome.tracked;
  const recall = isSeller(unitKind)
    ? '对已经销售的确认存在缺陷的产品，应当配合生产单位及时进行召回（第四条）。'
    : '经确认存在缺陷的，应当按照国家有关规定进行召回（第四条）。';
  return {
    reply: `${answered}采纳的措施已登记为第 ${hazardNumber} 号隐患跟踪到完成：请回复「整改 ${hazardNumber} <负责人> <期限>」指定由谁在何时前落实，完成后由负责人提交、质量安全总监验证关闭。${recall}`,
    tone: 'success',
  };
}

export function suggestionsShownReply(outcome: SuggestionsShown): ChatAnswer {
  if (outcome.suggestions.length === 0) return { reply: '没有相关的建议或否决记录。', tone: 'info' };
  const lines = outcome.suggestions.map((suggestion) => {
    const status = suggestion.decision === null ? '待答复' : suggestion.decision === 'adopted' ? `已采纳：${suggestion.answer ?? ''}` : `已驳回：${suggestion.answer ?? ''}`;
    return `第 ${suggestion.number} 号${kindNames[suggestion.suggestionKind]}：${suggestion.text}（${status}）`;
  });
  return { reply: lines.join('\n'), tone: 'info' };
}

export const suggestionRefusalWording: RefusalWording<SuggestionRefusals> = {
  'suggestion.proposer-only': () => '建议和否决由质量安全总监或质量安全员提出。',
  'suggestion.text-required': () => '请写明建议或否决的内容和理由。',
  'suggestion.principal-only': () => '建议和否决由主要负责人答复，您不能答复。',
  'suggestion.not-found': () => '找不到这条建议或否决，或它不属于您负责的单位。',
  'suggestion.answer-required': ({ decision }) => (decision === 'adopted' ? '采纳时请写明将采取的措施。' : '驳回时请写明理由，它会作为记录保存。'),
  'suggestion.already-answered': ({ number }) => `第 ${number} 号已答复，答复不能修改。`,
  'suggestion.number-invalid': ({ given }) => `编号「${given}」不是建议或否决的编号，编号是数字，例如：驳回 3 理由`,
};
