import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardToText } from '../../src/lark/card-to-text.ts';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { exportArchive } from '../../src/use-cases/archive/export-archive.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

const certificates = {
  // 20 days ahead on 2026-11-07, when the follow-ups first see it.
  heaters: { number: '2023010701000123', line: '      - { kind: ccc, number: "2023010701000123", scope: 电暖器, validUntil: 2026-11-27 }' },
  // Its last valid day is the day before those follow-ups.
  cables: { number: 'XK06-014-00789', line: '      - { kind: production-licence, number: "XK06-014-00789", scope: 电线电缆, validUntil: 2026-11-06 }' },
  kettles: { number: '2024010701000456', line: '      - { kind: ccc, number: "2024010701000456", scope: 电热水壶, validUntil: 2028-06-30 }' },
};

function withCertificates(lines: readonly string[]): string {
  return organisationYaml
    .replace('    checklist: producer-default\n', `    checklist: producer-default\n    certificates:\n${lines.map((line) => `${line}\n`).join('')}`)
    .replace(`role: director, openId: ${people.director.openId},`, `role: director, openId: ${people.director.openId}, appointedOn: 2026-01-05, appointmentDocument: "质安任〔2026〕1号",`);
}

const organisation = withCertificates([certificates.heaters.line, certificates.cables.line, certificates.kettles.line]);

describe('org import: certificates, appointedOn and appointmentDocument from the command line', () => {
  let folder: string;
  const databaseFile = () => path.join(folder, 'qs.db');
  const qs = async (yaml: string): Promise<ChildResult> => {
    const file = path.join(folder, 'organisation.yaml');
    await writeFile(file, yaml);
    return runTypeScript(commandLineEntry, ['org', 'import', file], { cwd: folder, env: { DATABASE_URL: `file:${databaseFile()}` } });
  };
  const certificateRows = () => {
    const database = new Sqlite(databaseFile(), { readonly: true, fileMustExist: true });
    try {
      return database.prepare('SELECT "kind", "number", "scope", "validUntil" FROM "Certificate" ORDER BY "number"').all();
    } finally {
      database.close();
    }
  };
  let first: ChildResult;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-certificates-cli-'));
    first = await qs(organisation);
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('imports the file, saying which certificates it registered and when and by which document the director was appointed', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('登记 acme-plant 的强制性产品认证证书 2023010701000123（电暖器），有效期至 2026-11-27');
    expect(first.stdout).toContain('登记 acme-plant 的工业产品生产许可证 XK06-014-00789（电线电缆），有效期至 2026-11-06');
    expect(first.stdout).toContain('任命 李四 为质量安全总监（2026-01-05 起，任命文件：质安任〔2026〕1号）');
  });

  it('a renewed date is an update, and a certificate dropped from the file is kept', async () => {
    const renewed = withCertificates([certificates.heaters.line.replace('2026-11-27', '2031-11-27'), certificates.kettles.line]);
    const result = await qs(renewed);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('更新 acme-plant 的强制性产品认证证书 2023010701000123（电暖器）：有效期改为至 2031-11-27（原至 2026-11-27）');
    expect(certificateRows()).toEqual([
      { kind: 'ccc', number: '2023010701000123', scope: '电暖器', validUntil: '2031-11-27' },
      { kind: 'ccc', number: '2024010701000456', scope: '电热水壶', validUntil: '2028-06-30' },
      { kind: 'production-licence', number: 'XK06-014-00789', scope: '电线电缆', validUntil: '2026-11-06' },
    ]);
  });

  it.each([
    { problem: 'a day that does not exist', line: certificates.heaters.line.replace('2026-11-27', '2026-02-30'), field: 'units[0].certificates[0].validUntil', says: 'YYYY-MM-DD' },
    { problem: 'an unknown kind', line: certificates.heaters.line.replace('kind: ccc', 'kind: iso9001'), field: 'units[0].certificates[0].kind', says: 'production-licence' },
    { problem: 'a number YAML reads as a number', line: certificates.heaters.line.replace('"2023010701000123"', '2023010701000123'), field: 'units[0].certificates[0].number', says: '加引号' },
    { problem: 'no product scope', line: certificates.heaters.line.replace(' scope: 电暖器,', ''), field: 'units[0].certificates[0].scope', says: '缺少此项' },
  ])('refuses a certificate with $problem, naming its line and field, and writes nothing', async ({ line, field, says }) => {
    const before = certificateRows();
    const result = await qs(withCertificates([line]));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`第 10 行 ${field}`);
    expect(result.stderr).toContain(says);
    expect(certificateRows()).toEqual(before);
  });

  it('refuses an appointment date that is not a date, naming the person’s field', async () => {
    const result = await qs(organisation.replace('appointedOn: 2026-01-05', 'appointedOn: 去年一月'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/第 \d+ 行 units\[0\]\.people\[1\]\.appointedOn：须为日期 YYYY-MM-DD/);
  });
});

describe('证书 (Order 75 Art. 4): reminded before it lapses, the veto offered once it has, and archived', () => {
  let harness: Harness;
  let folder: string;
  let gaps: string[];
  const texts = (openId: string) => harness.standIn.textsTo(openId);
  const about = (openId: string, number: string) => texts(openId).filter((text) => text.includes(number));
  const followUps = async (date: string) => {
    await harness.runJob('follow-ups', date);
    await harness.settle();
  };

  beforeAll(async () => {
    harness = await startHarness();
    await harness.importOrganisation(organisation, new Date('2026-10-30T08:00:00+08:00'));
    await followUps('2026-11-07');
    await followUps('2026-11-07');
    await followUps('2026-11-08');
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('a certificate 20 days from lapsing is told once to the director and the principal, and not again the next day', () => {
    for (const person of [people.director, people.principal]) {
      const told = about(person.openId, certificates.heaters.number);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(`${person.name}，某某电器有限公司的强制性产品认证证书 2023010701000123（电暖器）有效期至 2026-11-27，还有 20 天到期`);
    }
    for (const officer of [people.officerWang, people.officerZhao]) expect(about(officer.openId, certificates.heaters.number)).toEqual([]);
  });

  it('a certificate that lapsed yesterday brings the veto prompt naming Art. 4, with the words that record the veto for the director', () => {
    const director = about(people.director.openId, certificates.cables.number);
    const principal = about(people.principal.openId, certificates.cables.number);
    expect(director).toHaveLength(1);
    expect(principal).toHaveLength(1);
    for (const text of [...director, ...principal]) {
      expect(text).toContain('工业产品生产许可证 XK06-014-00789（电线电缆）有效期至 2026-11-06，已于 2026-11-07 失效');
      expect(text).toContain('《工业产品生产单位落实质量安全主体责任监督管理规定》第四条');
      expect(text).toContain('应当提出停止相应产品生产、销售等否决建议');
    }
    expect(director[0]).toContain('否决 工业产品生产许可证 XK06-014-00789 已于 2026-11-06 到期，停止电线电缆产品的生产、销售');
    expect(principal[0]).toContain('立即组织分析研判');
  });

  it('the director sends those words and the veto reaches the principal', async () => {
    const words = about(people.director.openId, certificates.cables.number)[0]!.split('\n').at(-1)!;
    harness.actAt('2026-11-08 09:00');
    await harness.lark.sendText(people.director.openId, words);
    await harness.settle();
    const veto = await harness.rows.suggestion.findFirstOrThrow({ where: { kind: 'veto' } });
    expect(veto.text).toBe('工业产品生产许可证 XK06-014-00789 已于 2026-11-06 到期，停止电线电缆产品的生产、销售');
    expect(harness.standIn.cardsTo(people.principal.openId).map((card) => cardToText(card)).some((card) => card.includes('停止电线电缆产品的生产、销售'))).toBe(true);
  });

  it('seven days before, the last reminder; the day after the last valid day, the lapse', async () => {
    await followUps('2026-11-20');
    await followUps('2026-11-21');
    const sevenDays = about(people.director.openId, certificates.heaters.number).filter((text) => text.includes('还有 7 天到期'));
    expect(sevenDays).toHaveLength(1);
    await followUps('2026-11-28');
    await followUps('2026-11-28');
    expect(about(people.principal.openId, certificates.heaters.number).filter((text) => text.includes('已于 2026-11-28 失效'))).toHaveLength(1);
    expect(about(people.director.openId, certificates.kettles.number)).toEqual([]);
  });

  describe('the November archive', () => {
    beforeAll(async () => {
      folder = await mkdtemp(path.join(tmpdir(), 'qs-certificates-archive-'));
      const result = await exportArchive(
        { archiveRows: harness.database.archiveRows, store: harness.database.store },
        { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: new Date('2026-12-02T10:00:00+08:00'), actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, folder) },
      );
      gaps = result.gaps;
    });

    it('the index lists every certificate with its validity over the period, and names each lapsed one as a gap', async () => {
      const index = await docxText(await readFile(path.join(folder, 'index.docx')));
      expect(index).toContain('生产许可证和强制性产品认证证书');
      for (const number of Object.values(certificates).map((certificate) => certificate.number)) expect(index).toContain(number);
      expect(index).toContain('本期内有效');
      expect(index).toContain('2026-11-07 起失效');
      const certificateGaps = gaps.filter((gap) => gap.includes('失效'));
      expect(certificateGaps).toEqual([
        '强制性产品认证证书 2023010701000123（电暖器）有效期至 2026-11-27，自 2026-11-28 起已失效，未登记接续的证书',
        '工业产品生产许可证 XK06-014-00789（电线电缆）有效期至 2026-11-06，自 2026-11-07 起已失效，未登记接续的证书',
      ]);
      for (const gap of certificateGaps) expect(index).toContain(gap);
    });

    it('the appointments document shows the day each took effect and its document, the import’s day when the file gave none', async () => {
      const text = await docxText(await readFile(path.join(folder, 'appointments.docx')));
      expect(text).toContain('李四\n\n质量安全总监\n\n2026-01-05\n\n质安任〔2026〕1号');
      expect(text).toContain('王五\n\n质量安全员\n\n2026-10-30\n\n—');
    });

    it('records.json holds the certificates and the appointments’ day and document', async () => {
      const records = JSON.parse(await readFile(path.join(folder, 'records.json'), 'utf8')) as {
        certificates: Array<{ kind: string; number: string; scope: string; validUntil: string }>;
        appointments: Array<{ personName: string; effectiveOn?: string; document?: string }>;
      };
      expect(records.certificates).toEqual([
        { kind: 'ccc', number: '2023010701000123', scope: '电暖器', validUntil: '2026-11-27' },
        { kind: 'ccc', number: '2024010701000456', scope: '电热水壶', validUntil: '2028-06-30' },
        { kind: 'production-licence', number: 'XK06-014-00789', scope: '电线电缆', validUntil: '2026-11-06' },
      ]);
      expect(records.appointments.find((appointment) => appointment.personName === '李四')).toMatchObject({ effectiveOn: '2026-01-05', document: '质安任〔2026〕1号' });
      expect(records.appointments.find((appointment) => appointment.personName === '王五')).not.toHaveProperty('effectiveOn');
    });

    it('the appointment’s day and document are sealed: verify passes, then names the document changed behind the bot’s back', async () => {
      expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
      const appointment = await harness.rows.appointment.findFirstOrThrow({ where: { document: '质安任〔2026〕1号' } });
      await harness.rows.appointment.update({ where: { id: appointment.id }, data: { document: '质安任〔2026〕9号' } });
      try {
        const report = await verifyRecords(harness.database.archiveRows);
        expect(report.problems).toEqual([{ record: expect.stringContaining('李四 的任命记录（任命）'), problem: expect.stringContaining('被改动过') }]);
      } finally {
        await harness.rows.appointment.update({ where: { id: appointment.id }, data: { document: appointment.document } });
      }
    });
  });
});
