import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { RaiseHazardFields } from '../../../src/lark/cards/card-action-values.ts';
import { buildRaiseHazardCard } from '../../../src/lark/cards/raise-hazard-card.ts';
import { buttonsOf, formsOf } from './card-json-rules.ts';
import { itBuildsCardsLarkAccepts } from './cards-lark-accepts.ts';

const card = buildRaiseHazardCard({ unitName: '华东电器制造有限公司' });

describe('the card for a hazard found elsewhere than on a daily check', () => {
  itBuildsCardsLarkAccepts([['the form', card]]);

  it('asks for the source, the description and the severity in one form, and submits it with 登记隐患', () => {
    const [raiseForm] = formsOf(card);
    const json = JSON.stringify(raiseForm);
    for (const name of Object.values(RaiseHazardFields)) expect(json).toContain(`"name":"${name}"`);
    for (const label of ['来源：周排查', '来源：月调度', '来源：投诉', '来源：监管检查', '来源：其他', '严重隐患（同时报告主要负责人）']) expect(json).toContain(label);
    expect(buttonsOf(card)).toEqual([{ label: '登记隐患', value: { action: 'hazard.raise' }, inForm: true, formActionType: 'submit' }]);
  });

  it('names the unit and says what happens next and how to record the regulator’s inspection', () => {
    const text = cardToText(card);
    expect(text).toContain('华东电器制造有限公司');
    expect(text).toContain('登记后进入整改流程');
    expect(text).toContain('监管检查 <日期> <检查机关>');
  });
});
