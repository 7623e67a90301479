import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ROLE_NAMES } from '../../src/domain/people/role.ts';
import { type DemoOrganisation, loadDemoOrganisation } from '../../demo/demo-organisation.ts';
import type { DemoSummary } from '../../demo/demo-summary.ts';
import { runDemo } from '../../demo/run-demo.ts';
import { openStoredRows, type StoredRows } from '../support/stored-rows.ts';

// 2026-10-01 is a Thursday: the first week holds Friday 2026-10-02, the units' investigation day.
const month = '2026-10';

/** chat.md cut into one piece per person, keyed by the heading 「name（role）」. */
function sectionsOf(chat: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const piece of chat.split(/^### /m).slice(1)) {
    const heading = piece.slice(0, piece.indexOf('\n'));
    sections.set(heading, piece.split(/^## /m)[0] ?? '');
  }
  return sections;
}

async function docxFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.docx'));
}

describe('npm run demo: the first week of the month, two units, played through the real service', () => {
  let folder: string;
  let summary: DemoSummary;
  let chat: string;
  let organisation: DemoOrganisation;

  const withRows = async <T>(read: (rows: StoredRows) => Promise<T>): Promise<T> => {
    const rows = openStoredRows(`file:${path.join(folder, 'qs.db')}`);
    try {
      return await read(rows);
    } finally {
      await rows.$disconnect();
    }
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-demo-'));
    organisation = await loadDemoOrganisation();
    summary = await runDemo({ days: 7, outputDir: folder, progress: false, month });
    chat = await readFile(path.join(folder, 'chat.md'), 'utf8');
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('writes a chat section for every person, with the cards they received written out as text', () => {
    const sections = sectionsOf(chat);
    for (const unit of organisation.units) {
      for (const person of unit.people) {
        const heading = `${person.name}（${person.roles.map((role) => ROLE_NAMES[role]).join('、')}）`;
        const section = sections.get(heading);
        expect(section, heading).toBeDefined();
        if (person.roles.includes('officer')) {
          expect(section).toContain('【《每日工业产品质量安全检查记录》】');
          expect(section).toContain(`提交人：${person.name}`);
          expect(section).not.toContain('"schema"');
        }
      }
    }
  });

  it('shows what each person did: the zero-risk button, typed words and filled-in forms', () => {
    const sections = sectionsOf(chat);
    const officer = sections.get('冯雪（质量安全员）') ?? '';
    expect(officer).toMatch(/冯雪\*\* 点击「全部正常（零风险）」/);
    expect(officer).toMatch(/冯雪\*\*：全部正常/);
    expect(officer).toContain('点击「上报隐患」');
    expect(officer).toContain('隐患描述：货架上3台电暖器外包装破损受潮');
  });

  it('takes a hazard through the whole loop, with one failed verification, until it is closed', async () => {
    const hazard = await withRows((rows) =>
      rows.hazard.findFirstOrThrow({
        where: { unitId: 'huadong-electric', number: 1 },
        include: { events: { orderBy: { at: 'asc' } } },
      }),
    );
    expect(hazard.status).toBe('closed');
    expect(hazard.events.map((event) => event.action).filter((action) => action !== 'card-sent')).toEqual([
      'reported',
      'evidence',
      'acknowledged',
      'assigned',
      'rectified',
      'verified',
      'rectified',
      'verified',
    ]);
    expect(chat).toMatch(/^- 2026-10-02 华东某电器有限公司 第 1 号隐患：注塑车间2号注塑机.*→ 已验证关闭$/m);
    const director = sectionsOf(chat).get('刘志强（质量安全总监）') ?? '';
    expect(director).toContain('验证不通过，退回整改');
    expect(director).toContain('已验证关闭');
  });

  it('keeps the photo sent after the first hazard as its evidence, under its SHA-256, in the export too', async () => {
    const photo = await readFile(new URL('../../demo/evidence/injection-moulding-thermometer.png', import.meta.url));
    const sha256 = createHash('sha256').update(photo).digest('hex');
    const evidence = await withRows((rows) => rows.evidence.findMany());
    expect(evidence.map((row) => [row.sha256, row.step])).toEqual([[sha256, 'report']]);
    expect(await readFile(path.join(folder, 'archive', 'huadong-electric', 'evidence', `${sha256}.png`))).toEqual(photo);
    expect(sectionsOf(chat).get('王芳（质量安全员）')).toContain('发送了一张照片');
  });

  it('sends an officer on leave no card: the substitute named by the director checks in her place, and the record names both', async () => {
    const onLeave = await withRows(async (rows) => {
      const sunli = await rows.person.findFirstOrThrow({ where: { unitId: 'huadong-electric', key: 'sunli' } });
      const wangfang = await rows.person.findFirstOrThrow({ where: { unitId: 'huadong-electric', key: 'wangfang' } });
      const checks = await rows.dailyCheck.findMany({ where: { officerId: sunli.id, date: { in: ['2026-10-03', '2026-10-04'] } }, orderBy: { date: 'asc' } });
      return checks.map((check) => [check.date, check.status, check.leaveId !== null, check.substituteId === wangfang.id]);
    });
    expect(onLeave).toEqual([
      ['2026-10-03', 'submitted', true, true],
      ['2026-10-04', 'submitted', true, true],
    ]);
    const sunliChat = sectionsOf(chat).get('孙丽（质量安全员）') ?? '';
    expect(sunliChat).not.toContain('#### 孙丽 · 2026-10-03');
    expect(sectionsOf(chat).get('王芳（质量安全员）')).toContain('代 孙丽 检查（代班：王芳）');
  });

  it('records the officer who did not answer as missed and tells the director', async () => {
    const missed = await withRows(async (rows) => {
      const checks = await rows.dailyCheck.findMany({ where: { status: 'missed' } });
      const officers = await rows.person.findMany({ where: { id: { in: checks.map((check) => check.officerId) } } });
      return checks.map((check) => [check.date, officers.find((officer) => officer.id === check.officerId)?.name]);
    });
    expect(missed).toEqual([['2026-10-06', '何佳']]);
    expect(sectionsOf(chat).get('吴静（质量安全总监）')).toContain('何佳');
  });

  it('confirms the weekly report of the Friday in the week, and the principal receives it with its Word document', async () => {
    const reports = await withRows((rows) => rows.weeklyReport.findMany());
    expect(reports.map((report) => report.status)).toEqual(['confirmed', 'confirmed']);
    for (const principal of ['陈建国（主要负责人）', '周明（主要负责人）']) {
      const section = sectionsOf(chat).get(principal) ?? '';
      expect(section).toContain('【《每周工业产品质量安全排查治理报告》】');
      expect(section).toMatch(/发来文件：📎 每周工业产品质量安全排查治理报告_.*\.docx/);
    }
  });

  it('reports the same numbers the database holds', async () => {
    const counts = await withRows(async (rows) => ({
      pushes: await rows.dailyCheck.count({ where: { status: { not: 'suspended' } } }),
      zeroRisk: await rows.dailyCheck.count({ where: { outcome: 'zero-risk' } }),
      hazardReports: await rows.dailyCheck.count({ where: { outcome: 'hazard' } }),
      missed: await rows.dailyCheck.count({ where: { status: 'missed' } }),
      hazards: await rows.hazard.count(),
      closed: await rows.hazard.count({ where: { status: 'closed' } }),
      weekly: await rows.weeklyReport.count({ where: { status: 'confirmed' } }),
      minutes: await rows.monthlyMinutes.count({ where: { status: 'confirmed' } }),
      vetoes: await rows.suggestion.count({ where: { kind: 'veto' } }),
    }));
    expect(summary).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-07',
      pushes: counts.pushes,
      submissions: { zeroRisk: counts.zeroRisk, hazard: counts.hazardReports },
      missed: counts.missed,
      hazards: { reported: counts.hazards, closed: counts.closed },
      weeklyReportsConfirmed: counts.weekly,
      minutesConfirmed: counts.minutes,
      vetoes: counts.vetoes,
    });
    // Two units with three officers each, seven days: 42 checks, one of them missed, two hazards both closed.
    expect([counts.pushes, counts.missed, counts.hazards, counts.closed]).toEqual([42, 1, 2, 2]);
  });

  it('exports each unit’s archive with an index and a Word document per daily record', async () => {
    for (const unit of organisation.units) {
      const unitFolder = path.join(folder, 'archive', unit.id);
      const documents = await docxFilesUnder(unitFolder);
      expect(documents).toContain('index.docx');
      expect(documents.filter((document) => document.startsWith(`daily${path.sep}`))).toHaveLength(21);
      expect(summary.paths.archiveIndexes).toContain(path.join(unitFolder, 'index.docx'));
    }
    expect(await readFile(path.join(folder, 'organisation.yaml'), 'utf8')).toContain('华东某电器有限公司');
    expect((await readFile(path.join(folder, 'service.log'), 'utf8')).length).toBeGreaterThan(0);
  });

  it('starts clean when run again in the same folder', async () => {
    // A copy of the week's folder, so that the other tests still find the week in theirs.
    const rerun = await mkdtemp(path.join(tmpdir(), 'qs-demo-again-'));
    onTestFinished(() => rm(rerun, { recursive: true, force: true }));
    await cp(folder, rerun, { recursive: true });
    const again = await runDemo({ days: 1, outputDir: rerun, progress: false, month });
    expect(again).toMatchObject({ from: '2026-10-01', to: '2026-10-01', pushes: 6, weeklyReportsConfirmed: 0 });
    expect(await readFile(path.join(rerun, 'chat.md'), 'utf8')).not.toContain('2026-10-02');
    expect(await docxFilesUnder(path.join(rerun, 'archive', 'huadong-electric', 'weekly')).catch(() => [])).toEqual([]);
  });

  it('refuses to empty a folder that the demo did not create', async () => {
    const someoneElses = await mkdtemp(path.join(tmpdir(), 'qs-not-demo-'));
    try {
      await writeFile(path.join(someoneElses, 'notes.txt'), '重要');
      await expect(runDemo({ days: 1, outputDir: someoneElses, progress: false, month })).rejects.toThrow(/不是演示留下的/);
      expect(await readFile(path.join(someoneElses, 'notes.txt'), 'utf8')).toBe('重要');
    } finally {
      await rm(someoneElses, { recursive: true, force: true });
    }
  });
});
