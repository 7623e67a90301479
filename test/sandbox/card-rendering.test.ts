import { describe, expect, it } from 'vitest';
import { buttonsOf } from '../../lark-stand-in/card-reading.ts';
import { buildArchiveSummaryCard } from '../../src/lark/cards/archive-summary-card.ts';
import { buildDailyCheckCard } from '../../src/lark/cards/daily-check-card.ts';
import { buildHazardCard } from '../../src/lark/cards/hazard-card.ts';
import { escapeMarkdown } from '../../src/lark/cards/markdown-text.ts';
import { buildMissedChecksDigestCard } from '../../src/lark/cards/missed-checks-digest-card.ts';
import { buildMonthlyMinutesCard } from '../../src/lark/cards/monthly-minutes-card.ts';
import { buildMyRecordsCard } from '../../src/lark/cards/my-records-card.ts';
import { buildRaiseHazardCard } from '../../src/lark/cards/raise-hazard-card.ts';
import { buildSuggestionCard } from '../../src/lark/cards/suggestion-card.ts';
import { buildUnitWeekCard } from '../../src/lark/cards/unit-week-card.ts';
import { buildWeeklyReportCard } from '../../src/lark/cards/weekly-report-card.ts';
import { buttonPositions } from '../../sandbox/cards/button-positions.ts';
import { cardMarkup } from '../../sandbox/cards/card-markup.tsx';
import { answered, dailyCheckView } from '../lark/cards/daily-check-views.ts';
import { hazardView } from '../lark/cards/hazard-views.ts';
import { minutesView, weeklyView } from '../lark/cards/report-views.ts';

const target = { pressUrl: '/people/ou_officer/press', messageId: 'om_card' };
const counts = { expected: 5, submitted: 4, zeroRisk: 3, withHazards: 1, missed: 1, open: 0, suspended: 0, hazards: 1 };

const assignableHazard = hazardView({
  actions: {
    acknowledge: true,
    assign: { candidates: [{ personId: 'person-li', name: '李四', roles: ['officer'] }, { personId: 'person-zhao', name: '赵六', roles: ['director'] }], defaultDeadline: '2026-01-12' },
    escalate: true,
  },
});

/** Every card builder of the product, with realistic content. */
const PRODUCT_CARDS: Array<[string, unknown]> = [
  ['daily check, open', buildDailyCheckCard(dailyCheckView())],
  ['daily check, hazard form open', buildDailyCheckCard(dailyCheckView(), { hazardFormItem: 1 })],
  ['daily check, submitted', buildDailyCheckCard(dailyCheckView({ status: 'submitted', items: answered(dailyCheckView().items, { 1: { answer: 'normal' } }) }))],
  ['hazard, for the director', buildHazardCard(assignableHazard)],
  ['hazard, rectified', buildHazardCard(hazardView({ status: 'rectified', ownerName: '李四', deadline: '2026-01-12', overdue: false, actions: { verify: true } }))],
  ['weekly report, draft', buildWeeklyReportCard(weeklyView())],
  ['monthly minutes, draft', buildMonthlyMinutesCard(minutesView())],
  ['suggestion', buildSuggestionCard({ suggestionId: 's-1', number: 3, kind: 'veto', unitName: '华东电器制造有限公司', proposerName: '王五', proposerRoleName: '质量安全员', text: '第二批电源适配器温升超标', createdAt: '2026-01-08 10:15', audience: 'principal' })],
  ['raise hazard', buildRaiseHazardCard({ unitName: '华东电器制造有限公司' })],
  ['missed checks digest', buildMissedChecksDigestCard({ unitName: '华东电器制造有限公司', date: '2026-01-05', missed: [{ officerName: '王五', shift: '' }], submittedCount: 2, expectedCount: 3 })],
  ['my records', buildMyRecordsCard({ unitName: '华东电器制造有限公司', officerName: '王五', from: '2026-01-01', to: '2026-01-05', days: [{ date: '2026-01-05', shift: '', state: 'hazard', hazards: 1 }], counts })],
  ['unit week', buildUnitWeekCard({ unitName: '华东电器制造有限公司', from: '2026-01-05', to: '2026-01-09', counts, behind: [{ officerName: '王五', missed: 1, openToday: true }], officerCount: 2, openHazards: [{ number: 12, description: '灭火器过期', overdue: true }] })],
  ['archive summary', buildArchiveSummaryCard({ unitName: '华东电器制造有限公司', from: '2026-01-01', to: '2026-01-31', fileCount: 40, zipNames: ['huadong-2026-01.zip'], gaps: ['2026-01-05 王五 漏检'] })],
];

/** The card's visible text: the markup without tags, entities read back. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

function buttonLabels(html: string): string[] {
  return [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1] ?? '');
}

describe('cards in the sandbox look the way Lark shows them', () => {
  it.each(PRODUCT_CARDS)('%s: shows its title as the card’s name, every element drawn, no Lark tag left raw', (_, card) => {
    const html = cardMarkup({ card, target, updated: false });
    const title = (card as { header: { title: { content: string } } }).header.title.content;
    expect(html).toContain(`aria-label="卡片：${title}"`);
    expect(html).not.toContain('无法显示的卡片元素');
    expect(visibleText(html)).not.toMatch(/<\/?(font|at|text_tag)\b/);
  });

  it.each(PRODUCT_CARDS)('%s: has a real button for each of the card’s buttons, posting its position', (_, card) => {
    const html = cardMarkup({ card, target, updated: false });
    expect(buttonLabels(html)).toEqual(buttonsOf(card).map((button) => button.label));
    expect([...buttonPositions(card).values()]).toEqual(buttonsOf(card).map((_button, index) => index));
  });

  it('shows the daily check’s answer buttons per item and the zero-risk button, each a form carrying the message', () => {
    const html = cardMarkup({ card: buildDailyCheckCard(dailyCheckView()), target, updated: false });
    const labels = buttonLabels(html);
    expect(labels.filter((label) => label === '异常')).toHaveLength(15);
    expect(labels).toContain('全部正常（零风险）');
    expect(html).toContain('<input type="hidden" name="messageId" value="om_card"/>');
    expect(html).toContain('class="card-header template-blue"');
  });

  it('shows the hazard form with labelled fields and the severity choice, submitted by 上报隐患, with 取消 outside it', () => {
    const html = cardMarkup({ card: buildDailyCheckCard(dailyCheckView(), { hazardFormItem: 1 }), target, updated: false });
    const form = html.slice(html.indexOf('<form class="card-form"'), html.indexOf('</form>', html.indexOf('<form class="card-form"')));
    expect(form).toMatch(/<label for="field-om_card-[a-z_]+">隐患描述<\/label><textarea/);
    expect(form).toMatch(/<label for="field-om_card-[a-z_]+">已采取措施<\/label>/);
    expect(form).toContain('<option value="true">严重隐患（同时报告主要负责人）</option>');
    expect(form).toContain('>上报隐患</button>');
    expect(form).not.toContain('>取消</button>');
    expect(html).toContain('>取消</button>');
  });

  it('opens the assignment form on the first candidate with the default deadline filled in', () => {
    const html = cardMarkup({ card: buildHazardCard(assignableHazard), target, updated: false });
    expect(html).toContain('<option value="person-li" selected="">李四（质量安全员）</option>');
    expect(html).toMatch(/<label for="field-om_card-[a-z_]+">整改期限<\/label><textarea[^>]*>2026-01-12<\/textarea>/);
    expect(buttonLabels(html)).toEqual(['确认收到', '指派整改', '升级报告主要负责人']);
  });

  it('marks a card that was changed in place as 已更新', () => {
    expect(cardMarkup({ card: buildRaiseHazardCard({ unitName: '华东' }), target, updated: true })).toContain('已更新');
    expect(cardMarkup({ card: buildRaiseHazardCard({ unitName: '华东' }), target, updated: false })).not.toContain('已更新');
  });

  it('colours text as Lark does, and shows what a person typed exactly, markup characters included', () => {
    const typed = '<script>alert(1)</script> **不是粗体** <font color=red>';
    const card = {
      schema: '2.0',
      header: { title: { tag: 'plain_text', content: '测试' }, template: 'red' },
      body: { elements: [{ tag: 'markdown', content: `**检查结论：<font color='red'>有隐患</font>** <at id=all></at> <text_tag color='green'>已关闭</text_tag>\n${escapeMarkdown(typed)}` }] },
    };
    const html = cardMarkup({ card, target, updated: false });
    expect(html).toContain('<span class="lark-font lark-colour-red">有隐患</span>');
    expect(html).toContain('@所有人');
    expect(html).toContain('<span class="lark-tag lark-colour-green">已关闭</span>');
    expect(visibleText(html)).toContain(typed);
    expect(html).not.toContain('<script>');
  });

  it('draws tables, dividers and disabled buttons, and names an element it does not know instead of dropping it', () => {
    const card = {
      schema: '2.0',
      header: { title: { tag: 'plain_text', content: '表格' }, template: 'grey' },
      body: {
        elements: [
          { tag: 'markdown', content: '| 项目 | 状态 |\n| --- | --- |\n| 灭火器 | 正常 |' },
          { tag: 'hr' },
          { tag: 'table', columns: [{ name: 'item', display_name: '检查项', data_type: 'text' }], rows: [{ item: '消防器材' }] },
          { tag: 'button', text: { tag: 'plain_text', content: '已确认' }, type: 'primary', disabled: true, behaviors: [{ type: 'callback', value: {} }] },
          { tag: 'chart', chart_spec: {} },
        ],
      },
    };
    const html = cardMarkup({ card, target, updated: false });
    expect(html).toContain('<td>灭火器</td>');
    expect(html).toContain('<th>检查项</th>');
    expect(html).toContain('<td>消防器材</td>');
    expect(html).toContain('<hr class="card-divider"/>');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>已确认<\/button>/);
    expect(html).toContain('无法显示的卡片元素：chart');
  });
});
