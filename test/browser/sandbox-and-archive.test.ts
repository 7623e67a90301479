import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../sandbox/start-sandbox.ts';
import { launchChromium, openPage, saveScreenshot } from '../support/browser.ts';
import { waitLimitMs } from '../support/wait-limit.ts';

/*
 * The sandbox and the archive page in Debian's Chromium, clicked as people would: every press, form and typed word
 * goes from the page through the stand-in's signed, encrypted delivery to the real service. The tests run in order
 * on one sandbox, as one working day of the demo's retailer: its officer reports a hazard on the daily card, its
 * director assigns the rectification and confirms the weekly report, then opens the month's archive page from the
 * link the bot sends for `归档`.
 */

const retailer = '某某家电超市';
const officer = '冯雪';
const director = '吴静';
const principal = '周明';
const hazardText = '展示区2台电暖器电源线破损，绝缘层露铜';
/** A Friday, the retailer's day for the weekly report, and an operating day: the same story whatever day CI runs. */
const firstDay = '2026-12-04';

let sandbox: RunningSandbox;
let browser: Browser;
let page: Page;
let today: string;
let archiveAddress: string;

beforeAll(async () => {
  sandbox = await startSandbox({ today: firstDay });
  browser = await launchChromium();
  page = await openPage(browser);
  await page.goto(sandbox.url);
  today = await simulatedDate();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

async function simulatedDate(): Promise<string> {
  const clock = await page.getByTestId('clock').textContent();
  const date = /\d{4}-\d{2}-\d{2}/.exec(clock ?? '')?.[0];
  if (!date) throw new Error(`the sandbox's clock shows no date: ${clock}`);
  return date;
}

async function runJob(task: string): Promise<void> {
  await page.getByLabel('任务').selectOption({ label: task });
  await page.getByLabel('单位').selectOption({ label: retailer });
  await page.getByLabel('日期', { exact: true }).fill(today);
  await page.getByRole('button', { name: '运行任务' }).click();
  await page.waitForLoadState();
}

async function openChatOf(name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
  await page.waitForLoadState();
}

/** The newest card whose header title matches, as the person scrolls to it. */
function latestCard(title: RegExp, containing?: string): Locator {
  const cards = page.getByRole('article', { name: title });
  return (containing === undefined ? cards : cards.filter({ hasText: containing })).last();
}

/** A card is found again after each press by its message id: the page is rendered anew, the card updated in place. */
async function sameCard(card: Locator): Promise<Locator> {
  const messageId = await card.getAttribute('data-message-id');
  return page.locator(`article[data-message-id="${messageId}"]`);
}

async function say(text: string): Promise<void> {
  await page.getByLabel('发消息').fill(text);
  await page.getByRole('button', { name: '发送', exact: true }).click();
  await page.waitForLoadState();
}

describe('the sandbox and the archive page in Chromium', () => {
  test('an officer reports a hazard on the daily card and submits the rest as normal', async () => {
    await runJob('推送每日检查清单');
    await openChatOf(officer);
    let card = await sameCard(latestCard(/每日工业产品质量安全检查记录/));
    await card.getByRole('button', { name: '异常' }).nth(4).click();
    card = await sameCard(card);
    await card.getByLabel('隐患描述').fill(hazardText);
    await card.getByLabel('已采取措施').fill('已下架隔离，联系供货商更换');
    await card.getByRole('button', { name: '上报隐患' }).click();
    await card.getByRole('button', { name: '其余项目正常并提交' }).click();

    await expect.poll(() => card.textContent(), { timeout: waitLimitMs }).toContain('检查结论：发现隐患 1 项');
    expect(await card.textContent()).toContain(hazardText);
    expect(await card.textContent()).toContain('已更新');
    expect(await card.getByRole('button', { name: '其余项目正常并提交' }).count()).toBe(0);
    await saveScreenshot(page, 'officer', card);
  });

  test('the director acknowledges the hazard, assigns its rectification and confirms the weekly report', async () => {
    await openChatOf(director);
    const hazard = await sameCard(latestCard(/隐患/, hazardText));
    await hazard.getByRole('button', { name: '确认收到' }).click();
    await hazard.getByLabel('选择', { exact: true }).selectOption({ label: `${officer}（质量安全员）` });
    await hazard.getByRole('button', { name: '指派整改' }).click();
    await expect.poll(() => hazard.textContent(), { timeout: waitLimitMs }).toContain(`整改负责人：${officer}`);

    await runJob('生成周报草稿');
    const report = await sameCard(latestCard(/排查治理报告/));
    await report.getByLabel('排查日期').fill(today);
    await report.getByLabel('参加人员').fill(`${director}、${officer}`);
    await report.getByLabel('排查范围').fill('展示区、仓库和收银台的电器类商品');
    await report.getByLabel('排查发现').fill(`日管控发现${hazardText}，已指派${officer}整改`);
    await report.getByLabel('分析研判').fill('展示商品的电源线在上架和演示中易受损，需加强上架前检查');
    await report.getByRole('button', { name: '确认并报送主要负责人' }).click();
    await expect.poll(() => report.textContent(), { timeout: waitLimitMs }).toContain(`审核确认：${director}`);
    await saveScreenshot(page, 'director');

    await openChatOf(principal);
    expect(await latestCard(/排查治理报告/).textContent()).toContain(retailer);
    await saveScreenshot(page, 'principal');
  });

  test('the archive page opens from the link the bot sends for 归档 and shows the month grid', async () => {
    await runJob('每日截止');
    await openChatOf(director);
    await say('归档');
    const link = page.locator('[data-from="bot"] a[href*="/archive"]').last();
    const address = await link.getAttribute('href');
    expect(address).toMatch(/^https?:\/\//);
    archiveAddress = address ?? '';

    const archive = await openPage(browser);
    const opened = await archive.goto(address ?? '');
    expect(opened?.status()).toBe(200);
    const cell = (name: string) => archive.locator(`[data-officer="${name}"][data-date="${today}"]`);
    expect(await cell(officer).getAttribute('data-state')).toBe('hazard');
    expect(await cell('郑浩').getAttribute('data-state')).toBe('missed');
    expect(await cell('何佳').getAttribute('data-state')).toBe('missed');
    expect(await archive.getByRole('table', { name: /每日质量安全检查记录/ }).count()).toBe(1);
    expect(await archive.textContent('body')).toContain(hazardText);
    await saveScreenshot(archive, 'archive');

    const altered = new URL(address ?? '');
    const signature = altered.searchParams.get('signature') ?? '';
    altered.searchParams.set('signature', `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`);
    const refused = await archive.goto(altered.toString());
    expect(refused?.status()).toBe(403);
    expect(await archive.textContent('body')).not.toContain(retailer);
    await archive.close();
  });

  test('the link stops opening once the simulated clock has passed its 24 hours', async () => {
    await page.bringToFront();
    await page.getByRole('button', { name: '推进一天' }).click();
    await page.getByRole('button', { name: '推进一天' }).click();
    await expect.poll(simulatedDate, { timeout: waitLimitMs }).not.toBe(today);

    const archive = await openPage(browser);
    const expired = await archive.goto(archiveAddress);
    expect(expired?.status()).toBe(403);
    expect(await archive.textContent('body')).toContain('链接已过期');
    expect(await archive.textContent('body')).not.toContain(retailer);
    await archive.close();
  });
});
