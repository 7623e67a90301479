import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { MinutesFields } from '../../../src/lark/cards/card-action-values.ts';
import type { Card } from '../../../src/lark/cards/card-json.ts';
import { buildMonthlyMinutesCard } from '../../../src/lark/cards/monthly-minutes-card.ts';
import { renderNotification } from '../../../src/lark/render-notification.ts';
import { buttonsOf, formsOf } from './card-json-rules.ts';
import { formFields } from './card-inspection.ts';
import { itBuildsCardsLarkAccepts } from './cards-lark-accepts.ts';
import { CONFIRMED_MINUTES, largeMinutesContent, minutesContent, minutesView } from './report-views.ts';

const QUIET_MONTH = minutesContent({
  weeklyReports: [],
  hazards: { found: 0, rectified: 0, stillOpen: [], foundThisPeriod: [] },
  suggestions: [],
});

/** Forty arrangements of about forty characters: more than the 1000 characters an input holds. */
const TOO_MANY_ARRANGEMENTS = Array.from({ length: 40 }, (_, index) => `督促完成第 ${index + 1} 号隐患（R03 消防器材是否在有效期内）整改，期限 2026-02-10`);

const CARDS_IN_EVERY_STATE: Array<[string, Card]> = [
  ['draft for the principal', buildMonthlyMinutesCard(minutesView())],
  ['draft for the principal, no arrangements yet', buildMonthlyMinutesCard(minutesView({ arrangements: [] }))],
  ['draft of a quiet month', buildMonthlyMinutesCard(minutesView({ content: QUIET_MONTH }))],
  ['draft for a participant', buildMonthlyMinutesCard(minutesView({ audience: 'participant' }))],
  ['draft whose arrangements overflow the input', buildMonthlyMinutesCard(minutesView({ arrangements: TOO_MANY_ARRANGEMENTS }))],
  ['confirmed, for the principal', buildMonthlyMinutesCard(minutesView({ ...CONFIRMED_MINUTES }))],
  ['confirmed, for a participant', buildMonthlyMinutesCard(minutesView({ ...CONFIRMED_MINUTES, audience: 'participant' }))],
  [
    'draft of a large month (40 open hazards, 30 long suggestions) with arrangements up to the input’s limit',
    buildMonthlyMinutesCard(minutesView({ content: largeMinutesContent(), arrangements: ['安排'.padEnd(1000, '组织专项排查；')] })),
  ],
  [
    'confirmed large month with 40 arrangements',
    buildMonthlyMinutesCard(minutesView({ ...CONFIRMED_MINUTES, content: largeMinutesContent(), arrangements: TOO_MANY_ARRANGEMENTS })),
  ],
];

describe('the monthly minutes card, in every state', () => {
  itBuildsCardsLarkAccepts(CARDS_IN_EVERY_STATE);

  it('is sent as an interactive message', () => {
    const view = minutesView();
    expect(renderNotification({ kind: 'monthly-minutes', view })).toEqual({
      msgType: 'interactive',
      content: JSON.stringify(buildMonthlyMinutesCard(view)),
    });
  });
});

describe('what the monthly minutes card shows', () => {
  it('is titled with the official name, the unit and the month', () => {
    const card = buildMonthlyMinutesCard(minutesView());
    expect(card.header.title.content).toBe('《每月工业产品质量安全调度会议纪要》');
    expect(card.header.subtitle?.content).toBe('华东电器制造有限公司 · 2026 年 1 月');
  });

  it('names the dates of a half-month period of a unit that schedules twice a month', () => {
    const card = buildMonthlyMinutesCard(minutesView({ content: minutesContent({ periodStart: '2026-01-16', periodEnd: '2026-01-31' }) }));
    expect(card.header.subtitle?.content).toBe('华东电器制造有限公司 · 2026-01-16 至 2026-01-31');
  });

  it('gives time, chair, reporter and attendees of the meeting', () => {
    const text = cardToText(buildMonthlyMinutesCard(minutesView()));
    expect(text).toContain('会议时间：2026-01-30');
    expect(text).toContain('主持人：钱七（主要负责人）');
    expect(text).toContain('汇报人：赵六（质量安全总监）');
    expect(text).toContain('参会人员：钱七、赵六、王五、李四');
  });

  it('gives the director’s report as the director confirmed it, then the weekly reports it draws on', () => {
    const text = cardToText(buildMonthlyMinutesCard(minutesView()));
    expect(text).toContain('一、质量安全总监汇报\n本月周排查发现隐患 1 项，集中在消防器材，已安排更换。\n质量安全总监赵六已确认（2026-01-29 17:00）\n周排查报告 2 份（已确认 1 份），共发现隐患 1 项');
    expect(text).toContain('· 2026-01-05 至 2026-01-11（已确认）：发现隐患 1 项\n　分析研判：隐患集中在消防器材。\n　整改措施：更换灭火器。');
    expect(text).toContain('· 2026-01-12 至 2026-01-18（草稿）：发现隐患 0 项');
  });

  it('gives daily control and hazard handling in numbers, listing the hazards still open', () => {
    const text = cardToText(buildMonthlyMinutesCard(minutesView()));
    expect(text).toContain('二、日管控情况\n应检 44 份，已交 42 份（提交率 95.5%），零风险 39，发现隐患 3，漏检 2，停产 8');
    expect(text).toContain('三、隐患排查治理\n本月发现隐患 3 项，已整改 2 项，尚未关闭 1 项');
    expect(text).toContain('第 12 号【严重】 R03 消防器材是否在有效期内？：二号车间灭火器压力表指针在红区');
    expect(text).toContain('整改负责人 赵六，期限 2026-01-16 · ⚠ 已逾期');
  });

  it('lists each suggestion and veto with its answer, or that it is still unanswered', () => {
    const text = cardToText(buildMonthlyMinutesCard(minutesView()));
    expect(text).toContain('四、意见建议及否决\n共 2 项，已答复 1 项，尚未答复 1 项');
    expect(text).toContain('第 1 号否决建议（质量安全员 王五，2026-01-08）：电热水壶批次 2026-0103 温控器失效，建议停止销售该批次\n　→ 尚未答复');
    expect(text).toContain('第 2 号意见建议（质量安全总监 赵六，2026-01-10）：增加仓库巡查频次\n　→ 采纳：同意，每日巡查一次（钱七 2026-01-12）');
  });

  it('marks a report the bot drafted as waiting for the director, and a summary not yet written as the principal’s to write', () => {
    const content = minutesContent({ directorReport: { text: '本期形成周排查报告 2 份（已确认 1 份），周排查共发现隐患 1 项。' }, summary: '' });
    const text = cardToText(buildMonthlyMinutesCard(minutesView({ content, arrangements: TOO_MANY_ARRANGEMENTS })));
    expect(text).toContain('本期形成周排查报告 2 份（已确认 1 份），周排查共发现隐患 1 项。\n质安助手起草，待质量安全总监回复「确认汇报」或「汇报 内容」确认');
    expect(text).toContain('五、主要负责人总结\n（待主要负责人填写：回复「总结 内容」）');
  });

  it('says in words when the month had nothing to report', () => {
    const text = cardToText(buildMonthlyMinutesCard(minutesView({ content: QUIET_MONTH })));
    expect(text).toContain('本月未形成周排查报告');
    expect(text).toContain('无尚未关闭的隐患');
    expect(text).toContain('本月无质量安全总监、质量安全员提出的意见建议');
  });

  it('cuts long lists short and points to the Word document for the rest', () => {
    const text = cardToText(buildMonthlyMinutesCard(minutesView({ content: largeMinutesContent() })));
    expect(text).toContain('本月发现隐患 30 项，已整改 10 项，尚未关闭 40 项');
    expect(text).toMatch(/…另有 \d+ 条，详见 Word 文档/);
  });
});

describe('the draft minutes for the principal', () => {
  it('edits the summary and the arrangements, one per line, in multi-line inputs', () => {
    const card = buildMonthlyMinutesCard(minutesView());
    const forms = formsOf(card);
    expect(forms).toHaveLength(1);
    expect(formFields(forms[0] ?? {})).toEqual([
      expect.objectContaining({ name: MinutesFields.summary, maxLength: 1000, defaultValue: '本月日管控总体落实，消防器材须专项排查。' }),
      expect.objectContaining({
        name: MinutesFields.arrangements,
        maxLength: 1000,
        defaultValue: '督促完成第 12 号隐患整改，期限 2026-01-16\n组织一次消防器材专项排查\n继续落实日管控、周排查、月调度工作机制',
      }),
    ]);
    expect(JSON.stringify(forms[0])).toContain('"input_type":"multiline_text"');
  });

  it('saves the changes or confirms the minutes, and says how to do both in chat', () => {
    const card = buildMonthlyMinutesCard(minutesView());
    expect(buttonsOf(card)).toEqual([
      { label: '保存修改', value: { action: 'minutes.save', minutesId: 'minutes-2026-01', confirm: false }, inForm: true, formActionType: 'submit' },
      { label: '确认纪要', value: { action: 'minutes.save', minutesId: 'minutes-2026-01', confirm: true }, inForm: true, formActionType: 'submit' },
    ]);
    expect(cardToText(card)).toContain('也可回复「总结 内容」写总结、「安排」加每行一条修改安排，回复「确认纪要」确认');
  });

  it('offers no form when the arrangements are longer than an input holds, so saving cannot cut them', () => {
    const card = buildMonthlyMinutesCard(minutesView({ arrangements: TOO_MANY_ARRANGEMENTS }));
    expect(formsOf(card)).toEqual([]);
    expect(buttonsOf(card)).toEqual([]);
    const text = cardToText(card);
    expect(text).toContain('1、督促完成第 1 号隐患');
    expect(text).toContain('请回复「总结 内容」「安排」加每行一条来修改，回复「确认纪要」确认');
  });

  it('shows a participant the draft read-only', () => {
    const card = buildMonthlyMinutesCard(minutesView({ audience: 'participant' }));
    expect(buttonsOf(card)).toEqual([]);
    expect(cardToText(card)).toContain('草稿：待主要负责人确认');
  });
});

describe('the confirmed minutes', () => {
  it.each(['principal', 'participant'] as const)('for the %s: numbered arrangements, who confirmed and when, and no buttons', (audience) => {
    const card = buildMonthlyMinutesCard(minutesView({ ...CONFIRMED_MINUTES, audience }));
    expect(buttonsOf(card)).toEqual([]);
    expect(formsOf(card)).toEqual([]);
    expect(card.header.template).toBe('green');
    const text = cardToText(card);
    expect(text).toContain('五、主要负责人总结\n本月日管控总体落实，消防器材须专项排查。');
    expect(text).toContain(
      '六、下月重点工作安排\n1、督促完成第 12 号隐患整改，期限 2026-01-16\n2、组织一次消防器材专项排查\n3、继续落实日管控、周排查、月调度工作机制',
    );
    expect(text).toContain('主要负责人确认：钱七 2026-01-30 16:05');
    expect(text).toContain('内容摘要：a1b2c3d4e5f60718…');
  });
});
