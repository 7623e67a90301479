import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { buttonValue } from '../support/card-buttons.ts';
import { latestCard } from '../support/chat-views.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** Art. 11 investigations, complaints and the regulator find hazards too; each runs the loop a daily check's does. */
describe('hazards from every source', () => {
  let harness: Harness;
  let folder: string;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
  const say = async (openId: string, text: string) => {
    await harness.lark.sendText(openId, text);
    await harness.settle();
  };

  beforeAll(async () => {
    harness = await startHarness();
    folder = await mkdtemp(path.join(tmpdir(), 'qs-sources-'));
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    harness.actAt('2026-11-06 15:00');
    await say(people.director.openId, '隐患 周排查 成品仓库消防通道堆放杂物');
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the director raises a hazard from the weekly investigation, and it goes through rectification to closure', async () => {
    expect(lastText(people.director.openId)).toBe('已登记第 1 号隐患（来源：周排查）。请在隐患卡片上指派整改，或回复「整改 1 <负责人> <期限>」。');
    expect(latestCard(harness.standIn, people.director.openId, '成品仓库消防通道堆放杂物').text).toContain('来源：周排查');
    await say(people.director.openId, '整改 1 王五 2026-11-09');
    expect(latestCard(harness.standIn, people.officerWang.openId, '成品仓库消防通道堆放杂物').text).toContain('来源：周排查');
    harness.actAt('2026-11-07 10:00');
    await say(people.officerWang.openId, '已整改 1 杂物已清走');
    await say(people.director.openId, '验证 1 通过');
    const hazard = await harness.rows.hazard.findFirstOrThrow({ where: { number: 1 } });
    expect(hazard).toMatchObject({ status: 'closed', dailyCheckId: null, itemText: '周排查' });
  });

  it('the principal records a complaint, which reaches the director; an officer is pointed to the daily check instead', async () => {
    await say(people.principal.openId, '隐患 投诉 客户反映电热水壶插头发热');
    expect(lastText(people.principal.openId)).toContain('已登记第 2 号隐患（来源：投诉），已告知李四');
    expect(latestCard(harness.standIn, people.director.openId, '客户反映电热水壶插头发热').text).toContain('来源：投诉');
    await say(people.officerWang.openId, '隐患 投诉 门店货架松动');
    expect(lastText(people.officerWang.openId)).toContain('质量安全员请在每日检查中用「异常 <序号> <描述>」上报');
    expect(await harness.rows.hazard.count()).toBe(2);
  });

  it('the director records the regulator’s inspection: each finding becomes a hazard naming the inspection; one in the future is refused and nothing recorded', async () => {
    await say(people.director.openId, '监管检查 2026-11-20 市市场监督管理局：成品仓库灭火器过期');
    expect(lastText(people.director.openId)).toContain('检查日期 2026-11-20 晚于今天（2026-11-07）');
    expect(await harness.rows.hazard.count()).toBe(2);
    await say(people.director.openId, '监管检查 2026-11-06 市市场监督管理局\n1. 成品仓库灭火器过期\n2. 出厂检验记录缺签字');
    expect(lastText(people.director.openId)).toContain('已登记 2026-11-06 市市场监督管理局的监管检查，发现的 2 个问题分别登记为第 3 号、第 4 号隐患（来源：监管检查）');
    const card = latestCard(harness.standIn, people.director.openId, '出厂检验记录缺签字');
    expect(card.text).toContain('来源：监管检查（2026-11-06 市市场监督管理局）');
    const hazards = await harness.rows.hazard.findMany({ where: { number: { in: [3, 4] } }, orderBy: { number: 'asc' } });
    expect(hazards.map((hazard) => [hazard.description, hazard.itemCode, hazard.status])).toEqual([
      ['成品仓库灭火器过期', 'regulator', 'reported'],
      ['出厂检验记录缺签字', 'regulator', 'reported'],
    ]);
  });

  it('the principal raises one by card: 登记隐患 sends the form, and a serious hazard from it reaches the director', async () => {
    await say(people.principal.openId, '登记隐患');
    const form = latestCard(harness.standIn, people.principal.openId, '登记隐患（日管控以外发现）');
    await harness.lark.pressButton({
      operatorOpenId: people.principal.openId,
      messageId: form.messageId,
      value: buttonValue(form.card, '登记隐患'),
      formValue: { raise_hazard_source: 'other', raise_hazard_description: '外协仓库屋顶漏雨，成品受潮风险', raise_hazard_serious: 'true' },
    });
    await harness.settle();
    expect(await harness.rows.hazard.findFirstOrThrow({ where: { number: 5 } })).toMatchObject({ itemCode: 'other', serious: true, description: '外协仓库屋顶漏雨，成品受潮风险' });
    expect(latestCard(harness.standIn, people.director.openId, '外协仓库屋顶漏雨').text).toContain('来源：其他');
    await harness.lark.pressButton({ operatorOpenId: people.principal.openId, messageId: form.messageId, value: buttonValue(form.card, '登记隐患'), formValue: { raise_hazard_description: '无来源' } });
    await harness.settle();
    expect(await harness.rows.hazard.count()).toBe(5);
  });

  it('the inspection index lists them by source, and the records verify', async () => {
    await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: new Date('2026-12-01T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
    );
    const index = await docxText(await readFile(path.join(folder, 'index.docx')));
    expect(index).toContain('按来源：周排查 1 项，投诉 1 项，监管检查 2 项，其他 1 项。');
    expect(index).toContain('来源：监管检查（2026-11-06 市市场监督管理局），李四 发现');
    expect(index).toContain('来源：周排查，李四 发现');
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });

  it('the month’s minutes count the hazards found by source too', async () => {
    await harness.runJob('monthly-minutes', '2026-11-30');
    await harness.settle();
    const minutes = latestCard(harness.standIn, people.principal.openId, '每月工业产品质量安全调度会议纪要');
    expect(minutes.text).toContain('来源：监管检查（2026-11-06 市市场监督管理局）');
    const content = (await harness.rows.monthlyMinutes.findFirstOrThrow()).content as { hazards: { foundThisPeriod: Array<{ source?: string }> } };
    expect(content.hazards.foundThisPeriod.map((hazard) => hazard.source)).toEqual(['weekly-investigation', 'complaint', 'regulator', 'regulator', 'other']);
  });
});
