import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardToText } from '../../src/lark/card-to-text.ts';
import { type LarkStandIn, startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { openIdFor } from '../../lark-stand-in/lark-ids.ts';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';

const appId = 'cli_9f8e7d6c5b4a3921';
const appSecret = 'command-line-secret';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/organisations/${name}.yaml`, import.meta.url));

const people = {
  principal: { name: '张三', openId: openIdFor('张三') },
  director: { name: '李四', openId: openIdFor('李四') },
  officerWang: { name: '王五', openId: openIdFor('王五') },
  // In the file by mobile only.
  officerZhao: { name: '赵六', openId: openIdFor('赵六'), mobile: '13800000000' },
};

/** What an organisation import may touch; compared whole before and after a refused file. */
const organisationTables = ['Unit', 'Person', 'Appointment', 'Assessment', 'Checklist', 'ChecklistItem', 'AuditEntry'];

describe('npm run qs: the command line against a database and a Lark stand-in', () => {
  let folder: string;
  let databaseFile: string;
  let standIn: LarkStandIn;

  const larkEnvironment = () => ({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, LARK_DOMAIN: standIn.url });
  const qs = (args: string[], options: { withLark?: boolean } = {}): Promise<ChildResult> =>
    runTypeScript(commandLineEntry, args, {
      cwd: folder,
      env: { DATABASE_URL: `file:${databaseFile}`, ...(options.withLark === false ? {} : larkEnvironment()) },
    });
  const expectSuccess = (result: ChildResult) => {
    expect(result.code, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0);
    return result;
  };

  const readDatabase = <T>(read: (database: Sqlite.Database) => T): T => {
    const database = new Sqlite(databaseFile, { readonly: true, fileMustExist: true });
    try {
      return read(database);
    } finally {
      database.close();
    }
  };
  const dumpOrganisation = () =>
    readDatabase((database) =>
      Object.fromEntries(organisationTables.map((table) => [table, database.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()])),
    );
  const cardsTo = (openId: string) => standIn.cardsTo(openId).map((card) => cardToText(card));

  /** Each group of tests starts from a database of its own, holding the organisation file, and a Lark that has seen nothing. */
  const importedOrganisation = async (name: string): Promise<ChildResult> => {
    databaseFile = path.join(folder, `${name}.db`);
    standIn.reset();
    return expectSuccess(await qs(['org', 'import', fixture('acme-plant')]));
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-command-line-'));
    standIn = await startLarkStandIn({
      appId,
      appSecret,
      users: [people.principal, people.director, people.officerWang, people.officerZhao],
    });
  });
  afterAll(async () => {
    await standIn?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  describe('org import', () => {
    let firstImport: ChildResult;
    beforeAll(async () => {
      firstImport = await importedOrganisation('org-import');
    });

    it('imports a valid file, printing the unit’s grade, whether it needs a director, and every change', () => {
      const result = firstImport;
      expect(result.stdout).toContain('B 级');
      expect(result.stdout).toContain('须配备质量安全总监');
      expect(result.stdout).toContain('新增单位 acme-plant');
      for (const name of ['张三', '李四', '王五', '赵六']) expect(result.stdout).toContain(name);
      expect(result.stdout).toContain('任命 李四 为质量安全总监');
      expect(result.stdout).toContain('任命 赵六 为质量安全员');
      expect(result.stdout).toMatch(/风险管控清单启用第 1 版/);
    });

    it('finds the open_id of a person given by mobile in Lark’s contact directory', () => {
      expect(standIn.requests.some((request) => request.path.includes('/open-apis/contact/v3/users/batch_get_id'))).toBe(true);
      const zhao = readDatabase((database) => database.prepare(`SELECT "openId", "mobile" FROM "Person" WHERE "key" = 'zhao'`).get());
      expect(zhao).toEqual({ openId: people.officerZhao.openId, mobile: people.officerZhao.mobile });
    });

    it('importing the same file again changes nothing and says so', async () => {
      const before = dumpOrganisation();
      const result = expectSuccess(await qs(['org', 'import', fixture('acme-plant')]));
      expect(result.stdout).toContain('没有变更');
      expect(result.stdout).not.toMatch(/^\s*\+ /m);
      expect(dumpOrganisation()).toEqual(before);
    });

    const refusals = [
      { file: 'ccc-unit-without-director', names: ['ccc-workshop', '质量安全总监'] },
      { file: 'unknown-checklist-template', names: ['acme-plant', 'toy-factory-special', 'producer-default'] },
      { file: 'mobile-unknown-to-lark', names: ['acme-plant', 'sun', '孙八', '13900000009'] },
    ];
    it.each(refusals)('refuses $file whole, naming what is wrong, and writes nothing', async ({ file, names }) => {
      const before = dumpOrganisation();
      const result = await qs(['org', 'import', fixture(file)]);
      expect(result.code).not.toBe(0);
      for (const name of names) expect(result.stderr).toContain(name);
      expect(dumpOrganisation()).toEqual(before);
    });

    it('refuses a file with a YAML syntax error, naming the line, and writes nothing', async () => {
      const lines = (await readFile(fixture('yaml-syntax-error'), 'utf8')).split('\n');
      const badLine = lines.findIndex((line) => line.startsWith('\t')) + 1;
      expect(badLine).toBeGreaterThan(0);
      const before = dumpOrganisation();
      const result = await qs(['org', 'import', fixture('yaml-syntax-error')]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`第 ${badLine} 行`);
      expect(result.stderr).toContain('Tab');
      expect(dumpOrganisation()).toEqual(before);
    });

    it('without Lark credentials, a person given only by mobile is refused with the variables to set', async () => {
      const before = dumpOrganisation();
      const result = await qs(['org', 'import', fixture('acme-plant')], { withLark: false });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('zhao');
      expect(result.stderr).toContain('LARK_APP_ID');
      expect(dumpOrganisation()).toEqual(before);
    });
  });

  describe('job run', () => {
    beforeAll(async () => {
      await importedOrganisation('job-run');
    });

    it('daily-push sends today’s checklist card to each officer, the one found by mobile included', async () => {
      const result = expectSuccess(await qs(['job', 'run', 'daily-push', '--date', '2026-11-02']));
      expect(result.stdout).toContain('acme-plant');
      for (const officer of [people.officerWang, people.officerZhao]) {
        const cards = cardsTo(officer.openId);
        expect(cards).toHaveLength(1);
        expect(cards[0]).toContain('某某电器有限公司');
        expect(cards[0]).toContain('2026-11-02');
      }
      expect(standIn.messagesTo(people.director.openId)).toHaveLength(0);
      expect(standIn.messagesTo(people.principal.openId)).toHaveLength(0);
    });

    it('running it again for the same date sends nothing new', async () => {
      expectSuccess(await qs(['job', 'run', 'daily-push', '--date', '2026-11-02']));
      const before = standIn.messages.length;
      expectSuccess(await qs(['job', 'run', 'daily-push', '--date', '2026-11-02', '--unit', 'acme-plant']));
      expect(standIn.messages.length).toBe(before);
    });

    it.each(['2026-02-30', 'tomorrow', '2026/11/03'])('refuses --date %s with a message naming the expected format', async (date) => {
      const before = standIn.messages.length;
      const result = await qs(['job', 'run', 'daily-push', '--date', date]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('--date');
      expect(result.stderr).toContain('YYYY-MM-DD');
      expect(result.stderr).toContain(date);
      expect(standIn.messages.length).toBe(before);
    });

    it('refuses an unknown --unit, naming it and the units there are', async () => {
      const result = await qs(['job', 'run', 'daily-push', '--date', '2026-11-03', '--unit', 'no-such-unit']);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('no-such-unit');
      expect(result.stderr).toContain('acme-plant');
    });

    it('refuses an unknown job, listing the jobs there are', async () => {
      const result = await qs(['job', 'run', 'weekly-party', '--date', '2026-11-03']);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('daily-push');
      expect(result.stderr).toContain('monthly-minutes');
    });
  });

  describe('suspension add', () => {
    let added: ChildResult;
    beforeAll(async () => {
      await importedOrganisation('suspension-add');
      added = expectSuccess(await qs(['suspension', 'add', '--unit', 'acme-plant', '--from', '2026-11-05', '--to', '2026-11-06', '--reason', '设备检修停产']));
    });

    it('a recorded suspension means daily-push inside it sends nothing, and the day is recorded with its reason', async () => {
      expect(added.stdout).toContain('设备检修停产');
      const before = standIn.messages.length;
      expectSuccess(await qs(['job', 'run', 'daily-push', '--date', '2026-11-06']));
      expect(standIn.messages.length).toBe(before);
      const checks = readDatabase((database) =>
        database.prepare(`SELECT "status", "suspensionReason" FROM "DailyCheck" WHERE "date" = '2026-11-06'`).all(),
      );
      expect(checks).toHaveLength(2);
      expect(checks).toEqual(checks.map(() => ({ status: 'suspended', suspensionReason: '设备检修停产' })));
    });

    it('the day after the suspension is pushed as usual', async () => {
      expectSuccess(await qs(['job', 'run', 'daily-push', '--date', '2026-11-07']));
      for (const officer of [people.officerWang, people.officerZhao]) {
        expect(cardsTo(officer.openId).filter((card) => card.includes('2026-11-07'))).toHaveLength(1);
      }
    });
  });
});
