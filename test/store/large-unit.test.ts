import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { jobInstant, runJob } from '../../src/jobs/run-job.ts';
import type { UnitProfile } from '../../src/ports/unit-repository.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { type Database, openDatabase } from '../../src/store/open-database.ts';
import { createScratchDatabase } from '../support/postgres-server.ts';
import { largeOrganisationFile } from '../support/large-organisation.ts';
import { openTestDatabase } from '../support/test-database.ts';

// A unit of thousands, as a large producer has. SQLite refuses a statement with more than 999 parameters, and every
// step below reads or writes thousands of rows of one kind, so a query whose parameters grow with the unit fails here;
// so does a transaction that takes longer than its limit on PostgreSQL.
const officers = 5_000;
// Minutes on a busy 2-core machine: each step handles every officer of the unit.
const stepLimitMs = 900_000;
const days = ['2026-11-02', '2026-11-03'];


const engines: Array<{ name: string; open: () => Promise<Database & { remove(): Promise<void> }> }> = [
  { name: 'SQLite', open: openTestDatabase },
  ...(process.env.TEST_POSTGRES_URL
    ? [
        {
          name: 'PostgreSQL',
          async open() {
            const scratch = await createScratchDatabase(process.env.TEST_POSTGRES_URL!, 'qs_large_unit');
            const database = await openDatabase(scratch.url);
            return {
              ...database,
              async remove() {
                await database.close();
                await scratch.drop();
              },
            };
          },
        },
      ]
    : []),
];

describe.each(engines)(`a unit of ${officers} officers on $name: no query grows with the unit`, ({ open }) => {
  let database: Database & { remove(): Promise<void> };
  let unit: UnitProfile;
  const run = (job: Parameters<typeof runJob>[1]['job'], date: string) => runJob({ store: database.store }, { job, unit, date, now: jobInstant(unit, job, date, new Date()) });

  beforeAll(async () => {
    database = await open();
    const parsed = parseOrganisationFile(largeOrganisationFile(officers, { staff: 6000, revenueWan: 90000 }));
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-30T09:00:00+08:00') }, parsed.plan, parsed.describe);
    unit = (await database.store.transaction((transaction) => transaction.units.get('big-plant')))!;
  }, stepLimitMs);
  afterAll(async () => database?.remove());

  it('pushes, reminds and closes every officer’s day', async () => {
    for (const date of days) {
      expect(await run('daily-push', date)).toContain(`推送 ${officers} 份`);
      expect(await run('daily-remind', date)).toBe(`提醒 ${officers} 人，否决建议催办 0 条`);
      expect(await run('daily-close', date)).toBe(`漏检 ${officers} 份，否决建议催办 0 条`);
    }
  }, stepLimitMs);

  it('the outbox, with thousands of card updates pending, still hands out what is due', async () => {
    expect(await database.outbox.pendingCount()).toBeGreaterThan(2 * officers);
    await database.outbox.supersedeOutdatedUpdates();
    const due = await database.outbox.due(new Date(), 100);
    expect(due).toHaveLength(100);
  });

  it('compiles the weekly report and drafts the minutes from all of it', async () => {
    expect(await run('weekly-report', '2026-11-06')).toBe('已生成周报草稿并发送质量安全总监');
    expect(await run('monthly-minutes', '2026-11-30')).toBe('已起草调度会议纪要并发送主要负责人');
  }, stepLimitMs);

  it('verifies the whole chain and exports the unit’s archive', async () => {
    const report = await verifyRecords(database.archiveRows);
    expect(report.problems).toEqual([]);
    expect(report.records).toBeGreaterThan(2 * officers);
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-large-unit-archive-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    await exportArchive(
      { archiveRows: database.archiveRows, store: database.store },
      { unitId: 'big-plant', from: '2026-11-02', to: '2026-11-02', now: new Date('2026-12-01T09:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
    );
    expect(await readdir(path.join(folder, 'daily'))).toHaveLength(officers);
  }, stepLimitMs);
});
