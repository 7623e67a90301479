import { describe, expect, it } from 'vitest';
import { cardToText } from '../../../src/lark/card-to-text.ts';
import { WeeklyReportFields } from '../../../src/lark/cards/card-action-values.ts';
import type { Card } from '../../../src/lark/cards/card-json.ts';
import { buildWeeklyReportCard } from '../../../src/lark/cards/weekly-report-card.ts';
import { renderNotification } from '../../../src/lark/render-notification.ts';
import { buttonsOf, formsOf } from './card-json-rules.ts';
import { formFields } from './card-inspection.ts';
import { itBuildsCardsLarkAccepts } from './cards-lark-accepts.ts';
import {
  CONFIRMED_WEEKLY,
  FILLED_DIRECTOR_INPUT,
  largeWeeklyContent,
  LONGEST_DIRECTOR_INPUT,
  weeklyContent,
  weeklyView,
} from './report-views.ts';

const EMPTY_WEEK = weeklyContent({
  coverage: {
    officers: [],
    totals: { expected: 0, submitted: 0, zeroRisk: 0, hazard: 0, missed: 0, suspended: 0, submissionRate: 0 },
  },
  hazardsFound: [],
  earlierOpenHazards: [],
  topItems: [],
  missedChecks: [],
});

const CARDS_IN_EVERY_STATE: Array<[string, Card]> = [
  ['draft for the director, nothing filled in yet', buildWeeklyReportCard(weeklyView())],
  ['draft for the director, filled in', buildWeeklyReportCard(weeklyView({ director: FILLED_DIRECTOR_INPUT }))],
  ['draft of an empty week', buildWeeklyReportCard(weeklyView({ content: EMPTY_WEEK }))],
  ['draft for the principal', buildWeeklyReportCard(weeklyView({ audience: 'principal' }))],
  ['confirmed, for the director', buildWeeklyReportCard(weeklyView({ ...CONFIRMED_WEEKLY }))],
  ['confirmed, for the principal', buildWeeklyReportCard(weeklyView({ ...CONFIRMED_WEEKLY, audience: 'principal' }))],
  [
    'draft of a large week (10 officers × 7 days, 60 hazards) with every director text 1000 characters',
    buildWeeklyReportCard(weeklyView({ content: largeWeeklyContent(), director: LONGEST_DIRECTOR_INPUT })),
  ],
  [
    'draft of a large week carrying 10 checks missed after the previous report',
    buildWeeklyReportCard(weeklyView({
      content: { ...largeWeeklyContent(), missedAfterPreviousReport: Array.from({ length: 10 }, (_, index) => ({ date: '2026-01-04', shift: '夜班', officerName: `质量安全员${index}` })) },
      director: LONGEST_DIRECTOR_INPUT,
    })),
  ],
  [
    'confirmed large week with every director text 1000 characters',
    buildWeeklyReportCard(weeklyView({ ...CONFIRMED_WEEKLY, content: largeWeeklyContent(), director: LONGEST_DIRECTOR_INPUT })),
  ],
];

describe('the weekly report card, in every state', () => {
  itBuildsCardsLarkAccepts(CARDS_IN_EVERY_STATE);

  it('is sent as an interactive message', () => {
    const view = weeklyView();
    expect(renderNotification({ kind: 'weekly-report', view })).toEqual({
      msgType: 'interactive',
      content: JSON.stringify(buildWeeklyReportCard(view)),
    });
  });
});

describe('what the weekly report card shows', () => {
  it('is titled with the official report name, unit and period', () => {
    const card = buildWeeklyReportCard(weeklyView());
    expect(card.header.title.content).toBe('《每周工业产品质量安全排查治理报告》');
    expect(card.header.subtitle?.content).toBe('华东电器制造有限公司 · 2026-01-05 至 2026-01-11');
  });

  it('sums up daily control, then one line per officer', () => {
    const text = cardToText(buildWeeklyReportCard(weeklyView()));
    expect(text).toContain('一、日管控情况\n应检 10 份，已交 9 份（提交率 90%），零风险 8，发现隐患 1，漏检 1，停产 4');
    expect(text).toContain('· 王五：应检 5，已交 5，零风险 4，隐患 1，漏检 0，停产 2');
    expect(text).toContain('· 李四：应检 5，已交 4，零风险 4，隐患 0，漏检 1，停产 2');
  });

  it('lists the week’s hazards with number, severity, item, description and status', () => {
    const text = cardToText(buildWeeklyReportCard(weeklyView()));
    expect(text).toContain('二、本周发现的隐患\n共 1 项（其中严重隐患 1 项），已整改 0 项');
    expect(text).toContain('第 12 号【严重】 R03 消防器材是否在有效期内？：二号车间灭火器压力表指针在红区');
    expect(text).toContain('2026-01-06 · 王五 · 整改中 · 整改负责人 赵六，期限 2026-01-16');
  });

  it('marks earlier hazards that are overdue', () => {
    const text = cardToText(buildWeeklyReportCard(weeklyView()));
    expect(text).toContain('三、以往隐患整改\n需跟进 1 项，本周验证关闭 0 项，尚未关闭 1 项，其中已逾期 1 项');
    expect(text).toContain('第 9 号 R07 仓储环境条件是否符合要求？：成品仓库漏雨');
    expect(text).toContain('整改负责人 张三，期限 2026-01-05 · ⚠ 已逾期');
  });

  it('names the items that raised most hazards, and the missed checks', () => {
    const text = cardToText(buildWeeklyReportCard(weeklyView()));
    expect(text).toContain('四、隐患高发检查项\n· R03 消防器材是否在有效期内？：1 次');
    expect(text).toContain('五、漏检情况\n漏检 1 次\n· 2026-01-07 李四');
  });

  it('lists under the missed checks those of the previous week recorded after its report was compiled', () => {
    const carried = weeklyContent({ missedChecks: [], missedAfterPreviousReport: [{ date: '2026-01-04', shift: '', officerName: '李四' }, { date: '2026-01-04', shift: '夜班', officerName: '王五' }] });
    expect(cardToText(buildWeeklyReportCard(weeklyView({ content: carried })))).toContain('五、漏检情况\n本周无漏检\n上期报告编制后记为漏检：2026-01-04 李四；2026-01-04 夜班 王五');
    expect(cardToText(buildWeeklyReportCard(weeklyView()))).not.toContain('上期报告编制后记为漏检');
  });

  it('says in words when the week had nothing to report', () => {
    const text = cardToText(buildWeeklyReportCard(weeklyView({ content: EMPTY_WEEK })));
    expect(text).toContain('提交率 —');
    expect(text).toContain('本周未发现隐患');
    expect(text).toContain('无以往未关闭的隐患');
    expect(text).toContain('本周未发现隐患，无高发检查项');
    expect(text).toContain('本周无漏检');
  });

  it('cuts long lists short and points to the Word document for the rest', () => {
    const card = buildWeeklyReportCard(weeklyView({ content: largeWeeklyContent(), director: LONGEST_DIRECTOR_INPUT }));
    const text = cardToText(card);
    expect(text).toContain('共 30 项（其中严重隐患 5 项）');
    expect(text).toMatch(/…另有 \d+ 条，详见 Word 文档/);
  });
});

describe('the draft weekly report for the director', () => {
  it('is a form with the director’s fields, each opening with what was saved, none required', () => {
    const card = buildWeeklyReportCard(weeklyView({ director: FILLED_DIRECTOR_INPUT }));
    const forms = formsOf(card);
    expect(forms).toHaveLength(1);
    const fields = formFields(forms[0] ?? {});
    expect(fields.map((field) => field.name)).toEqual([
      WeeklyReportFields.investigationDate,
      WeeklyReportFields.scope,
      WeeklyReportFields.people,
      WeeklyReportFields.findings,
      WeeklyReportFields.analysis,
      WeeklyReportFields.measures,
    ]);
    expect(fields.map((field) => field.defaultValue)).toEqual([
      '2026-01-09',
      '一号、二号车间及成品仓库',
      '赵六、王五、李四',
      '二号车间灭火器压力不足；成品仓库标识不清',
      '本周隐患集中在消防器材和仓储标识，日常巡查不到位。',
      '更换全部过期灭火器；仓库标识月底前整改完毕。',
    ]);
    expect(fields.every((field) => field.required === false)).toBe(true);
    expect(fields.every((field) => typeof field.maxLength === 'number' && field.maxLength <= 1000)).toBe(true);
  });

  it('labels the fields so the director knows what goes where', () => {
    const text = cardToText(buildWeeklyReportCard(weeklyView()));
    for (const label of ['排查日期', '排查范围', '参加人员', '排查发现', '分析研判', '整改措施/下一步措施']) {
      expect(text).toContain(`${label}：[输入：`);
    }
    expect(text).toContain('排查日期：[输入：YYYY-MM-DD]');
  });

  it('saves as a draft or confirms and sends to the principal, and says 确认周报 works too', () => {
    const card = buildWeeklyReportCard(weeklyView());
    expect(buttonsOf(card)).toEqual([
      { label: '保存草稿', value: { action: 'weekly.save', reportId: 'report-2026-w02', confirm: false }, inForm: true, formActionType: 'submit' },
      {
        label: '确认并报送主要负责人',
        value: { action: 'weekly.save', reportId: 'report-2026-w02', confirm: true },
        inForm: true,
        formActionType: 'submit',
      },
    ]);
    expect(cardToText(card)).toContain('也可回复「确认周报」确认');
  });

  it('offers no form when a saved text is longer than an input holds, so saving cannot cut it', () => {
    const director = { ...FILLED_DIRECTOR_INPUT, analysis: '分析'.padEnd(1200, '隐患集中在仓储环节；') };
    const card = buildWeeklyReportCard(weeklyView({ director }));
    expect(formsOf(card)).toEqual([]);
    expect(buttonsOf(card)).toEqual([]);
    expect(cardToText(card)).toContain('请在对话中修改，回复「确认周报」确认');
  });

  it('shows the principal a draft read-only, the blanks marked as still to be filled in', () => {
    const card = buildWeeklyReportCard(weeklyView({ audience: 'principal' }));
    expect(buttonsOf(card)).toEqual([]);
    expect(cardToText(card)).toContain('分析研判：（待质量安全总监填写）');
  });
});

describe('the confirmed weekly report', () => {
  it.each(['director', 'principal'] as const)('for the %s: has no buttons and shows the director’s part, who confirmed, when, and the hash', (audience) => {
    const card = buildWeeklyReportCard(weeklyView({ ...CONFIRMED_WEEKLY, audience }));
    expect(buttonsOf(card)).toEqual([]);
    expect(formsOf(card)).toEqual([]);
    const text = cardToText(card);
    expect(text).toContain('六、排查情况及分析研判');
    expect(text).toContain('排查日期：2026-01-09');
    expect(text).toContain('排查范围：一号、二号车间及成品仓库');
    expect(text).toContain('参加人员：赵六、王五、李四');
    expect(text).toContain('排查发现：二号车间灭火器压力不足；成品仓库标识不清');
    expect(text).toContain('分析研判：本周隐患集中在消防器材和仓储标识，日常巡查不到位。');
    expect(text).toContain('整改措施/下一步措施：更换全部过期灭火器；仓库标识月底前整改完毕。');
    expect(text).toContain('审核确认：赵六 2026-01-11 18:20');
    expect(text).toContain('内容摘要：3f2a9c4d5e6f7081…');
    expect(card.header.template).toBe('green');
  });
});
