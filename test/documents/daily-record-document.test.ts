import { describe, expect, it } from 'vitest';
import { type DailyRecordDocument, renderDailyRecordDocx } from '../../src/documents/daily-record-document.ts';
import { docxText, isZip } from '../support/docx-text.ts';

const HASH = '9d5e'.repeat(16);

const zeroRisk: DailyRecordDocument = {
  unitName: '杭州示例电器销售有限公司',
  date: '2026-11-02',
  shift: '',
  officerName: '张三',
  checklistVersion: 3,
  status: 'submitted',
  outcome: 'zero-risk',
  revision: 1,
  submittedAt: '2026-11-02 09:12',
  items: [
    { number: 1, code: 'S01', text: '进货查验：核对供货商资质和产品合格证明', answerLabel: '正常' },
    { number: 2, code: 'S02', text: '不得销售国家明令淘汰的产品', answerLabel: '不适用' },
  ],
  contentHash: HASH,
};

const withHazard: DailyRecordDocument = {
  ...zeroRisk,
  outcome: 'hazard',
  revision: 2,
  items: [
    zeroRisk.items[0]!,
    { number: 2, code: 'S05', text: '储存条件符合产品要求', answerLabel: '异常', description: '仓库漏雨，部分纸箱受潮', measures: '已转移受潮货物并遮盖' },
  ],
};

describe('the daily record as a .docx', () => {
  it('is a Word file', async () => {
    expect(isZip(await renderDailyRecordDocx(zeroRisk))).toBe(true);
  });

  it('says which items were due that day and which the list’s frequencies left out, so an absent item is explained', async () => {
    const itemsDue = {
      due: [
        { code: 'S01', text: '进货查验', frequency: '每日' },
        { code: 'S02', text: '淘汰产品', frequency: '每周一' },
      ],
      notDue: [{ code: 'S03', text: '计量器具', frequency: '每月15日' }],
    };
    const text = await docxText(await renderDailyRecordDocx({ ...zeroRisk, itemsDue }));
    expect(text).toContain('本次应检项目：2 项（清单共 3 项，含按周、按月检查的项目：S02 淘汰产品（每周一））');
    expect(text).toContain('按管控频次本次不检：S03 计量器具（每月15日）');
    expect(await docxText(await renderDailyRecordDocx(zeroRisk))).not.toContain('本次应检项目');
  });

  it('a zero-risk report still records who checked what against which checklist version', async () => {
    const text = await docxText(await renderDailyRecordDocx(zeroRisk));
    expect(text).toContain('《每日工业产品质量安全检查记录》');
    expect(text).toContain('单位：杭州示例电器销售有限公司');
    expect(text).toContain('检查日期：2026-11-02');
    expect(text).toContain('质量安全员：张三');
    expect(text).toContain('风险管控清单版本：第 3 版');
    expect(text).toContain('未发现问题（零风险报告）。');
    expect(text).toContain('S01 进货查验：核对供货商资质和产品合格证明');
    expect(text).toContain('提交时间：2026-11-02 09:12');
    expect(text).toContain(HASH);
  });

  it('a hazard shows its description and the measures taken, and a corrected record says it is one', async () => {
    const text = await docxText(await renderDailyRecordDocx(withHazard));
    expect(text).toContain('发现质量安全风险隐患 1 项，已采取防范措施并上报。');
    expect(text).toContain('仓库漏雨，部分纸箱受潮');
    expect(text).toContain('已转移受潮货物并遮盖');
    expect(text).toContain('第 2 版（更正后，此前各版均存档备查）');
  });

  it('per-shift control names the shift', async () => {
    const text = await docxText(await renderDailyRecordDocx({ ...zeroRisk, shift: '16:30' }));
    expect(text).toContain('检查日期：2026-11-02（班次 16:30）');
  });

  it('a missed day is recorded as missed', async () => {
    const missed = { ...zeroRisk, status: 'missed' as const, outcome: undefined, submittedAt: undefined, items: [] };
    const text = await docxText(await renderDailyRecordDocx(missed));
    expect(text).toContain('未在截止时间前完成检查，记为漏检。');
    expect(text).toContain('本记录无逐项检查结果。');
    expect(text).toContain('提交时间：未提交');
  });

  it('a day of 停工停产 shows the reason', async () => {
    const suspended = { ...zeroRisk, status: 'suspended' as const, outcome: undefined, items: [], suspensionReason: '设备检修' };
    const text = await docxText(await renderDailyRecordDocx(suspended));
    expect(text).toContain('停工停产（停业）期间，本次无需检查。原因：设备检修。');
  });

  it('an unfinished record says it is not final and carries no hash', async () => {
    const open = { ...zeroRisk, status: 'open' as const, outcome: undefined };
    const text = await docxText(await renderDailyRecordDocx(open));
    expect(text).toContain('（草稿，尚未确认）');
    expect(text).toContain('检查尚未完成，本记录不是最终记录。');
    expect(text).not.toContain(HASH);
  });
});
