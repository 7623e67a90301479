import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { buildDailyCheckCard } from '../../../src/lark/cards/daily-check-card.ts';
import { dailyCheckView } from './daily-check-views.ts';

describe('cardToText', () => {
  it('shows the title, the subtitle and, on a submitted card, the submitter', () => {
    const card = buildDailyCheckCard(
      dailyCheckView({ status: 'submitted', outcome: 'zero-risk', submittedBy: '王五', submittedAt: '2026-01-05 17:30' }),
    );
    const lines = cardToText(card).split('\n');
    expect(lines.slice(0, 2)).toEqual(['【《每日工业产品质量安全检查记录》】', '华东电器制造有限公司 · 2026-01-05 · 清单第 3 版']);
    expect(lines).toContain('提交人：王五  提交时间：2026-01-05 17:30');
  });

  it('writes buttons side by side on one line, and form fields with their placeholder', () => {
    const text = cardToText({
      schema: '2.0',
      header: { title: { tag: 'plain_text', content: '示例' } },
      body: {
        elements: [
          { tag: 'div', text: { tag: 'lark_md', content: '**加粗** 与 &#42;星号&#42;' } },
          { tag: 'hr' },
          {
            tag: 'form',
            name: 'f',
            elements: [
              { tag: 'input', name: 'a', placeholder: { tag: 'plain_text', content: '请输入原因' } },
              { tag: 'checker', name: 'c', text: { tag: 'plain_text', content: '严重隐患' } },
              { tag: 'button', name: 'b', text: { tag: 'plain_text', content: '提交' }, form_action_type: 'submit' },
            ],
          },
          {
            tag: 'column_set',
            columns: [
              { tag: 'column', elements: [{ tag: 'button', text: { tag: 'plain_text', content: '同意' } }] },
              { tag: 'column', elements: [{ tag: 'button', text: { tag: 'plain_text', content: '拒绝' } }] },
            ],
          },
        ],
      },
    });
    expect(text).toBe(
      ['【示例】', '', '加粗 与 *星号*', '', '---', '', '[输入：请输入原因]\n[勾选：严重隐患]\n[按钮：提交]', '', '[按钮：同意] [按钮：拒绝]'].join('\n'),
    );
  });

  it('gives an empty text for something that is not a card', () => {
    expect(cardToText(null)).toBe('');
    expect(cardToText('卡片')).toBe('');
    expect(cardToText({ body: { elements: 'none' } })).toBe('');
  });
});
