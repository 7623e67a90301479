import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../sandbox/start-sandbox.ts';

const officer = { name: '王芳', openId: 'ou_f6991b1efb56657dd24d2c3c433f65ae' };
const realLark = { LARK_APP_ID: 'cli_real_app_of_the_company', LARK_APP_SECRET: 'real-secret', LARK_DOMAIN: 'http://127.0.0.1:9' };

describe('the sandbox, driven over HTTP as a browser without JavaScript drives it', () => {
  let sandbox: RunningSandbox;
  const saved = new Map<string, string | undefined>();

  beforeAll(async () => {
    for (const [name, value] of Object.entries(realLark)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    sandbox = await startSandbox({ today: '2026-11-02' });
  });

  afterAll(async () => {
    await sandbox?.close();
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const page = async (path: string): Promise<string> => {
    const response = await fetch(new URL(path, sandbox.url));
    expect(response.status).toBe(200);
    return response.text();
  };

  /** Posts a form as the browser does, and follows the 303 back to the page as the browser does. */
  const post = async (path: string, fields: Record<string, string>): Promise<string> => {
    const response = await fetch(new URL(path, sandbox.url), { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
    expect(response.status).toBe(303);
    return page(response.headers.get('location') ?? '/');
  };

  const noticeOf = (html: string) => /<p class="notice[^"]*"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
  const clockOf = (html: string) => /data-testid="clock">([^<]*)</.exec(html)?.[1];

  /** The newest card in the page: its message id and each button's label and posted position. */
  const newestCard = (html: string) => {
    const cards = [...html.matchAll(/<article[^>]*data-message-id="([^"]+)"[^>]*>(.*?)<\/article>/gs)];
    const [, messageId = '', body = ''] = cards.at(-1) ?? [];
    const buttons = [...body.matchAll(/<button[^>]*value="(\d+)" name="button"[^>]*>([^<]*)<\/button>/g)].map(([, position = '', label = '']) => ({ position, label }));
    return { messageId, body, buttons };
  };

  it('lists every demo person by name, with their roles, and starts at 07:00 on the day given', async () => {
    const html = await page('/');
    expect(html).toContain(`<a href="/people/${officer.openId}">${officer.name}</a>`);
    expect(html).toContain('质量安全总监');
    expect(clockOf(html)).toBe('模拟时间 2026-11-02 07:00 周一');
  });

  it('an officer who types 帮助 sees it and the bot’s answer in their chat', async () => {
    const html = await post(`/people/${officer.openId}/say`, { text: '帮助' });
    expect(html).toMatch(/data-from="person"[^>]*><time>[^<]*<\/time><p class="bubble">帮助<\/p>/);
    expect(html).toMatch(/data-from="bot"[^>]*><time>[^<]*<\/time><p class="bubble">质安助手可以为您做这些事/);
  });

  it('runs the daily push as of the day, and pressing 全部正常 on the card submits it and updates the card in place', async () => {
    const pushed = await post('/jobs', { job: 'daily-push', unit: 'huadong-electric', date: '2026-11-02', back: `/people/${officer.openId}` });
    expect(noticeOf(pushed)).toContain('推送每日检查清单 · 华东某电器有限公司 · 2026-11-02：推送 3 份');
    expect(clockOf(pushed)).toMatch(/^模拟时间 2026-11-02 (0[89]|1\d):\d\d 周一$/);
    const card = newestCard(pushed);
    expect(card.body).not.toContain('已更新');
    const zeroRisk = card.buttons.find((button) => button.label === '全部正常（零风险）');
    expect(zeroRisk).toBeDefined();

    const pressed = await post(`/people/${officer.openId}/press`, { messageId: card.messageId, button: zeroRisk?.position ?? '' });
    expect(noticeOf(pressed)).toContain('已提交 2026-11-02 的零风险报告');
    expect(pressed).toContain('点击了「全部正常（零风险）」');
    const updated = newestCard(pressed);
    expect(updated.messageId).toBe(card.messageId);
    expect(updated.body).toContain('已更新');
    expect(updated.buttons.map((button) => button.label)).not.toContain('全部正常（零风险）');
  });

  it('a photo sent from the page arrives as the person’s image message and is shown inline', async () => {
    const photo = await readFile(new URL('../../demo/evidence/injection-moulding-thermometer.png', import.meta.url));
    const form = new FormData();
    form.append('file', new Blob([photo], { type: 'image/png' }), 'thermometer.png');
    const response = await fetch(new URL(`/people/${officer.openId}/attach`, sandbox.url), { method: 'POST', body: form, redirect: 'manual' });
    expect(response.status).toBe(303);
    const html = await page(`/people/${officer.openId}`);
    const source = /<img class="chat-image" src="(\/attachments\/[^"]+)"/.exec(html)?.[1] ?? '';
    const image = await fetch(new URL(source, sandbox.url));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('refuses a job for a date that is not one, and runs nothing', async () => {
    const html = await post('/jobs', { job: 'daily-push', unit: 'huadong-electric', date: '2026-11-31', back: '/' });
    expect(noticeOf(html)).toBe('任务未运行：日期须为 YYYY-MM-DD');
  });

  it('refuses a press that names no button, and delivers nothing', async () => {
    const presses = sandbox.world.stage.standIn.cardActions.length;
    const html = await post(`/people/${officer.openId}/press`, { messageId: 'om_unknown', button: '' });
    expect(noticeOf(html)).toBe('未点击：缺少按钮编号');
    expect(sandbox.world.stage.standIn.cardActions).toHaveLength(presses);
  });

  it('推进一天 moves to the next day and runs its jobs: the next morning’s card arrives', async () => {
    const before = (await page(`/people/${officer.openId}`)).match(/<article/g)?.length ?? 0;
    const html = await post('/advance-day', { back: `/people/${officer.openId}` });
    expect(clockOf(html)).toMatch(/^模拟时间 2026-11-03 \d\d:\d\d 周二$/);
    expect(html.match(/<article/g)?.length ?? 0).toBeGreaterThan(before);
  });

  it('never uses the LARK_* environment: the service talks to the stand-in under the sandbox’s own app id', () => {
    const { standIn } = sandbox.world.stage;
    expect(standIn.appId).not.toBe(realLark.LARK_APP_ID);
    expect(standIn.requests.some((request) => request.path.includes('tenant_access_token') && request.status === 200)).toBe(true);
    expect(standIn.messagesTo(officer.openId).length).toBeGreaterThan(0);
  });
});
