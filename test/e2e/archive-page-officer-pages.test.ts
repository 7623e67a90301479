import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeOrganisationFile } from '../support/large-organisation.ts';
import { type Harness, startHarness } from '../support/service-harness.ts';

const adminToken = 'archive-paging-admin-token';
const officers = 250;

function rowsOf(html: string): string[] {
  return [...html.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((match) => match[1]!);
}

function pagerLinks(html: string): URL[] {
  const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...pager.matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1]!.replace(/&amp;/g, '&'), 'http://localhost'));
}

describe(`the archive page of a unit of ${officers} officers: a hundred officers to a page`, () => {
  let harness: Harness;
  let link: URL;

  beforeAll(async () => {
    harness = await startHarness({ now: () => new Date('2026-11-03T10:00:00+08:00'), environment: { ADMIN_TOKEN: adminToken } });
    await harness.importOrganisation(largeOrganisationFile(officers, { staff: 600, revenueWan: 9000 }), new Date('2026-11-01T12:00:00+08:00'));
    await harness.runJob('daily-push', '2026-11-02', 'big-plant');
    await harness.runJob('daily-close', '2026-11-02', 'big-plant');
    await harness.settle();
    const answer = await fetch(`http://127.0.0.1:${harness.service.port}/admin/archive-link?unit=big-plant&month=2026-11`, { headers: { authorization: `Bearer ${adminToken}` } });
    link = new URL(((await answer.json()) as { url: string }).url);
  });
  afterAll(async () => harness?.close());

  const open = async (page?: string) => {
    const address = new URL(link);
    if (page !== undefined) address.searchParams.set('page', page);
    const response = await fetch(address);
    return { status: response.status, html: await response.text() };
  };

  it('the first page shows officers 1–100 of 250, their daily records, and a pager', async () => {
    const { status, html } = await open();
    expect(status).toBe(200);
    expect(html).toContain('<caption>每日质量安全检查记录</caption>');
    expect(rowsOf(html)).toHaveLength(100);
    expect(html).toContain('第 1–100 名，共 250 名质量安全员');
    expect(html).toContain('下一页');
    expect(html).not.toContain('上一页');
    expect(html).toContain(`本页质量安全员 100 份，本月共 ${officers} 份`);
    expect([...html.matchAll(/href="\/archive\/document\?[^"]*path=daily/g)]).toHaveLength(100);
  });

  it('the third page shows the last 50, none of the first page’s', async () => {
    const first = rowsOf((await open()).html);
    const { status, html } = await open('3');
    expect(status).toBe(200);
    const third = rowsOf(html);
    expect(third).toHaveLength(50);
    expect(third.filter((name) => first.includes(name))).toEqual([]);
    expect(html).toContain('第 201–250 名，共 250 名质量安全员');
    expect(html).toContain('上一页');
    expect(html).not.toContain('下一页');
  });

  it('a page past the end shows the last page', async () => {
    const { status, html } = await open('9');
    expect(status).toBe(200);
    expect(rowsOf(html)).toHaveLength(50);
  });

  it('every link of the pager keeps the unit, the month and the link’s signature, and opens', async () => {
    const links = pagerLinks((await open('2')).html);
    expect(links.map((address) => address.searchParams.get('page')).sort()).toEqual(['1', '1', '3', '3']);
    for (const address of links) {
      for (const name of ['unit', 'month', 'viewer', 'expires', 'signature']) expect(address.searchParams.get(name)).toBe(link.searchParams.get(name));
    }
    const next = await fetch(new URL(`${links.at(-1)!.pathname}${links.at(-1)!.search}`, link));
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('第 201–250 名，共 250 名质量安全员');
  });

  it('a page that is not a positive whole number is a bad request, named as such', async () => {
    for (const page of ['abc', '0', '-1', '1.5']) {
      const { status, html } = await open(page);
      expect(status).toBe(400);
      expect(html).toContain(`页码「${page}」无效`);
    }
  });

  it('an altered signature is still refused, whatever the page', async () => {
    const altered = new URL(link);
    altered.searchParams.set('signature', 'x'.repeat(43));
    altered.searchParams.set('page', 'abc');
    expect((await fetch(altered)).status).toBe(403);
  });
});
