import { describe, expect, it } from 'vitest';
import { renderMonthlyMinutesDocx } from '../../src/documents/monthly-minutes-document.ts';
import { compileMonthlyMinutes } from '../../src/domain/monthly-minutes/compile-monthly-minutes.ts';
import type { MonthlyMinutesDocument } from '../../src/domain/monthly-minutes/monthly-minutes-content.ts';
import { novemberFacts } from '../domain/monthly-minutes/november-2026.ts';
import { docxText, isZip } from '../support/docx-text.ts';

const content = compileMonthlyMinutes(novemberFacts);
const HASH = 'c0ffee12'.repeat(8);

const draft: MonthlyMinutesDocument = { content, arrangements: content.proposedArrangements, status: 'draft', compiledAt: '2026-11-30 18:00' };

const confirmedContent = compileMonthlyMinutes({
  ...novemberFacts,
  directorReport: { text: '本月温控器问题集中在同一供货商，已约谈；出厂检验签字须逐批核对。', confirmedByName: '赵六', confirmedAt: '2026-11-30 10:20' },
});

const confirmed: MonthlyMinutesDocument = {
  content: confirmedContent,
  arrangements: ['召回电热水壶批次 2026-1103 已售产品', '继续落实日管控、周排查、月调度工作机制'],
  status: 'confirmed',
  compiledAt: '2026-11-30 18:00',
  confirmedAt: '2026-11-30 19:05',
  confirmedByName: '钱七',
  contentHash: HASH,
};

describe('the monthly minutes as a .docx the principal signs', () => {
  it('is a Word file', async () => {
    expect(isZip(await renderMonthlyMinutesDocx(draft))).toBe(true);
  });

  it('carries the official title, the unit, the period and the meeting', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(draft));
    expect(text).toContain('《每月工业产品质量安全调度会议纪要》');
    expect(text).toContain('单位：杭州示例电器销售有限公司');
    expect(text).toContain('调度周期：2026-11-01 至 2026-11-30');
    expect(text).toContain('会议时间：2026-11-30');
    expect(text).toContain('主持人（主要负责人）：钱七');
    expect(text).toContain('汇报人（质量安全总监）：赵六');
    expect(text).toContain('参会人员：钱七、赵六、张三、李四');
  });

  it('has the sections in order', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(draft));
    const headings = ['一、质量安全总监汇报', '二、日管控情况', '三、隐患排查治理情况', '四、意见建议及否决处理', '五、主要负责人总结', '六、下月重点工作安排', '主要负责人确认'];
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
  });

  it('a draft shows the report the bot drafted from the weekly reports as awaiting the director, then the weekly reports', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(draft));
    expect(text).toContain('本期形成周排查报告 2 份（已确认 1 份），周排查共发现隐患 2 项。');
    expect(text).toContain('（质安助手根据周排查报告起草，待质量安全总监确认）');
    expect(text).toContain('本月形成周排查报告 2 份（已确认 1 份）');
    expect(text).toContain('温控器质量问题集中在同一供货商。');
    expect(text).toContain('出厂检验记录管理松懈。');
  });

  it('states daily control and hazard handling in numbers', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(draft));
    expect(text).toContain('本月应检查 7 次，已提交 6 次（零风险报告 5 次，发现隐患 1 次），漏检 1 次，停工停产暂停检查 1 次，提交率 85.7%。');
    expect(text).toContain('本月发现隐患 4 项；连同以往未关闭的隐患，已整改 3 项，尚未关闭 4 项。');
    expect(text).toContain('【严重】电热水壶批次 2026-1103 温控器失效');
    expect(text).toContain('仓库漏雨');
    expect(text).toContain('整改中（已逾期）');
  });

  it('counts the month’s hazards by source when some were found elsewhere than on a daily check', async () => {
    expect(await docxText(await renderMonthlyMinutesDocx(draft))).not.toContain('按来源');
    const complaint = { ...novemberFacts.hazards.find((hazard) => hazard.number === 7)!, source: 'complaint' as const, itemCode: 'complaint', itemText: '投诉' };
    const withComplaint = compileMonthlyMinutes({ ...novemberFacts, hazards: novemberFacts.hazards.map((hazard) => (hazard.number === 7 ? complaint : hazard)) });
    const text = await docxText(await renderMonthlyMinutesDocx({ ...draft, content: withComplaint }));
    expect(text).toContain('按来源：日管控 3 项，投诉 1 项。');
    expect(text).toContain('来源：投诉');
  });

  it('shows each veto and suggestion with how it was handled, unanswered ones plainly', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(draft));
    expect(text).toContain('否决建议');
    expect(text).toContain('电热水壶批次 2026-1103 温控器失效，建议停止销售该批次全部产品并通知已购客户');
    expect(text).toContain('尚未答复');
    expect(text).toContain('不采纳：送外部机构检测更经济');
  });

  it('a draft numbers the proposed arrangements and awaits the principal', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(draft));
    expect(text).toContain('1. 督促完成第 1 号隐患（P05 出厂检验）整改，期限 2026-11-05（已逾期）');
    expect(text).toContain('9. 继续落实日管控、周排查、月调度工作机制');
    expect(text).toContain('主要负责人确认：草稿，尚未确认');
    expect(text).not.toContain('SHA-256');
  });

  it('confirmed minutes print the principal’s arrangements, who confirmed them and when, and the hash', async () => {
    const text = await docxText(await renderMonthlyMinutesDocx(confirmed));
    expect(text).toContain('1. 召回电热水壶批次 2026-1103 已售产品');
    expect(text).not.toContain('督促完成第 1 号隐患');
    expect(text).toContain('主要负责人确认：钱七　2026-11-30 19:05');
    expect(text).toContain('本月温控器问题集中在同一供货商，已约谈；出厂检验签字须逐批核对。');
    expect(text).toContain('（质量安全总监赵六于 2026-11-30 10:20 确认）');
    expect(text).not.toContain('质安助手根据周排查报告起草');
    expect(text).toContain('五、主要负责人总结');
    expect(text).toContain('本月日管控基本落实，出厂检验环节隐患反复出现，须专项排查。');
    expect(text).toContain(HASH);
    expect(text).not.toContain('草稿，尚未确认');
  });

  it('a quiet month says in words that there was nothing, instead of printing empty tables', async () => {
    const quiet = compileMonthlyMinutes({ ...novemberFacts, weeklyReports: [], hazards: [], suggestions: [] });
    const text = await docxText(await renderMonthlyMinutesDocx({ ...draft, content: quiet, arrangements: quiet.proposedArrangements }));
    expect(text).toContain('本月未形成周排查报告。');
    expect(text).toContain('本月未发现隐患。');
    expect(text).toContain('无尚未关闭的隐患。');
    expect(text).toContain('本月无质量安全总监、质量安全员提出的意见建议。');
  });
});
