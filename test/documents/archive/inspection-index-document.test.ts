import { describe, expect, it } from 'vitest';
import { compileInspectionIndex } from '../../../src/domain/archive/inspection-index.ts';
import { renderInspectionIndexDocx } from '../../../src/documents/archive/inspection-index-document.ts';
import type { ArchiveSnapshot } from '../../../src/domain/archive/archive-snapshot.ts';
import { docxText, isZip } from '../../support/docx-text.ts';
import { novemberSnapshot } from '../../domain/archive/snapshot-fixture.ts';

async function indexText(snapshot: ArchiveSnapshot): Promise<string> {
  return docxText(await renderInspectionIndexDocx(compileInspectionIndex(snapshot), snapshot));
}

describe('the inspection index as a .docx', () => {
  it('is a Word file', async () => {
    const snapshot = novemberSnapshot();
    expect(isZip(await renderInspectionIndexDocx(compileInspectionIndex(snapshot), snapshot))).toBe(true);
  });

  it('says whose records, for which period, and under which guidance', async () => {
    const text = await indexText(novemberSnapshot());
    expect(text).toContain('《质量安全主体责任落实情况检查索引》');
    expect(text).toContain('国市监质监发〔2023〕38号）附件2《监管任务清单》第 2.1 至 2.5 项');
    expect(text).toContain('单位：杭州示例电器销售有限公司（零售单位）');
    expect(text).toContain('记录期间：2026-11-01 至 2026-11-30');
    expect(text).toContain('分级：C 级主体');
  });

  it('opens with every gap of the period, named plainly', async () => {
    const text = await indexText(novemberSnapshot());
    expect(text).toContain('本期发现以下 7 处缺失：');
    for (const gap of compileInspectionIndex(novemberSnapshot()).gaps) expect(text).toContain(gap);
  });

  it('answers each of the five points with a conclusion first', async () => {
    const text = await indexText(novemberSnapshot());
    expect(text).toContain('二、日管控（2.1 检查《每日工业产品质量安全检查记录》）');
    expect(text).toContain('本期应检查 72 次，已提交 70 次（零风险报告 66 次，发现隐患 4 次），漏检 1 次，无记录 1 次，停工停产（停业）暂停检查 2 次，提交率 97.2%。');
    expect(text).toContain('三、周排查（2.2 检查《每周工业产品质量安全排查治理报告》）');
    expect(text).toContain('排查频次：每周一次（排查日：周五）。排查治理报告本期应形成 4 份，已确认 3 份，未确认 1 份，缺少 0 份。');
    expect(text).toContain('四、月调度（2.3 检查《每月工业产品质量安全调度会议纪要》）');
    expect(text).toContain('调度会议纪要本期应形成 1 份，已确认 0 份，未确认 0 份，缺少 1 份。');
    expect(text).toContain('本期发现隐患 4 项（其中严重隐患 1 项），已整改 2 项（按期 1 项，逾期整改 1 项），已验证关闭 2 项；尚未整改 2 项，其中已逾期 1 项。');
    expect(text).toContain('本期担任质量安全总监、质量安全员的共 4 人，无培训记录 0 人；考核合格 3 人，最近一次考核未通过 0 人，无考核记录 1 人。');
  });

  it('shows the day of 停业 with its reason and how late each hazard is', async () => {
    const text = await indexText(novemberSnapshot());
    expect(text).toContain('店面装修停业');
    expect(text).toContain('未整改，已逾期 22 天');
    expect(text).toContain('逾期 4 天整改');
  });

  it('points to the archived files', async () => {
    const text = await indexText(novemberSnapshot());
    expect(text).toContain('weekly/2026-11-07_2026-11-13.docx');
    expect(text).toContain('详见 daily/、weekly/、monthly/ 目录及下列文件：');
    for (const file of ['appointments.docx', 'duty-statements.docx', 'checklists.docx', 'training.docx', 'suspensions.docx', 'suggestions.docx']) {
      expect(text).toContain(file);
    }
  });

  it('says so when nothing is missing', async () => {
    const snapshot: ArchiveSnapshot = {
      ...novemberSnapshot(),
      period: { from: '2026-11-16', to: '2026-11-19' },
      generatedAt: '2026-11-19T02:00:00.000Z',
      hazards: [],
      weeklyReports: [],
      assessments: [...novemberSnapshot().assessments, { personId: 'p-wang', personName: '王五', kind: 'assessment', date: '2026-11-12', passed: true, note: '考核 90 分' }],
    };
    const text = await indexText(snapshot);
    expect(text).toContain('未发现缺失。');
    expect(text).not.toContain('本项缺失');
  });
});
