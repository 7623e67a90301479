import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { CardActionValue, HazardFormFields } from '../../../src/lark/cards/card-action-values.ts';
import type { Card } from '../../../src/lark/cards/card-json.ts';
import { buildDailyCheckCard } from '../../../src/lark/cards/daily-check-card.ts';
import { HazardSeverityChoice } from '../../../src/lark/cards/hazard-form.ts';
import type { DailyCheckItemView } from '../../../src/ports/notifications.ts';
import { buttonsOf, cardBytes, cardJsonViolations, formsOf } from './card-json-rules.ts';
import {
  allAbnormal,
  answered,
  dailyCheckView,
  LONG_HAZARD_DESCRIPTION,
  LONG_HAZARD_MEASURES,
  longChecklistItems,
} from './daily-check-views.ts';

const LONG_ITEMS = longChecklistItems();
const SHORT_ITEMS: DailyCheckItemView[] = [
  { number: 1, code: 'R01', text: '原材料进货查验记录是否完整？', guidance: '核对供货方资质、合格证明和进货台账' },
  { number: 2, code: 'R02', text: '出厂检验是否逐批进行？', guidance: '查看当日出厂检验报告' },
  { number: 3, code: 'R03', text: '消防器材是否在有效期内？', guidance: '' },
];
const THIRD_ABNORMAL = answered(LONG_ITEMS, {
  1: { answer: 'normal' },
  2: { answer: 'not-applicable' },
  3: { answer: 'abnormal', description: '灭火器压力表指针在红区', measures: '已停用并更换备用灭火器' },
});
const SUBMITTED = { status: 'submitted', submittedAt: '2026-01-05 17:30', submittedBy: '王五' } as const;

const OPEN_CARDS: Array<[string, Card]> = [
  ['open, nothing answered yet', buildDailyCheckCard(dailyCheckView())],
  ['open, partly answered with a hazard', buildDailyCheckCard(dailyCheckView({ items: THIRD_ABNORMAL }))],
  ['open with the hazard form on item 7', buildDailyCheckCard(dailyCheckView(), { hazardFormItem: 7 })],
  [
    'open, every item abnormal with 1000-character texts, form open on item 15',
    buildDailyCheckCard(dailyCheckView({ items: allAbnormal(LONG_ITEMS) }), { hazardFormItem: 15 }),
  ],
];
const CARDS_IN_EVERY_STATE: Array<[string, Card]> = [
  ...OPEN_CARDS,
  [
    'submitted, zero risk',
    buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, outcome: 'zero-risk', items: LONG_ITEMS.map((item) => ({ ...item, answer: 'normal' })) })),
  ],
  [
    'submitted, fifteen hazards with 1000-character texts, second correction',
    buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, outcome: 'hazard', revision: 3, items: allAbnormal(LONG_ITEMS) })),
  ],
  ['missed', buildDailyCheckCard(dailyCheckView({ status: 'missed' }))],
  ['suspended', buildDailyCheckCard(dailyCheckView({ status: 'suspended', suspensionReason: '设备检修，停产至 1 月 10 日' }))],
];

describe('the daily check card, for a 15-item checklist with long texts', () => {
  it.each(CARDS_IN_EVERY_STATE)('%s: is Card JSON 2.0 that Lark accepts', (_, card) => {
    expect(cardJsonViolations(card)).toEqual([]);
  });

  it.each(CARDS_IN_EVERY_STATE)('%s: stays at least a fifth under Lark’s 30 KB limit', (_, card) => {
    expect(cardBytes(card)).toBeLessThanOrEqual(24 * 1024);
  });

  it.each(OPEN_CARDS)('%s: every button sends a value the action handler accepts', (_, card) => {
    const buttons = buttonsOf(card);
    expect(buttons.length).toBeGreaterThanOrEqual(15 * 3 + 2);
    for (const button of buttons) expect(CardActionValue.safeParse(button.value).success, button.label).toBe(true);
  });
});

describe('an open daily check card', () => {
  it('is titled with the official record name and says unit, date, shift and checklist version', () => {
    const card = buildDailyCheckCard(dailyCheckView({ shift: '早班' }));
    expect(card.header.title.content).toBe('《每日工业产品质量安全检查记录》');
    expect(card.header.subtitle?.content).toBe('华东电器制造有限公司 · 2026-01-05 · 早班 · 清单第 3 版');
    expect(card.config.update_multi).toBe(true);
  });

  it('leaves the shift out of the subtitle when the unit works without shifts', () => {
    expect(buildDailyCheckCard(dailyCheckView()).header.subtitle?.content).toBe('华东电器制造有限公司 · 2026-01-05 · 清单第 3 版');
  });

  it('shows each item with its number, text, guidance and current answer, and the progress', () => {
    const items = answered(SHORT_ITEMS, { 1: { answer: 'normal' }, 2: { answer: 'not-applicable' } });
    const text = cardToText(buildDailyCheckCard(dailyCheckView({ items })));
    expect(text).toContain('已检查 2/3 项');
    expect(text).toContain('1. 原材料进货查验记录是否完整？\n✅ 正常\n核对供货方资质、合格证明和进货台账\n[按钮：正常] [按钮：异常] [按钮：不适用]');
    expect(text).toContain('2. 出厂检验是否逐批进行？\n➖ 不适用');
    expect(text).toContain('3. 消防器材是否在有效期内？\n待检查\n[按钮：正常]');
  });

  it('says when an item not checked every day is due (管控频次), beside its text', () => {
    const items = SHORT_ITEMS.map((item) => (item.number === 3 ? { ...item, frequency: '每周一' } : item));
    const text = cardToText(buildDailyCheckCard(dailyCheckView({ items })));
    expect(text).toContain('3. 消防器材是否在有效期内？（每周一）\n待检查');
    expect(text).toContain('1. 原材料进货查验记录是否完整？\n待检查');
  });

  it('gives every item 正常 / 异常 / 不适用 buttons that name the item and the card’s revision', () => {
    const card = buildDailyCheckCard(dailyCheckView({ revision: 2 }));
    const values = buttonsOf(card).map((button) => [button.label, button.value]);
    const reference = { checkId: '0f6c2a9e-4b1d-4c8e-9a57-3d2e8b6f1c40', revision: 2, number: 4 };
    expect(values).toContainEqual(['正常', { action: 'daily.answer', ...reference, answer: 'normal' }]);
    expect(values).toContainEqual(['异常', { action: 'daily.open-hazard-form', ...reference }]);
    expect(values).toContainEqual(['不适用', { action: 'daily.answer', ...reference, answer: 'not-applicable' }]);
  });

  it('offers a one-tap zero-risk report and a submit button at the bottom', () => {
    const buttons = buttonsOf(buildDailyCheckCard(dailyCheckView()));
    const reference = { checkId: '0f6c2a9e-4b1d-4c8e-9a57-3d2e8b6f1c40', revision: 1 };
    expect(buttons.slice(-2).map((button) => [button.label, button.value])).toEqual([
      ['全部正常（零风险）', { action: 'daily.all-normal', ...reference }],
      ['提交', { action: 'daily.submit', ...reference }],
    ]);
  });

  it('turns 全部正常（零风险） into 其余项目正常并提交 once an item is abnormal', () => {
    const labels = buttonsOf(buildDailyCheckCard(dailyCheckView({ items: THIRD_ABNORMAL }))).map((button) => button.label);
    expect(labels).toContain('其余项目正常并提交');
    expect(labels).not.toContain('全部正常（零风险）');
  });

  it('shows the description and measures of an item already reported abnormal', () => {
    const text = cardToText(buildDailyCheckCard(dailyCheckView({ items: THIRD_ABNORMAL })));
    expect(text).toContain('⚠️ 异常\n隐患描述：灭火器压力表指针在红区\n已采取措施：已停用并更换备用灭火器');
  });

  it('shows guidance in full on an ordinary list, and shortens it with … only when the list would be too large', () => {
    const guidance = SHORT_ITEMS[0]?.guidance ?? '';
    expect(cardToText(buildDailyCheckCard(dailyCheckView({ items: SHORT_ITEMS })))).toContain(guidance);
    const longGuidance = LONG_ITEMS[0]?.guidance ?? '';
    const crowded = cardToText(buildDailyCheckCard(dailyCheckView(), { hazardFormItem: 1 }));
    expect(crowded).not.toContain(longGuidance);
    expect(crowded).toContain(`${longGuidance.slice(0, 10)}`);
    expect(crowded).toContain('…');
  });

  it('shows what the officer typed exactly, even characters Lark would read as markup', () => {
    const typed = '**注意** <at id=all></at> :OK: [链接](https://example.com) 1-2 #3 _x_ ~y~ & &#42; &amp;';
    const items = answered(SHORT_ITEMS, { 2: { answer: 'abnormal', description: typed, measures: '已隔离' } });
    const card = buildDailyCheckCard(dailyCheckView({ items }));
    expect(JSON.stringify(card)).not.toContain('<at id=all>');
    expect(cardToText(card)).toContain(`隐患描述：${typed}`);
  });
});

describe('the hazard form on a daily check card', () => {
  const card = buildDailyCheckCard(dailyCheckView({ revision: 2 }), { hazardFormItem: 7 });
  const reference = { checkId: '0f6c2a9e-4b1d-4c8e-9a57-3d2e8b6f1c40', revision: 2 };
  const form = formsOf(card)[0] as { elements: Array<Record<string, unknown>> };

  it('opens right after the item it is about, in the body root, titled 第 n 项异常：<item text>', () => {
    const rootTags = card.body.elements.map((element) => element.tag);
    expect(rootTags.filter((tag) => tag === 'form')).toHaveLength(1);
    expect(rootTags.indexOf('form')).toBe(1 + 7);
    expect(cardToText({ body: { elements: [form] } })).toContain(`第 7 项异常：${LONG_ITEMS[6]?.text}`);
  });

  it('asks for a description and the measures taken, both required and at most 1000 characters', () => {
    const inputs = form.elements.filter((element) => element.tag === 'input');
    expect(inputs.map((input) => [input.name, input.required, input.max_length])).toEqual([
      [HazardFormFields.description, true, 1000],
      [HazardFormFields.measures, true, 1000],
    ]);
    const text = cardToText(card);
    expect(text).toContain('隐患描述：[输入：请描述发现的隐患：部位、数量、可能的后果（必填）]');
    expect(text).toContain('已采取措施：[输入：请填写已立即采取的措施，如停用、隔离、返工（必填）]');
  });

  it('lets the officer mark the hazard serious, which also reports it to the principal; general by default', () => {
    const select = form.elements.find((element) => element.name === HazardFormFields.serious);
    expect(select).toMatchObject({
      tag: 'select_static',
      initial_index: 1,
      options: [
        { text: { content: '一般隐患' }, value: HazardSeverityChoice.general },
        { text: { content: '严重隐患（同时报告主要负责人）' }, value: HazardSeverityChoice.serious },
      ],
    });
  });

  it('submits with 上报隐患 for that item, and closes with a 取消 outside the form', () => {
    const buttons = buttonsOf(card);
    expect(buttons.filter((button) => button.inForm)).toEqual([
      { label: '上报隐患', value: { action: 'daily.report-hazard', ...reference, number: 7 }, inForm: true, formActionType: 'submit' },
    ]);
    const cancel = buttons.find((button) => button.label === '取消');
    expect(cancel).toEqual({ label: '取消', value: { action: 'daily.close-hazard-form', ...reference }, inForm: false, formActionType: undefined });
  });

  it('refuses to open for an item number the checklist does not have', () => {
    expect(() => buildDailyCheckCard(dailyCheckView(), { hazardFormItem: 16 })).toThrow('没有第 16 项');
  });

  it('is not shown once the check is submitted', () => {
    expect(formsOf(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED }), { hazardFormItem: 7 }))).toEqual([]);
  });
});

describe('a submitted daily check card', () => {
  const items = answered(SHORT_ITEMS, {
    1: { answer: 'normal' },
    2: { answer: 'abnormal', description: '一批次出厂检验报告缺失', measures: '已暂停该批次出库并补做检验' },
    3: { answer: 'not-applicable' },
  });

  it('is a read-only summary without any button', () => {
    const card = buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, outcome: 'hazard', items }));
    expect(buttonsOf(card)).toEqual([]);
    expect(formsOf(card)).toEqual([]);
  });

  it('reports a zero-risk day as 零风险', () => {
    const allNormal = SHORT_ITEMS.map((item) => ({ ...item, answer: 'normal' as const }));
    const card = buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, outcome: 'zero-risk', items: allNormal }));
    expect(cardToText(card)).toContain('检查结论：零风险');
    expect(card.header.template).toBe('green');
  });

  it('lists every item with its answer, and each hazard with its description and measures', () => {
    const text = cardToText(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, outcome: 'hazard', items })));
    expect(text).toContain('检查结论：发现隐患 1 项');
    expect(text).toContain('1. 原材料进货查验记录是否完整？\n✅ 正常');
    expect(text).toContain('2. 出厂检验是否逐批进行？\n⚠️ 异常\n隐患描述：一批次出厂检验报告缺失\n已采取措施：已暂停该批次出库并补做检验');
    expect(text).toContain('3. 消防器材是否在有效期内？\n➖ 不适用');
  });

  it('says who submitted it and when', () => {
    const text = cardToText(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, items })));
    expect(text).toContain('提交人：王五  提交时间：2026-01-05 17:30');
  });

  it('mentions a correction only when the record was corrected', () => {
    expect(cardToText(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, items, revision: 2 })))).toContain('第 1 次更正（第 2 版）');
    expect(cardToText(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, items, revision: 1 })))).not.toContain('更正');
  });

  it('keeps a single hazard’s 1000-character texts in full, and shortens fifteen of them with …', () => {
    const one = answered(LONG_ITEMS, { 5: { answer: 'abnormal', description: LONG_HAZARD_DESCRIPTION, measures: LONG_HAZARD_MEASURES } });
    const oneText = cardToText(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, items: one })));
    expect(oneText).toContain(LONG_HAZARD_DESCRIPTION);
    expect(oneText).toContain(LONG_HAZARD_MEASURES);
    const fifteenText = cardToText(buildDailyCheckCard(dailyCheckView({ ...SUBMITTED, items: allAbnormal(LONG_ITEMS) })));
    expect(fifteenText).not.toContain(LONG_HAZARD_DESCRIPTION);
    expect(fifteenText.match(/隐患描述：现场发现[^\n]*…/g)).toHaveLength(15);
  });
});

describe('a daily check that was never submitted, or not due', () => {
  it('says a missed check was recorded as missed, without buttons', () => {
    const card = buildDailyCheckCard(dailyCheckView({ status: 'missed' }));
    expect(cardToText(card)).toContain('未按时提交，已记为漏检');
    expect(buttonsOf(card)).toEqual([]);
  });

  it('says the unit was shut down, with the reason, without buttons', () => {
    const card = buildDailyCheckCard(dailyCheckView({ status: 'suspended', suspensionReason: '设备检修' }));
    expect(cardToText(card)).toContain('停产停业期间：设备检修');
    expect(buttonsOf(card)).toEqual([]);
  });
});
