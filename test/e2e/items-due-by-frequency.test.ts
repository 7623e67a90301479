import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { latestCard } from '../support/chat-views.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

/** 2026-11-02 is a Monday: the weekly item is due then; the monthly one on the 3rd, the Tuesday. */
const checklistWithFrequencies = (monthlyDay: number) =>
  [
    '    checklist:',
    '      - { code: F01, text: 原料进货查验, frequency: daily }',
    '      - { code: F02, text: 生产环境卫生 }',
    '      - { code: F03, text: 消防器材点检, frequency: weekly, day: 1 }',
    `      - { code: F04, text: 计量器具校准核查, frequency: monthly, day: ${monthlyDay} }`,
    '',
  ].join('\n');

const organisation = (monthlyDay: number) => organisationYaml.replace('    checklist: producer-default\n', checklistWithFrequencies(monthlyDay));

interface ArchivedRecord {
  date: string;
  officerName: string;
  checklistVersion: number;
  dueItems?: Array<{ code: string; frequency: string }>;
  notDueItems?: Array<{ code: string; frequency: string }>;
  revisions: Array<{ answers: Array<{ number: number; code: string; answer: string }> }>;
}

describe('checklist items due by their frequency (管控频次)', () => {
  let harness: Harness;
  let folder: string;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';

  beforeAll(async () => {
    harness = await startHarness();
    await harness.importOrganisation(organisation(3), new Date('2026-10-30T09:00:00+08:00'));
    folder = await mkdtemp(path.join(tmpdir(), 'qs-frequency-'));
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('a weekly item appears on its weekday’s card only, numbered as the officer types it', async () => {
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    const monday = latestCard(harness.standIn, people.officerWang.openId, '2026-11-02').text;
    expect(monday).toContain('3. 消防器材点检');
    expect(monday).toContain('每周一');
    expect(monday).not.toContain('计量器具校准核查');
    expect(monday).toContain('已检查 0/3 项');
    harness.actAt('2026-11-02 09:00');
    await harness.lark.sendText(people.officerWang.openId, '异常 3 灭火器压力不足 措施：已更换');
    await harness.lark.sendText(people.officerWang.openId, '其余正常');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.settle();
    const hazard = await harness.rows.hazard.findFirstOrThrow({ where: { description: '灭火器压力不足' } });
    expect(hazard.itemCode).toBe('F03');
    await harness.runJob('daily-close', '2026-11-02');

    await harness.runJob('daily-push', '2026-11-03');
    await harness.settle();
    const tuesday = latestCard(harness.standIn, people.officerWang.openId, '2026-11-03').text;
    expect(tuesday).not.toContain('消防器材点检');
    expect(tuesday).toContain('3. 计量器具校准核查');
    expect(tuesday).toContain('每月3日');
  });

  it('on Tuesday an item number not on the card is refused, and 全部正常 submits the items due without the weekly one', async () => {
    harness.actAt('2026-11-03 09:00');
    await harness.lark.sendText(people.officerWang.openId, '异常 4 灭火器过期');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('本次检查单没有第 4 项（本次应检 3 项');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('3 项检查全部正常');
    const wang = await harness.rows.person.findFirstOrThrow({ where: { key: 'wang' } });
    const check = await harness.rows.dailyCheck.findFirstOrThrow({ where: { officerId: wang.id, date: '2026-11-03' } });
    expect(check.status).toBe('submitted');
    expect(check.dueItems).toEqual([1, 2, 4]);
    expect(await harness.rows.dailyAnswer.count({ where: { dailyCheckId: check.id } })).toBe(3);
    expect(latestCard(harness.standIn, people.officerWang.openId, '2026-11-03').text).toContain('零风险');
    await harness.runJob('daily-close', '2026-11-03');
    await harness.settle();
  });

  it('each day’s record names the checklist version and lists only the items due, saying which were not due; verify passes', async () => {
    await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: new Date('2026-11-25T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
    );
    const records = JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8')) as { dailyRecords: ArchivedRecord[]; checklists: Array<{ items: Array<{ code: string; frequency?: string; day?: number }> }> };
    const recordOf = (date: string) => records.dailyRecords.find((record) => record.date === date && record.officerName === '王五')!;
    const codes = (record: ArchivedRecord) => record.revisions.at(-1)!.answers.map((answer) => [answer.number, answer.code]);
    expect(codes(recordOf('2026-11-02'))).toEqual([
      [1, 'F01'],
      [2, 'F02'],
      [3, 'F03'],
    ]);
    expect(codes(recordOf('2026-11-03'))).toEqual([
      [1, 'F01'],
      [2, 'F02'],
      [3, 'F04'],
    ]);
    expect(recordOf('2026-11-03').notDueItems).toEqual([expect.objectContaining({ code: 'F03', frequency: '每周一' })]);
    expect(records.checklists[0]!.items.map((item) => [item.code, item.frequency ?? 'daily', item.day ?? null])).toEqual([
      ['F01', 'daily', null],
      ['F02', 'daily', null],
      ['F03', 'weekly', 1],
      ['F04', 'monthly', 3],
    ]);

    const monday = await docxText(await readFile(path.join(folder, 'daily/2026-11-02_王五.docx')));
    expect(monday).toContain('风险管控清单版本：第 1 版');
    expect(monday).toContain('本次应检项目：3 项（清单共 4 项，含按周、按月检查的项目：F03 消防器材点检（每周一））');
    expect(monday).toContain('按管控频次本次不检：F04 计量器具校准核查（每月3日）');
    expect(monday).toContain('灭火器压力不足');
    const tuesday = await docxText(await readFile(path.join(folder, 'daily/2026-11-03_王五.docx')));
    expect(tuesday).toContain('F04 计量器具校准核查');
    expect(tuesday.split('F03')).toHaveLength(2);
    expect(tuesday).toContain('按管控频次本次不检：F03 消防器材点检（每周一）');

    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });

  it('a changed frequency in the organisation file is a new version of the checklist', async () => {
    await harness.importOrganisation(organisation(3), new Date('2026-11-04T08:00:00+08:00'));
    expect(await harness.rows.checklist.count()).toBe(1);
    await harness.importOrganisation(organisation(15), new Date('2026-11-04T08:00:00+08:00'));
    const versions = await harness.rows.checklist.findMany({ orderBy: { version: 'asc' }, select: { version: true } });
    expect(versions.map((checklist) => checklist.version)).toEqual([1, 2]);
  });

  it('under per-shift control the daily items are checked on the first shift; a shift with nothing due gets no card', async () => {
    const perShift = organisation(15).replace('    checklist:\n', "    cadence: { control: per-shift, shifts: ['08:00', '16:00'] }\n    checklist:\n");
    await harness.importOrganisation(perShift, new Date('2026-11-04T08:00:00+08:00'));
    const output = await harness.runJob('daily-push', '2026-11-05');
    await harness.settle();
    expect(output).toContain('2026-11-05 16:00 班 按管控频次没有应检项目，不推送');
    const wang = await harness.rows.person.findFirstOrThrow({ where: { key: 'wang' } });
    const checks = await harness.rows.dailyCheck.findMany({ where: { officerId: wang.id, date: '2026-11-05' } });
    expect(checks.map((check) => [check.shift, check.dueItems])).toEqual([['08:00', [1, 2]]]);
  });
});
