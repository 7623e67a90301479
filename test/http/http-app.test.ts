import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/create-http-app.ts';
import { createLogger } from '../../src/logging/logger.ts';

let server: Server | undefined;

async function serve(options: { adminToken?: string; reachable?: boolean }): Promise<string> {
  const app = createHttpApp({
    pipeline: undefined,
    isDatabaseReachable: async () => {
      if (options.reachable === false) throw new Error('connection refused');
      return true;
    },
    adminToken: options.adminToken,
    operationalStatus: async () => ({ outbox: { pending: 2, failed: 1 }, inboundEvents: { failed: 0 }, units: 3 }),
    logger: createLogger('silent'),
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('the HTTP edge', () => {
  it('/healthz says ok only while the database answers', async () => {
    expect(await (await fetch(`${await serve({})}/healthz`)).json()).toEqual({ ok: true });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const down = await fetch(`${await serve({ reachable: false })}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false });
  });

  it('/admin is closed without ADMIN_TOKEN, refuses a wrong token, and shows the outbox to the right one', async () => {
    const closed = await fetch(`${await serve({})}/admin/status`);
    expect(closed.status).toBe(403);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const base = await serve({ adminToken: 'secret-admin' });
    expect((await fetch(`${base}/admin/status`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const open = await fetch(`${base}/admin/status`, { headers: { authorization: 'Bearer secret-admin' } });
    expect(await open.json()).toEqual({ outbox: { pending: 2, failed: 1 }, inboundEvents: { failed: 0 }, units: 3 });
  });

  it('in long-connection mode the webhook answers 503 instead of pretending to take events', async () => {
    const response = await fetch(`${await serve({})}/lark/events`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
  });

  it('a delivery over 1 MB is refused with 413, not treated as a fault', async () => {
    const base = await serve({});
    const response = await fetch(`${base}/lark/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1024 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'entity.too.large' });
  });
});
