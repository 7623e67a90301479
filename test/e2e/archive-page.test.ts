import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxArchiveFiles } from '../../src/export/docx-archive-files.ts';
import { evidenceFolder } from '../../src/store/evidence-folder.ts';
import { archiveContent } from '../../src/use-cases/archive/archive-content.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

const adminToken = 'archive-page-admin-token';
const unitName = '某某电器有限公司';
const branchName = '第一分店';
/** A shop whose principal is 张三 as well: the director 李四 holds no post there. */
const organisationWithBranch = [
  organisationYaml.trimEnd(),
  '  - id: branch-one',
  `    name: ${branchName}`,
  '    kind: retailer',
  '    staff: 20',
  '    revenueWan: 300',
  '    checklist: retailer-default',
  '    people:',
  `      - { id: zhang, name: 张三, role: principal, openId: ${people.principal.openId} }`,
  '      - { id: qian, name: 钱七, role: officer, openId: ou_branch_officer, assessment: { passed: true, date: 2026-01-10 } }',
  '',
].join('\n');
/** A real 1 × 1 PNG, as small as a photo gets. */
const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Each mark of the grid by `date officer`, in the order the cell shows them. */
function gridStates(html: string): Map<string, string[]> {
  const states = new Map<string, string[]>();
  for (const match of html.matchAll(/<span class="mark" data-state="([a-z-]+)" data-date="([\d-]+)" data-officer="([^"]+)"/g)) {
    const key = `${match[2]} ${match[3]}`;
    states.set(key, [...(states.get(key) ?? []), match[1]!]);
  }
  return states;
}

function withParameter(url: string, name: string, value: string): string {
  const altered = new URL(url);
  altered.searchParams.set(name, value);
  return altered.toString();
}

describe('the archive page: 归档 gives a principal or director a signed link to the unit’s month', () => {
  let harness: Harness;
  let clock = new Date('2026-11-06T10:00:00+08:00');
  let link: string;
  let reply: string;

  beforeAll(async () => {
    harness = await startHarness({ now: () => clock, environment: { ADMIN_TOKEN: adminToken } });
    // Set up during 2026-11-01: that day no check was owed yet.
    await harness.importOrganisation(organisationWithBranch, new Date('2026-11-01T12:00:00+08:00'));

    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 10:00');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');

    await harness.runJob('daily-push', '2026-11-03');
    await harness.settle();
    harness.actAt('2026-11-03 10:00');
    await harness.lark.sendText(people.officerWang.openId, '异常 2 原料仓湿度超标 措施：开启除湿机');
    await harness.lark.sendText(people.officerWang.openId, '其余正常');
    await harness.settle();
    harness.actAt('2026-11-03 10:04');
    await harness.lark.sendAttachment(people.officerWang.openId, { kind: 'image', bytes: photo, mediaType: 'image/png' });
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');

    await harness.runJob('daily-push', '2026-11-04');
    await harness.runJob('daily-close', '2026-11-04');
    await harness.settle();

    harness.actAt('2026-11-04 18:00');
    await harness.lark.sendText(people.director.openId, '停产 2026-11-05 至 2026-11-05 设备检修');
    await harness.runJob('daily-push', '2026-11-05');
    await harness.settle();

    harness.actAt('2026-11-06 10:00');
    await harness.lark.sendText(people.director.openId, '归档 2026-11');
    await harness.settle();
    reply = harness.standIn.textsTo(people.director.openId).at(-1) ?? '';
    link = /https?:\/\/\S+/.exec(reply)?.[0] ?? '';
  });
  afterAll(async () => harness?.close());

  it('the director receives a text naming the unit, the month and until when the link is valid', () => {
    expect(reply).toContain(`${unitName} 2026年11月归档查阅链接（2026-11-07 10:00 前有效，请勿转发）：http://localhost:${harness.service.port}/archive?`);
    expect(link).not.toBe('');
  });

  it('the link opens the month: each officer’s day marked by how the check ended', async () => {
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain(unitName);
    expect(html).toContain('<caption>每日质量安全检查记录</caption>');
    const states = gridStates(html);
    expect(states.get('2026-11-02 王五')).toEqual(['zero-risk']);
    expect(states.get('2026-11-03 王五')).toEqual(['hazard']);
    expect(states.get('2026-11-03 赵六')).toEqual(['zero-risk']);
    expect(states.get('2026-11-04 王五')).toEqual(['missed']);
    expect(states.get('2026-11-05 赵六')).toEqual(['suspended']);
    expect(states.get('2026-11-06 王五')).toEqual(['pending']);
    expect(states.get('2026-11-07 王五')).toEqual(['none']);
    expect(states.get('2026-11-01 王五')).toEqual(['none']);
    expect(html).toContain('原料仓湿度超标');
    expect(html).toContain('2026-11-04 王五 漏检');
  });

  it('the hazard’s photo and the month’s documents open under the same link', async () => {
    const html = await (await fetch(link)).text();
    const photoAddress = /<img class="thumbnail" src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(photoAddress).toBeDefined();
    const image = await fetch(new URL(photoAddress!, link));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(photo);

    const document = await fetch(withParameter(link.replace('/archive?', '/archive/document?'), 'path', 'daily/2026-11-03_王五.docx'));
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(document.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`${unitName}_2026-11_daily_2026-11-03_王五.docx`)}`);
    expect(Buffer.from(await document.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('every Word document of the month is offered, and each says what the export’s copy of it says', async () => {
    const html = await (await fetch(link)).text();
    const offered = [...html.matchAll(/href="(\/archive\/document\?[^"]+)"/g)].map((match) => new URL(match[1]!.replace(/&amp;/g, '&'), link));
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-archive-page-export-'));
    try {
      const evidence = { rows: harness.database.evidence, files: evidenceFolder(harness.evidenceFolder) };
      const { content } = await archiveContent({ archiveRows: harness.database.archiveRows, evidence }, { unitId: 'acme-plant', from: '2026-11-01', to: '2026-11-30', now: clock });
      await docxArchiveFiles.toFolder(content, folder);
      const exported = (await readdir(folder, { recursive: true })).map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.docx'));
      expect(offered.map((address) => address.searchParams.get('path')).sort()).toEqual(exported.sort());
      for (const address of offered) {
        const response = await fetch(address);
        expect(response.status, address.searchParams.get('path')!).toBe(200);
        const downloaded = await docxText(Buffer.from(await response.arrayBuffer()));
        expect(downloaded, address.searchParams.get('path')!).toBe(await docxText(await readFile(path.join(folder, address.searchParams.get('path')!))));
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('a document the month does not hold is refused by name', async () => {
    const response = await fetch(withParameter(link.replace('/archive?', '/archive/document?'), 'path', 'daily/2026-11-03_无此人.docx'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('档案中没有这个文件');
  });

  it('an altered signature or viewer, another unit, or an expired link is refused with 403 and nothing of the archive', async () => {
    const signature = new URL(link).searchParams.get('signature')!;
    const refused = [
      withParameter(link, 'signature', `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`),
      withParameter(link, 'viewer', people.officerWang.openId),
      withParameter(link, 'unit', 'branch-one'),
      withParameter(link, 'unit', 'no-such-unit'),
      withParameter(link.replace('/archive?', '/archive/document?'), 'signature', 'x'),
    ];
    for (const address of refused) {
      const response = await fetch(address);
      expect(response.status, address).toBe(403);
      const body = await response.text();
      expect(body).toContain('链接无效');
      expect(body).not.toContain(unitName);
      expect(body).not.toContain(branchName);
      expect(body).not.toContain('王五');
    }
    const issuedAt = clock;
    clock = new Date('2026-11-07T10:00:01+08:00');
    try {
      const expired = await fetch(link);
      expect(expired.status).toBe(403);
      const body = await expired.text();
      expect(body).toContain('链接已过期，请在飞书中向质安助手重新发送「归档」');
      expect(body).not.toContain(unitName);
    } finally {
      clock = issuedAt;
    }
  });

  it('an officer’s 归档 is refused, and a month to come is named as such; neither gives out or records a link', async () => {
    harness.actAt('2026-11-06 10:05');
    await harness.lark.sendText(people.officerWang.openId, '归档');
    await harness.settle();
    const officerReply = harness.standIn.textsTo(people.officerWang.openId).at(-1) ?? '';
    expect(officerReply).toContain('只发给主要负责人和质量安全总监');
    expect(officerReply).not.toMatch(/https?:\/\//);
    await harness.lark.sendText(people.director.openId, '帮助');
    await harness.lark.sendText(people.officerWang.openId, '帮助');
    await harness.settle();
    expect(harness.standIn.textsTo(people.director.openId).at(-1)).toContain('「归档」接收本月档案查阅页面的链接');
    expect(harness.standIn.textsTo(people.officerWang.openId).at(-1)).not.toContain('归档');
    const linksBefore = await harness.rows.auditEntry.count({ where: { action: 'archive.link-issued' } });
    await harness.lark.sendText(people.principal.openId, '归档 2026-12');
    await harness.settle();
    expect(harness.standIn.textsTo(people.principal.openId).at(-1)).toContain('2026-12 还没有到');
    expect(await harness.rows.auditEntry.count({ where: { action: 'archive.link-issued' } })).toBe(linksBefore);
  });

  it('a principal of two units gets a link for each, and each page leads to the other', async () => {
    harness.actAt('2026-11-06 11:00');
    await harness.lark.sendText(people.principal.openId, '归档');
    await harness.settle();
    const lines = (harness.standIn.textsTo(people.principal.openId).at(-1) ?? '').split('\n');
    expect(lines).toHaveLength(2);
    const branchLine = lines.find((line) => line.startsWith(branchName))!;
    expect(branchLine).toContain(`${branchName} 2026年11月归档查阅链接`);
    const branchPage = await fetch(/https?:\/\/\S+/.exec(branchLine)![0]);
    expect(branchPage.status).toBe(200);
    const html = await branchPage.text();
    expect(html).toContain(branchName);
    expect(html).toMatch(/<a href="\/archive\?unit=acme-plant&amp;month=2026-11&amp;viewer=[^"]+">某某电器有限公司<\/a>/);
    expect(gridStates(html).get('2026-11-02 钱七')).toEqual(['missed']);
  });

  it('each link given out is in the audit chain: who, which unit and month, until when', async () => {
    const director = await harness.rows.person.findFirstOrThrow({ where: { key: people.director.id } });
    const entries = await harness.rows.auditEntry.findMany({ where: { action: 'archive.link-issued' } });
    expect(entries.map((entry) => ({ actor: entry.actor, unitId: entry.unitId, recordId: entry.recordId }))).toContainEqual({
      actor: director.id,
      unitId: 'acme-plant',
      recordId: `acme-plant:2026-11:${new Date('2026-11-07T10:00:00+08:00').toISOString()}`,
    });
  });

  it('an operator opens any unit with ADMIN_TOKEN, and /admin/archive-link gives a link for a browser', async () => {
    const base = `http://127.0.0.1:${harness.service.port}`;
    const withToken = await fetch(`${base}/archive?unit=acme-plant&month=2026-11`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain(unitName);
    expect((await fetch(`${base}/archive?unit=acme-plant&month=2026-11`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);

    const answer = await fetch(`${base}/admin/archive-link?unit=acme-plant&month=2026-11`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(answer.status).toBe(200);
    const { url, expiresAt } = (await answer.json()) as { url: string; expiresAt: string };
    expect(expiresAt).toBe(new Date('2026-11-07T10:00:00+08:00').toISOString());
    const opened = await fetch(url);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(unitName);
    expect((await fetch(`${base}/admin/archive-link?unit=acme-plant&month=2026-11`)).status).toBe(401);
    expect((await fetch(`${base}/admin/archive-link?unit=nowhere&month=2026-11`, { headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(404);
  });
});
