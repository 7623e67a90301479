import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { buildMissedChecksDigestCard } from '../../../src/lark/cards/missed-checks-digest-card.ts';
import type { MissedChecksDigestView } from '../../../src/ports/notifications.ts';
import { buttonsOf, cardJsonViolations } from './card-json-rules.ts';

function digestView(overrides: Partial<MissedChecksDigestView> = {}): MissedChecksDigestView {
  return {
    unitName: '华东电器制造有限公司',
    date: '2026-01-05',
    missed: [
      { officerName: '王五', shift: '夜班' },
      { officerName: '孙七', shift: '' },
    ],
    submittedCount: 4,
    expectedCount: 6,
    ...overrides,
  };
}

describe('the missed checks digest card', () => {
  it.each([
    ['with people who missed', digestView()],
    ['with nobody missing', digestView({ missed: [], submittedCount: 6 })],
  ])('%s: is Card JSON 2.0 that Lark accepts, without buttons', (_, view) => {
    const card = buildMissedChecksDigestCard(view);
    expect(cardJsonViolations(card)).toEqual([]);
    expect(buttonsOf(card)).toEqual([]);
  });

  it('is titled 日管控漏检汇总 and gives unit, date and how many records were due and came in', () => {
    const card = buildMissedChecksDigestCard(digestView());
    expect(card.header.title.content).toBe('日管控漏检汇总');
    const text = cardToText(card);
    expect(text).toContain('单位：华东电器制造有限公司');
    expect(text).toContain('日期：2026-01-05');
    expect(text).toContain('应检 6 份 / 已交 4 份');
  });

  it('lists who missed, with the shift when there is one', () => {
    const text = cardToText(buildMissedChecksDigestCard(digestView()));
    expect(text).toContain('漏检 2 人');
    expect(text).toContain('· 王五（夜班）');
    expect(text).toMatch(/^· 孙七$/m);
    expect(text).not.toContain('孙七（');
  });

  it('says so when nobody missed', () => {
    const text = cardToText(buildMissedChecksDigestCard(digestView({ missed: [], submittedCount: 6 })));
    expect(text).toContain('无人漏检');
    expect(text).not.toContain('漏检 0 人');
  });
});
