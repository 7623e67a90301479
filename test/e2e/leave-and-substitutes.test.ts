import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { latestCard, seenBy } from '../support/chat-views.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** 请假 and 代班: an officer's days off are covered by another officer, and the records name both. */
describe('leave and substitutes', () => {
  let harness: Harness;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
  const cards = (openId: string) => seenBy(harness.standIn, openId).cards;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation();
    harness.actAt('2026-11-09 09:00');
  });
  afterEach(async () => harness?.close());

  it('the substitute gets the card marked 代 王五 检查, answers it, and the record names both', async () => {
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-10 2026-11-11 年假');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('已登记您 2026-11-10 至 2026-11-11 请假（年假）');
    expect(lastText(people.director.openId)).toContain('代班 王五 <代班人>');

    await harness.lark.sendText(people.director.openId, '代班 王五 赵六');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('已指定赵六在 2026-11-10 至 2026-11-11 代王五检查');
    expect(lastText(people.officerZhao.openId)).toContain('由您代班');
    expect(lastText(people.officerWang.openId)).toContain('由赵六代班完成');

    await harness.runJob('daily-push', '2026-11-10');
    await harness.settle();
    expect(cards(people.officerWang.openId)).toHaveLength(0);
    expect(cards(people.officerZhao.openId)).toHaveLength(2);
    expect(cards(people.officerZhao.openId).filter((card) => card.includes('代 王五 检查'))).toHaveLength(1);

    await harness.runJob('daily-remind', '2026-11-10');
    await harness.settle();
    expect(harness.standIn.textsTo(people.officerZhao.openId)).toContain(
      '赵六，您 2026-11-10 代 王五 检查的《每日工业产品质量安全检查记录》还没有提交。请在注明「代 王五 检查」的卡片上填写。今日截止后未提交将记为王五漏检。',
    );
    expect(harness.standIn.textsTo(people.officerWang.openId).some((text) => text.includes('还没有提交'))).toBe(false);

    // Text reaches the substitute's own check first, then the one held for the officer on leave.
    harness.actAt('2026-11-10 10:00');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.settle();
    expect(lastText(people.officerZhao.openId)).not.toContain('代 王五');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.settle();
    expect(lastText(people.officerZhao.openId)).toContain('代 王五 检查');
    const personId = async (key: string) => (await harness.rows.person.findFirstOrThrow({ where: { key } })).id;
    const wangCheck = await harness.rows.dailyCheck.findFirstOrThrow({ where: { date: '2026-11-10', officerId: await personId(people.officerWang.id) } });
    expect(wangCheck).toMatchObject({ status: 'submitted', substituteId: await personId(people.officerZhao.id) });
    expect(wangCheck.leaveId).not.toBeNull();
    const submission = await harness.rows.auditEntry.findFirstOrThrow({ where: { recordId: `${wangCheck.id}#1`, action: 'daily-check.submitted' } });
    expect(submission.actor).toBe(await personId(people.officerZhao.id));

    harness.actAt('2026-11-10 20:00');
    await harness.runJob('daily-close', '2026-11-10');
    await harness.settle();
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-leave-'));
    try {
      await exportArchive(
        { archiveRows: harness.database.archiveRows, store: harness.database.store },
        { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: new Date('2026-12-02T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
      );
      const record = await docxText(await readFile(path.join(folder, 'daily/2026-11-10_王五.docx')));
      expect(record).toContain('王五（请假）');
      expect(record).toContain('赵六（代 王五）');
      const records = JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8')) as { dailyRecords: Array<{ id: string; leaveId?: string; substituteName?: string }> };
      expect(records.dailyRecords.find((entry) => entry.id === wangCheck.id)).toMatchObject({ leaveId: wangCheck.leaveId, substituteName: '赵六' });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });

  it('the substitute’s card buttons act on the officer’s check even while their own is still open, and 我的记录 shows the leave', async () => {
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-10 2026-11-11 年假');
    await harness.lark.sendText(people.director.openId, '代班 王五 赵六');
    await harness.runJob('daily-push', '2026-11-10');
    await harness.settle();
    harness.actAt('2026-11-10 10:00');
    const card = latestCard(harness.standIn, people.officerZhao.openId, '代 王五 检查');
    const wangKey = (await harness.rows.person.findFirstOrThrow({ where: { key: people.officerWang.id } })).id;
    const wangCheck = await harness.rows.dailyCheck.findFirstOrThrow({ where: { date: '2026-11-10', officerId: wangKey } });
    await harness.lark.pressButton({ operatorOpenId: people.officerZhao.openId, messageId: card.messageId, value: { action: 'daily.all-normal', checkId: wangCheck.id, revision: 1 } });
    await harness.settle();
    expect((await harness.rows.dailyCheck.findUniqueOrThrow({ where: { id: wangCheck.id } })).status).toBe('submitted');
    expect((await harness.rows.dailyCheck.findMany({ where: { date: '2026-11-10', status: 'open' } }))).toHaveLength(1);
    expect(latestCard(harness.standIn, people.officerZhao.openId, '代 王五 检查').text).toContain('提交人：赵六');

    await harness.lark.sendText(people.officerWang.openId, '我的记录');
    await harness.settle();
    expect(latestCard(harness.standIn, people.officerWang.openId, '我的检查记录').text).toContain('2026-11-10　✅ 已提交（零风险）（请假，代班：赵六）');
  });

  it('a leave with nobody named is flagged the evening before, and the day closes as 漏检 shown with the leave', async () => {
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-10 2026-11-10');
    await harness.settle();
    harness.actAt('2026-11-09 20:00');
    await harness.runJob('daily-close', '2026-11-09');
    await harness.settle();
    expect(harness.standIn.textsTo(people.director.openId)).toContain('李四，明天（2026-11-10）王五 请假，尚未指定代班，请发送：代班 王五 <代班人>');
    await harness.runJob('daily-close', '2026-11-09');
    await harness.settle();
    expect(harness.standIn.textsTo(people.director.openId).filter((text) => text.includes('尚未指定代班'))).toHaveLength(1);

    await harness.runJob('daily-push', '2026-11-10');
    await harness.settle();
    expect(cards(people.officerWang.openId)).toHaveLength(0);
    expect(cards(people.officerZhao.openId).filter((card) => card.includes('王五'))).toHaveLength(0);
    await harness.runJob('daily-remind', '2026-11-10');
    await harness.settle();
    expect(harness.standIn.textsTo(people.officerWang.openId).some((text) => text.includes('还没有提交'))).toBe(false);
    harness.actAt('2026-11-10 20:00');
    await harness.runJob('daily-close', '2026-11-10');
    await harness.settle();
    expect(cards(people.director.openId).some((card) => card.includes('王五 漏检（请假，未指定代班）'))).toBe(true);
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-leave-'));
    try {
      const { gaps } = await exportArchive(
        { archiveRows: harness.database.archiveRows, store: harness.database.store },
        { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: new Date('2026-12-02T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
      );
      expect(gaps).toContain('2026-11-10 王五 漏检（请假，未指定代班）');
      expect(await docxText(await readFile(path.join(folder, 'index.docx')))).toContain('漏检（请假，未指定代班）');
      expect(await docxText(await readFile(path.join(folder, 'daily/2026-11-10_王五.docx')))).toContain('未指定代班');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('a hazard the substitute reports on the officer’s check names the substitute as reporter', async () => {
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-10 2026-11-10 年假');
    await harness.lark.sendText(people.director.openId, '代班 王五 赵六');
    await harness.runJob('daily-push', '2026-11-10');
    await harness.settle();
    harness.actAt('2026-11-10 10:00');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.lark.sendText(people.officerZhao.openId, '异常 3 灭火器过期 措施：已更换');
    await harness.settle();
    const hazard = await harness.rows.hazard.findFirstOrThrow({});
    const wangKey = (await harness.rows.person.findFirstOrThrow({ where: { key: people.officerWang.id } })).id;
    const zhaoKey = (await harness.rows.person.findFirstOrThrow({ where: { key: people.officerZhao.id } })).id;
    const wangCheck = await harness.rows.dailyCheck.findFirstOrThrow({ where: { date: '2026-11-10', officerId: wangKey } });
    expect(hazard).toMatchObject({ dailyCheckId: wangCheck.id, reportedById: zhaoKey });
    expect(latestCard(harness.standIn, people.director.openId, '灭火器过期').text).toMatch(/报告人\W*赵六/);
  });

  it('a substitute named on the morning of the leave, after the push, gets that day’s card at once', async () => {
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-10 2026-11-10 病假');
    await harness.runJob('daily-push', '2026-11-10');
    await harness.settle();
    harness.actAt('2026-11-10 10:00');
    await harness.lark.sendText(people.director.openId, '代班 王五 赵六');
    await harness.settle();
    const card = latestCard(harness.standIn, people.officerZhao.openId, '代 王五 检查');
    const wangKey = (await harness.rows.person.findFirstOrThrow({ where: { key: people.officerWang.id } })).id;
    const wangCheck = await harness.rows.dailyCheck.findFirstOrThrow({ where: { date: '2026-11-10', officerId: wangKey } });
    await harness.lark.pressButton({ operatorOpenId: people.officerZhao.openId, messageId: card.messageId, value: { action: 'daily.all-normal', checkId: wangCheck.id, revision: 1 } });
    await harness.settle();
    expect((await harness.rows.dailyCheck.findUniqueOrThrow({ where: { id: wangCheck.id } })).status).toBe('submitted');
    expect(cards(people.officerWang.openId)).toHaveLength(0);
  });

  it('refuses the director as substitute, an unknown name and leave in the past, recording nothing', async () => {
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-08 2026-11-10');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('请假不能从已经过去的日子开始（今天是 2026-11-09）');
    await harness.lark.sendText(people.officerWang.openId, '请假 2026-11-10 2026-11-11');
    await harness.lark.sendText(people.director.openId, '代班 王五 李四');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('李四是质量安全总监，不能代质量安全员检查');
    await harness.lark.sendText(people.director.openId, '代班 王五 孙七');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('本单位没有名为「孙七」的人员');
    await harness.lark.sendText(people.director.openId, '代班 赵六 王五');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('赵六目前没有正在进行或即将开始的请假');
    await harness.lark.sendText(people.officerZhao.openId, '代班 王五 赵六');
    await harness.settle();
    expect(lastText(people.officerZhao.openId)).toContain('代班人由质量安全总监');
    expect(await harness.rows.leave.count()).toBe(1);
    expect(await harness.rows.leaveSubstitution.count()).toBe(0);
  });
});
