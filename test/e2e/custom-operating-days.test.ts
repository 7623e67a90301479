import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

const mondayToSaturday = organisationYaml.replace(
  '    checklist: producer-default\n',
  [
    '    checklist: producer-default',
    '    calendar:',
    '      base: weekdays',
    '      weekdays: [1, 2, 3, 4, 5, 6]',
    '      closed:',
    '        - { date: 2026-12-02, reason: 公司年会 }',
    '',
  ].join('\n'),
);

/** 2026-11-28 is a Saturday, 2026-11-29 a Sunday. */
describe('a unit operating Monday to Saturday, with days it declares closed', () => {
  let harness: Harness;
  let folder: string | undefined;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation(mondayToSaturday, new Date('2026-11-27T08:00:00+08:00'));
  });
  afterEach(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('pushes on Saturday, nothing on Sunday nor on the closed date, and says why', async () => {
    expect(await harness.runJob('daily-push', '2026-11-29')).toContain('不营业（休息日）');
    expect(await harness.runJob('daily-push', '2026-12-02')).toContain('不营业（单位决定停止营业：公司年会）');
    await harness.runJob('daily-push', '2026-11-28');
    await harness.settle();
    expect(harness.standIn.cardsTo(people.officerWang.openId)).toHaveLength(1);
    expect(await harness.rows.dailyCheck.count({ where: { date: { in: ['2026-11-29', '2026-12-02'] } } })).toBe(0);
  });

  it('importing the same file again records nothing more', async () => {
    const recorded = await harness.rows.operatingCalendarChange.count();
    expect(recorded).toBe(1);
    await harness.importOrganisation(mondayToSaturday, new Date('2026-11-27T09:00:00+08:00'));
    expect(await harness.rows.operatingCalendarChange.count()).toBe(recorded);
  });

  it('the director closes a future day in chat: confirmed, recorded, and nothing is sent that day', async () => {
    harness.actAt('2026-11-28 10:00');
    await harness.lark.sendText(people.director.openId, '休息 2026-12-03 设备检修');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('已登记');
    expect(lastText(people.director.openId)).toContain('2026-12-03 休息（设备检修）');
    expect(await harness.rows.operatingCalendarChange.count({ where: { date: '2026-12-03', kind: 'closed-day', reason: '设备检修' } })).toBe(1);
    expect(await harness.runJob('daily-push', '2026-12-03')).toContain('单位决定停止营业：设备检修');
    await harness.settle();
    expect(harness.standIn.cardsTo(people.officerWang.openId)).toHaveLength(0);
  });

  it('each change is sealed into the audit chain: verify passes, then names a reason changed behind the bot’s back', async () => {
    harness.actAt('2026-11-28 10:00');
    await harness.lark.sendText(people.director.openId, '营业日 每天');
    await harness.lark.sendText(people.director.openId, '休息 2026-12-03 设备检修');
    await harness.settle();
    expect(await harness.rows.operatingCalendarChange.count()).toBe(4);
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
    await harness.rows.operatingCalendarChange.updateMany({ where: { date: '2026-12-03' }, data: { reason: '放假' } });
    const report = await verifyRecords(harness.database.archiveRows);
    expect(report.problems).toEqual([{ record: expect.stringContaining('营业日记录 2026-12-03 休息'), problem: expect.stringContaining('被改动过') }]);
  });

  it('refuses an officer, a past day and a day whose checks were already pushed', async () => {
    await harness.runJob('daily-push', '2026-11-28');
    harness.actAt('2026-11-28 10:00');
    await harness.lark.sendText(people.officerWang.openId, '休息 2026-12-03 设备检修');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('营业日由主要负责人或质量安全总监登记');
    await harness.lark.sendText(people.director.openId, '休息 2026-11-27 设备检修');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('已经过去');
    await harness.lark.sendText(people.director.openId, '休息 2026-11-28 设备检修');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('已经推送');
    expect(lastText(people.director.openId)).toContain('停产');
    expect(await harness.rows.operatingCalendarChange.count()).toBe(1);
  });

  it('the export’s index lists each closed day with its reason, and records.json holds them', async () => {
    harness.actAt('2026-11-28 10:00');
    await harness.lark.sendText(people.director.openId, '休息 2026-12-03 设备检修');
    await harness.settle();
    folder = await mkdtemp(path.join(tmpdir(), 'qs-operating-days-'));
    const target = folder;
    const { gaps } = await exportArchive(
      { archiveRows: harness.database.archiveRows, store: harness.database.store },
      { unitId: 'acme-plant', from: '2026-11-29', to: '2026-12-03', now: new Date('2026-12-04T09:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, target) },
    );
    const index = await docxText(await readFile(path.join(folder, 'index.docx')));
    expect(index).toContain('不营业的日子');
    expect(index).toContain('2026-11-29\n\n周日\n\n休息日');
    expect(index).toContain('2026-12-02\n\n周三\n\n单位决定停止营业：公司年会');
    expect(index).toContain('2026-12-03\n\n周四\n\n单位决定停止营业：设备检修');
    const records = JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8')) as { closedDays: Array<{ date: string; reason: string }> };
    expect(records.closedDays).toEqual([
      { date: '2026-11-29', reason: '休息日' },
      { date: '2026-12-02', reason: '单位决定停止营业：公司年会' },
      { date: '2026-12-03', reason: '单位决定停止营业：设备检修' },
    ]);
    expect(gaps.filter((gap) => gap.includes('2026-11-29') || gap.includes('2026-12-02') || gap.includes('2026-12-03'))).toEqual([]);
  });
});

/** 2026-11-07 and 2026-11-14 are Saturdays. */
describe('a calendar changed in the middle of a month', () => {
  let harness: Harness;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
  const gapsOf = async (from: string, to: string) =>
    (
      await exportArchive(
        { archiveRows: harness.database.archiveRows, store: harness.database.store },
        { unitId: 'acme-plant', from, to, now: new Date('2026-11-30T09:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toZips(content) },
      )
    ).gaps;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation(organisationYaml, new Date('2026-11-02T08:00:00+08:00'));
  });
  afterEach(async () => harness?.close());

  it('the organisation file changes it from tomorrow: the import lists the change, and the days before keep the old calendar', async () => {
    const workingDays = organisationYaml.replace('    checklist: producer-default\n', '    checklist: producer-default\n    calendar: working-days\n');
    const parsed = parseOrganisationFile(workingDays);
    if (!parsed.ok) throw new Error('the file should parse');
    const dependencies = { store: harness.database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-11-13T10:00:00+08:00') };
    const report = await importOrganisation(dependencies, parsed.plan, parsed.describe);
    expect(report.changes).toContain('acme-plant 的营业日自 2026-11-14 起改为工作日（国家法定工作日历）（原为每天）');
    expect((await importOrganisation(dependencies, parsed.plan, parsed.describe)).changes).toEqual([]);
    expect(await harness.runJob('daily-push', '2026-11-07')).toContain('推送 2 份');
    expect(await harness.runJob('daily-push', '2026-11-14')).toContain('不营业（休息日）');
    const gaps = await gapsOf('2026-11-07', '2026-11-15');
    expect(gaps.some((gap) => gap.includes('2026-11-08'))).toBe(true);
    expect(gaps.some((gap) => gap.includes('2026-11-14') || gap.includes('2026-11-15'))).toBe(false);
  });

  it('the director changes it in chat from tomorrow, and opens a rest day for work', async () => {
    harness.actAt('2026-11-13 10:00');
    await harness.lark.sendText(people.director.openId, '营业日 工作日');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('自 2026-11-14 起的营业日为工作日');
    await harness.lark.sendText(people.principal.openId, '营业 2026-11-15 赶制订单');
    await harness.settle();
    expect(lastText(people.principal.openId)).toContain('2026-11-15 营业（赶制订单）');
    await harness.lark.sendText(people.director.openId, '营业日 工作日');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('营业日已经是工作日');
    expect(await harness.runJob('daily-push', '2026-11-13')).toContain('推送 2 份');
    expect(await harness.runJob('daily-push', '2026-11-14')).toContain('不营业（休息日）');
    expect(await harness.runJob('daily-push', '2026-11-15')).toContain('推送 2 份');
  });
});
