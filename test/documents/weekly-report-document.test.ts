import { describe, expect, it } from 'vitest';
import { renderWeeklyReportDocx } from '../../src/documents/weekly-report-document.ts';
import { compileWeeklyReport } from '../../src/domain/weekly-reports/compile-weekly-report.ts';
import type { WeeklyReportDocument } from '../../src/domain/weekly-reports/weekly-report-content.ts';
import { UNIT, WEEK, weekHazards, weekRecords } from '../domain/weekly-reports/week-of-2026-11-02.ts';
import { docxText, isZip } from '../support/docx-text.ts';

const HASH = '3f7a1c9e'.repeat(8);

const confirmed: WeeklyReportDocument = {
  content: compileWeeklyReport({ ...UNIT, ...WEEK, records: weekRecords, hazards: weekHazards }),
  director: {
    investigation: { date: '2026-11-06', scope: '仓库、门店货架、进货台账', people: '赵六、张三、李四', findings: '电热水壶批次温控器失效，已下架封存' },
    analysis: '本周隐患集中在出厂检验环节，同一供货商两批次出现问题，质量不稳定。',
    measures: '约谈供货商；下周对该供货商产品加严抽检。',
  },
  directorName: '赵六',
  compiledAt: '2026-11-08 20:00',
  status: 'confirmed',
  confirmedAt: '2026-11-08 21:15',
  contentHash: HASH,
};

const draft: WeeklyReportDocument = {
  ...confirmed,
  director: { investigation: { date: '', scope: '', people: '', findings: '' }, analysis: '', measures: '' },
  status: 'draft',
  confirmedAt: undefined,
  contentHash: undefined,
};

describe('the weekly report as a .docx the director signs', () => {
  it('is a Word file', async () => {
    expect(isZip(await renderWeeklyReportDocx(confirmed))).toBe(true);
  });

  it('carries the official title, the unit and the period', async () => {
    const text = await docxText(await renderWeeklyReportDocx(confirmed));
    expect(text).toContain('《每周工业产品质量安全排查治理报告》');
    expect(text).toContain('单位：杭州示例电器销售有限公司');
    expect(text).toContain('排查周期：2026-11-02 至 2026-11-08');
  });

  it('has the numbered sections in order', async () => {
    const text = await docxText(await renderWeeklyReportDocx(confirmed));
    const headings = ['一、日管控情况', '二、本周发现的隐患', '三、以往隐患整改情况', '四、排查情况', '五、分析研判', '六、整改措施'];
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
  });

  it('states daily control in numbers and rates, per officer and in total', async () => {
    const text = await docxText(await renderWeeklyReportDocx(confirmed));
    expect(text).toContain('本周应检查 12 次，已提交 11 次（零风险报告 8 次，发现隐患 3 次），漏检 1 次，停工停产暂停检查 2 次，提交率 91.7%。');
    expect(text).toContain('85.7%');
    expect(text).toMatch(/漏检情况\s+日期\s+班次\s+质量安全员\s+2026-11-06\s+全天\s+张三/);
  });

  it('lists under the missed checks those of the previous week recorded after its report was compiled', async () => {
    const previousReport = { periodStart: '2026-10-26', periodEnd: '2026-11-01', missedChecks: [] };
    const carried = { ...confirmed, content: compileWeeklyReport({ ...UNIT, ...WEEK, records: weekRecords, hazards: weekHazards, previousReport }) };
    const text = await docxText(await renderWeeklyReportDocx(carried));
    expect(text).toMatch(/漏检情况\s+日期\s+班次\s+质量安全员\s+2026-11-06\s+全天\s+张三\s+上期报告编制后记为漏检：2026-11-01 张三。/);
    expect(await docxText(await renderWeeklyReportDocx(confirmed))).not.toContain('上期报告编制后记为漏检');
  });

  it('lists the week’s hazards with measures taken, and follows up earlier ones, overdue ones marked', async () => {
    const text = await docxText(await renderWeeklyReportDocx(confirmed));
    expect(text).toContain('【严重】电热水壶批次 2026-1103 温控器失效');
    expect(text).toContain('已下架封存 32 台');
    expect(text).toContain('供货商未提供 CCC 证书');
    expect(text).toContain('隐患较集中的检查项目：P05 出厂检验（2 次）；P02 进货查验（1 次）。');
    expect(text).toContain('仓库灭火器过期');
    expect(text).toContain('整改中（已逾期）');
    expect(text).not.toContain('早已关闭的隐患');
    expect(text).not.toContain('下周才发现的隐患');
  });

  it('prints the director’s investigation, analysis and measures', async () => {
    const text = await docxText(await renderWeeklyReportDocx(confirmed));
    expect(text).toContain('排查范围：仓库、门店货架、进货台账');
    expect(text).toContain('发现的问题：电热水壶批次温控器失效，已下架封存');
    expect(text).toContain('本周隐患集中在出厂检验环节，同一供货商两批次出现问题，质量不稳定。');
    expect(text).toContain('约谈供货商；下周对该供货商产品加严抽检。');
  });

  it('once confirmed, names who confirmed it and when, with the content hash', async () => {
    const text = await docxText(await renderWeeklyReportDocx(confirmed));
    expect(text).toContain('编制：质安助手（自动汇总）');
    expect(text).toContain('审核确认：质量安全总监 赵六　2026-11-08 21:15');
    expect(text).toContain(HASH);
    expect(text).not.toContain('草稿');
  });

  it('a confirmed report whose measures were left blank says nothing in the director’s name', async () => {
    const text = await docxText(await renderWeeklyReportDocx({ ...confirmed, director: { ...confirmed.director, measures: '' } }));
    expect(text).toContain('整改措施\n\n—');
    expect(text).not.toContain('无需采取');
  });

  it('a draft says so, leaves the director’s parts to be filled in, and carries no hash', async () => {
    const text = await docxText(await renderWeeklyReportDocx(draft));
    expect(text).toContain('审核确认：草稿，尚未确认');
    expect(text).toContain('分析研判\n\n（待质量安全总监填写）');
    expect(text).not.toContain('SHA-256');
  });

  it('a quiet week says in words that nothing was found, instead of printing empty tables', async () => {
    const quietRecords = weekRecords.filter((record) => record.state === 'zero-risk');
    const quiet = { ...confirmed, content: compileWeeklyReport({ ...UNIT, ...WEEK, records: quietRecords, hazards: [] }) };
    const text = await docxText(await renderWeeklyReportDocx(quiet));
    expect(text).toContain('本周未发现隐患。');
    expect(text).toContain('无以往未关闭的隐患。');
    expect(text).toContain('本周无漏检。');
    expect(text).toContain('提交率 100%');
    expect(text).not.toContain('隐患描述');
  });

  it('a week of 停工停产 is reported as such, not as missed checks', async () => {
    const suspended = weekRecords.filter((record) => record.state === 'suspended');
    const shutDown = { ...confirmed, content: compileWeeklyReport({ ...UNIT, ...WEEK, records: suspended, hazards: [] }) };
    const text = await docxText(await renderWeeklyReportDocx(shutDown));
    expect(text).toContain('本周处于停工停产（停业）期间，暂停检查 2 次，无需检查。');
  });
});
