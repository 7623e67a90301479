import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { organisationYaml } from '../support/service-harness.ts';
import { openTestDatabase } from '../support/test-database.ts';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

async function importYaml(database: TestDatabase, yaml: string, at: string) {
  const parsed = parseOrganisationFile(yaml);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date(at) }, parsed.plan, parsed.describe);
}

describe('importing the organisation file over time', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => database.remove());

  it('gives a new unit the default 《质量安全总监职责》 and 《质量安全员守则》 written from Art. 7 and 8', async () => {
    const report = await importYaml(database, organisationYaml, '2026-09-01T09:00:00+08:00');
    expect(report.changes.filter((change) => change.includes('默认文本'))).toHaveLength(2);
    const statements = await database.rows.dutyStatement.findMany({ orderBy: { kind: 'asc' } });
    expect(statements.map((statement) => [statement.kind, statement.version])).toEqual([['director-duties', 1], ['officer-code', 1]]);
    expect(statements[0]!.text).toContain('质量安全总监');
  });

  it('importing the same file again changes nothing', async () => {
    await importYaml(database, organisationYaml, '2026-09-01T09:00:00+08:00');
    const again = await importYaml(database, organisationYaml, '2026-09-02T09:00:00+08:00');
    expect(again.changes).toEqual([]);
  });

  it('a unit’s own duty text becomes a new version and the earlier one is kept', async () => {
    await importYaml(database, organisationYaml, '2026-09-01T09:00:00+08:00');
    const own = organisationYaml.replace('    checklist: producer-default\n', '    checklist: producer-default\n    dutyStatements:\n      directorDuties: 本公司质量安全总监每周一组织排查。\n');
    const report = await importYaml(database, own, '2026-09-05T09:00:00+08:00');
    expect(report.changes).toEqual(['acme-plant 的《质量安全总监职责》启用第 2 版']);
    const versions = await database.rows.dutyStatement.findMany({ where: { kind: 'director-duties' }, orderBy: { version: 'asc' } });
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    expect(versions[1]!.text).toBe('本公司质量安全总监每周一组织排查。');
  });

  it('a person removed from the file loses the post but keeps the appointment history', async () => {
    await importYaml(database, organisationYaml, '2026-09-01T09:00:00+08:00');
    const withoutZhao = organisationYaml.split('\n').filter((line) => !line.includes('id: zhao')).join('\n');
    const report = await importYaml(database, withoutZhao, '2026-10-01T09:00:00+08:00');
    expect(report.changes).toEqual(['免去 赵六 的质量安全员职务（已从组织文件移除）']);
    const zhao = await database.rows.person.findFirstOrThrow({ where: { key: 'zhao' }, include: { appointments: true } });
    expect(zhao.appointments).toEqual([expect.objectContaining({ role: 'officer', endReason: '组织文件中已移除', endedAt: new Date('2026-10-01T01:00:00Z') })]);
  });
});
