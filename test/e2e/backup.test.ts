import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

describe('qs backup: a copy of the live database that verifies on its own', () => {
  let folder: string;
  let databaseFile: string;
  let harness: Harness;

  const qs = (args: string[], databasePath = databaseFile): Promise<ChildResult> =>
    runTypeScript(commandLineEntry, args, { cwd: folder, env: { DATABASE_URL: `file:${databasePath}` } });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-backup-'));
    databaseFile = path.join(folder, 'qs.db');
    harness = await startHarness({ databaseUrl: `file:${databaseFile}` });
    await harness.importOrganisation(undefined, new Date('2026-10-31T08:00:00+08:00'));
    for (const day of ['2026-11-02', '2026-11-03']) {
      await harness.runJob('daily-push', day);
      await harness.settle();
      harness.actAt(`${day} 09:00`);
      await harness.lark.sendText(people.officerWang.openId, '全部正常');
      if (day === '2026-11-03') await harness.lark.sendText(people.officerZhao.openId, '异常 7 标签缺少 CCC 标志 措施：已下架');
      await harness.lark.sendText(people.officerZhao.openId, day === '2026-11-03' ? '其余正常' : '全部正常');
      await harness.settle();
    }
    await harness.runJob('daily-push', '2026-11-04');
    await harness.settle();
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('copies the database while the service takes answers, and `verify` passes on the copy', async () => {
    const copy = path.join(folder, 'backup-1.db');
    harness.actAt('2026-11-04 09:00');
    const [backup] = await Promise.all([
      qs(['backup', '--out', copy]),
      harness.lark.sendText(people.officerWang.openId, '全部正常'),
      harness.lark.sendText(people.officerZhao.openId, '全部正常'),
    ]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`已备份数据库到 ${copy}`);
    const verified = await qs(['verify'], copy);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('核对通过');
  });

  it('never overwrites an existing file, and says so', async () => {
    const copy = path.join(folder, 'backup-2.db');
    expect((await qs(['backup', '--out', copy])).code).toBe(0);
    const again = await qs(['backup', '--out', copy]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect(existsSync(`${copy}.partial`)).toBe(false);
  });

  it('without --out it says how to name the file', async () => {
    const missing = await qs(['backup']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
  });
});
