import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { SuggestionFields } from '../../../src/lark/cards/card-action-values.ts';
import type { Card } from '../../../src/lark/cards/card-json.ts';
import { buildSuggestionCard } from '../../../src/lark/cards/suggestion-card.ts';
import { renderNotification } from '../../../src/lark/render-notification.ts';
import type { SuggestionCardView } from '../../../src/ports/notifications.ts';
import { buttonsOf, formsOf } from './card-json-rules.ts';
import { formFields } from './card-inspection.ts';
import { itBuildsCardsLarkAccepts } from './cards-lark-accepts.ts';

function suggestionView(overrides: Partial<SuggestionCardView> = {}): SuggestionCardView {
  return {
    suggestionId: 'suggestion-5c1e',
    number: 3,
    kind: 'suggestion',
    unitName: '华东电器制造有限公司',
    proposerName: '王五',
    proposerRoleName: '质量安全员',
    text: '增加来料抽检频次',
    createdAt: '2026-01-08 10:15',
    audience: 'principal',
    ...overrides,
  };
}

const ADOPTED = { decision: 'adopted', answer: '下周起每批抽检', answeredByName: '钱七', answeredAt: '2026-01-09 09:30' } as const;
const REJECTED = { decision: 'rejected', answer: '经第三方检测该批次合格', answeredByName: '钱七', answeredAt: '2026-01-09 09:30' } as const;
const LONG_TEXT = '第二批'.padEnd(5000, '电源适配器温升超标，建议停止销售并召回已售产品；');

const CARDS_IN_EVERY_STATE: Array<[string, Card]> = [
  ['suggestion, unanswered, for the principal', buildSuggestionCard(suggestionView())],
  ['veto, unanswered, for the principal', buildSuggestionCard(suggestionView({ kind: 'veto' }))],
  ['suggestion, unanswered, for the proposer', buildSuggestionCard(suggestionView({ audience: 'proposer' }))],
  ['suggestion, adopted, for the principal', buildSuggestionCard(suggestionView({ ...ADOPTED }))],
  ['veto, rejected, for the proposer', buildSuggestionCard(suggestionView({ kind: 'veto', audience: 'proposer', ...REJECTED }))],
  [
    'veto of 5000 characters answered with 5000, for the proposer',
    buildSuggestionCard(suggestionView({ kind: 'veto', audience: 'proposer', ...REJECTED, text: LONG_TEXT, answer: LONG_TEXT })),
  ],
];

describe('the suggestion card, in every state', () => {
  itBuildsCardsLarkAccepts(CARDS_IN_EVERY_STATE);

  it('is sent as an interactive message', () => {
    const view = suggestionView();
    expect(renderNotification({ kind: 'suggestion', view })).toEqual({
      msgType: 'interactive',
      content: JSON.stringify(buildSuggestionCard(view)),
    });
  });
});

describe('what the suggestion card shows', () => {
  it('is titled 质量安全建议, or in red 否决建议（停止生产/销售） for a veto', () => {
    const suggestion = buildSuggestionCard(suggestionView());
    expect(suggestion.header.title.content).toBe('质量安全建议');
    expect(suggestion.header.template).not.toBe('red');
    const veto = buildSuggestionCard(suggestionView({ kind: 'veto' }));
    expect(veto.header.title.content).toBe('否决建议（停止生产/销售）');
    expect(veto.header.template).toBe('red');
  });

  it('gives number, unit, proposer with role, time and content', () => {
    const text = cardToText(buildSuggestionCard(suggestionView()));
    expect(text).toContain('编号：第 3 号');
    expect(text).toContain('单位：华东电器制造有限公司');
    expect(text).toContain('提出人：王五（质量安全员）');
    expect(text).toContain('时间：2026-01-08 10:15');
    expect(text).toContain('内容：增加来料抽检频次');
  });

  it.each([
    ['adopted', ADOPTED, '采纳', '下周起每批抽检'],
    ['rejected', REJECTED, '驳回', '经第三方检测该批次合格'],
  ] as const)('once %s, gives the result, the answer, who answered and when', (_, answer, result, answerText) => {
    const text = cardToText(buildSuggestionCard(suggestionView({ ...answer })));
    expect(text).toContain(`处理结果：${result}`);
    expect(text).toContain(`答复：${answerText}`);
    expect(text).toContain('答复人：钱七');
    expect(text).toContain('时间：2026-01-09 09:30');
  });
});

describe('answering a suggestion', () => {
  it('asks the principal for an answer, required, and offers 采纳 and 驳回', () => {
    const card = buildSuggestionCard(suggestionView({ kind: 'veto' }));
    const forms = formsOf(card);
    expect(forms).toHaveLength(1);
    expect(formFields(forms[0] ?? {})).toEqual([
      expect.objectContaining({ name: SuggestionFields.answer, required: true, placeholder: '采纳时写采取的措施，驳回时写理由' }),
    ]);
    expect(buttonsOf(card)).toEqual([
      { label: '采纳', value: { action: 'suggestion.answer', suggestionId: 'suggestion-5c1e', decision: 'adopted' }, inForm: true, formActionType: 'submit' },
      { label: '驳回', value: { action: 'suggestion.answer', suggestionId: 'suggestion-5c1e', decision: 'rejected' }, inForm: true, formActionType: 'submit' },
    ]);
    expect(cardToText(card)).toContain('也可回复「采纳 3 措施」或「驳回 3 理由」');
  });

  it('offers the principal nothing more once answered', () => {
    const card = buildSuggestionCard(suggestionView({ ...ADOPTED }));
    expect(buttonsOf(card)).toEqual([]);
    expect(formsOf(card)).toEqual([]);
  });

  it.each([
    ['unanswered', {}],
    ['answered', REJECTED],
  ] as const)('gives the proposer, %s, no buttons but a record that proves the report was made', (_, answer) => {
    const card = buildSuggestionCard(suggestionView({ audience: 'proposer', ...answer }));
    expect(buttonsOf(card)).toEqual([]);
    expect(formsOf(card)).toEqual([]);
    expect(cardToText(card)).toContain('此记录不可修改，用于证明已履行报告职责（第十六条）');
  });

  it('tells the proposer the principal has not answered yet', () => {
    expect(cardToText(buildSuggestionCard(suggestionView({ audience: 'proposer' })))).toContain('处理结果：待主要负责人答复');
  });
});
