import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { CardActionValue } from '../../../src/lark/cards/card-action-values.ts';
import { buildHazardAlertCard } from '../../../src/lark/cards/hazard-alert-card.ts';
import type { HazardAlertView } from '../../../src/ports/notifications.ts';
import { buttonsOf, cardJsonViolations } from './card-json-rules.ts';
import { LONG_HAZARD_DESCRIPTION, LONG_HAZARD_MEASURES } from './daily-check-views.ts';

function hazardAlertView(overrides: Partial<HazardAlertView> = {}): HazardAlertView {
  return {
    hazardId: 'hazard-7f3a',
    hazardNumber: 12,
    unitName: '华东电器制造有限公司',
    itemNumber: 3,
    itemCode: 'R03',
    itemText: '消防器材是否在有效期内？',
    description: '二号车间灭火器压力表指针在红区',
    measures: '已停用并更换备用灭火器',
    serious: false,
    officerName: '王五',
    reportedAt: '2026-01-05 09:42',
    ...overrides,
  };
}

describe('the hazard alert card', () => {
  it.each([
    ['unacknowledged', hazardAlertView()],
    ['serious, with 1000-character texts', hazardAlertView({ serious: true, description: LONG_HAZARD_DESCRIPTION, measures: LONG_HAZARD_MEASURES })],
    ['acknowledged', hazardAlertView({ acknowledgement: { byName: '赵六', at: '2026-01-05 10:05' } })],
  ])('%s: is Card JSON 2.0 that Lark accepts', (_, view) => {
    expect(cardJsonViolations(buildHazardAlertCard(view))).toEqual([]);
  });

  it('is a red 质量安全隐患报告 with unit, item, description, measures, reporter and time', () => {
    const card = buildHazardAlertCard(hazardAlertView());
    expect(card.header.title.content).toBe('质量安全隐患报告');
    expect(card.header.template).toBe('red');
    const text = cardToText(card);
    expect(text).toContain('单位：华东电器制造有限公司');
    expect(text).toContain('检查项：第 3 项 R03 消防器材是否在有效期内？');
    expect(text).toContain('隐患描述：二号车间灭火器压力表指针在红区');
    expect(text).toContain('已采取措施：已停用并更换备用灭火器');
    expect(text).toContain('报告人：王五');
    expect(text).toContain('报告时间：2026-01-05 09:42');
  });

  it('names the item by code and text when it has no number', () => {
    expect(cardToText(buildHazardAlertCard(hazardAlertView({ itemNumber: undefined })))).toContain('检查项：R03 消防器材是否在有效期内？');
  });

  it('says 严重隐患 in the title of a serious hazard', () => {
    const card = buildHazardAlertCard(hazardAlertView({ serious: true }));
    expect(card.header.title.content).toContain('严重隐患');
    expect(cardToText(buildHazardAlertCard(hazardAlertView()))).not.toContain('严重隐患');
  });

  it('asks the reader to confirm receipt with 确认收到', () => {
    const buttons = buttonsOf(buildHazardAlertCard(hazardAlertView()));
    expect(buttons.map((button) => [button.label, button.value])).toEqual([
      ['确认收到', { action: 'hazard.acknowledge', hazardId: 'hazard-7f3a' }],
    ]);
    expect(CardActionValue.safeParse(buttons[0]?.value).success).toBe(true);
  });

  it('once acknowledged, shows who confirmed and when, and no button', () => {
    const card = buildHazardAlertCard(hazardAlertView({ acknowledgement: { byName: '赵六', at: '2026-01-05 10:05' } }));
    expect(buttonsOf(card)).toEqual([]);
    expect(cardToText(card)).toContain('已确认：赵六 2026-01-05 10:05');
  });
});
