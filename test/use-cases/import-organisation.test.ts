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

  it('a training session given in the file is recorded once with its attendees, and an attendee who holds no post is refused', async () => {
    const withTraining = (people: string) =>
      organisationYaml.replace('    checklist: producer-default\n', `    checklist: producer-default\n    trainings:\n      - { date: 2026-08-20, subject: 产品质量法, hours: 4, trainer: 市质量协会, people: [${people}] }\n`);
    const first = await importYaml(database, withTraining('li, wang'), '2026-09-01T09:00:00+08:00');
    expect(first.changes).toContain('登记 acme-plant 2026-08-20 的培训「产品质量法」（4 学时，2 人）');
    expect((await importYaml(database, withTraining('li, wang'), '2026-09-02T09:00:00+08:00')).changes).toEqual([]);
    const session = await database.rows.trainingSession.findFirstOrThrow({ include: { attendees: true } });
    expect(session).toMatchObject({ date: '2026-08-20', subject: '产品质量法', hours: 4, trainer: '市质量协会', recordedBy: 'organisation-import' });
    expect(session.attendees).toHaveLength(2);
    const refusal = await importYaml(database, withTraining('zhang'), '2026-09-03T09:00:00+08:00').catch((error: unknown) => error);
    expect(refusal instanceof Error && refusal.message).toContain('zhang 不是质量安全总监或质量安全员');
    expect(await database.rows.trainingSession.count()).toBe(1);
  });

  it('a certificate renewed in the file starts its lapse reminders afresh; the same file again changes nothing', async () => {
    const withCertificate = (validUntil: string) =>
      organisationYaml.replace('    checklist: producer-default\n', `    checklist: producer-default\n    certificates:\n      - { kind: ccc, number: "2023010701000123", scope: 电暖器, validUntil: ${validUntil} }\n`);
    await importYaml(database, withCertificate('2026-11-27'), '2026-09-01T09:00:00+08:00');
    expect((await importYaml(database, withCertificate('2026-11-27'), '2026-09-02T09:00:00+08:00')).changes).toEqual([]);
    await database.rows.certificate.updateMany({ data: { lastReminder: 30 } });
    const renewed = await importYaml(database, withCertificate('2031-11-27'), '2026-11-10T09:00:00+08:00');
    expect(renewed.changes).toEqual(['更新 acme-plant 的强制性产品认证证书 2023010701000123（电暖器）：有效期改为至 2031-11-27（原至 2026-11-27）']);
    expect(await database.rows.certificate.findFirstOrThrow()).toMatchObject({ validUntil: '2031-11-27', lastReminder: null, createdAt: new Date('2026-09-01T01:00:00Z') });
  });

  it('an appointment keeps the day and document it started with; a file that later says otherwise is warned, not obeyed', async () => {
    const appointed = (day: string) => organisationYaml.replace('role: director, openId:', `role: director, appointedOn: ${day}, appointmentDocument: 质安任〔2026〕1号, openId:`);
    const first = await importYaml(database, appointed('2026-08-25'), '2026-09-01T09:00:00+08:00');
    expect(first.changes).toContain('任命 李四 为质量安全总监（2026-08-25 起，任命文件：质安任〔2026〕1号）');
    expect(first.changes).toContain('任命 王五 为质量安全员');
    const later = await importYaml(database, appointed('2026-08-20'), '2026-09-05T09:00:00+08:00');
    expect(later.changes).toEqual([]);
    expect(later.warnings).toEqual([expect.stringContaining('人员 li（李四）已担任质量安全总监，任命记录（2026-08-25 起，任命文件：质安任〔2026〕1号）在任命时已存档')]);
    const appointment = await database.rows.appointment.findFirstOrThrow({ where: { role: 'director' } });
    expect(appointment).toMatchObject({ effectiveOn: '2026-08-25', document: '质安任〔2026〕1号', reason: '组织文件任命' });
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
