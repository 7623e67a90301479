import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LarkStandIn, startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { freePort, type RunningChild, serviceEntry, spawnTypeScript, waitForHealthy } from '../support/child-process.ts';

const appId = 'cli_0a1b2c3d4e5f6a7b';
const appSecret = 'service-process-secret';
const verificationToken = 'service-process-verification-token';
const encryptKey = 'service-process-encrypt-key';

describe('npm start: the service as a process', () => {
  let folder: string;
  let standIn: LarkStandIn;
  const children: RunningChild[] = [];

  const start = (env: Record<string, string>, cwd = folder) => {
    const child = spawnTypeScript(serviceEntry, [], { cwd, env });
    children.push(child);
    return child;
  };

  /** A service pointed at the stand-in, on a port of its own, with its own database. */
  const startServing = async (extra: Record<string, string> = {}) => {
    const port = await freePort();
    const child = start({
      LARK_APP_ID: appId,
      LARK_APP_SECRET: appSecret,
      LARK_DOMAIN: standIn.url,
      LARK_VERIFICATION_TOKEN: verificationToken,
      DATABASE_URL: `file:${path.join(folder, `service-${port}.db`)}`,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...extra,
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealthy(baseUrl, child);
    return { child, baseUrl };
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-service-process-'));
    standIn = await startLarkStandIn({ appId, appSecret });
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => child.stop('SIGKILL')));
  });
  afterAll(async () => {
    await standIn?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  describe('refuses to start on configuration a person has to fix', () => {
    it('without app credentials it exits at once naming LARK_APP_ID, LARK_APP_SECRET and .env.example', async () => {
      const child = start({ DATABASE_URL: `file:${path.join(folder, 'unused.db')}` });
      const exit = await child.waitForExit();
      expect(exit.code).not.toBe(0);
      expect(child.stderr).toContain('LARK_APP_ID');
      expect(child.stderr).toContain('LARK_APP_SECRET');
      expect(child.stderr).toContain('.env.example');
    });

    it('with only the secret it names the missing app id and not the secret', async () => {
      const child = start({ LARK_APP_SECRET: appSecret });
      const exit = await child.waitForExit();
      expect(exit.code).not.toBe(0);
      expect(child.stderr).toContain('LARK_APP_ID');
      expect(child.stderr).not.toContain('LARK_APP_SECRET');
    });

    it('an unknown event mode is named together with the modes that exist', async () => {
      const child = start({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, LARK_EVENT_MODE: 'carrier-pigeon' });
      const exit = await child.waitForExit();
      expect(exit.code).not.toBe(0);
      const problem = child.stderr.split('\n').find((line) => line.includes('LARK_EVENT_MODE'));
      expect(problem).toBeDefined();
      expect(problem).toContain('carrier-pigeon');
      expect(problem).toMatch(/webhook/);
      expect(problem).toMatch(/\bws\b/);
    });

    it('a port that is not a number, or out of range, is named with the range allowed', async () => {
      const notANumber = start({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, PORT: 'abc' });
      const outOfRange = start({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, PORT: '70000' });
      const [first, second] = await Promise.all([notANumber.waitForExit(), outOfRange.waitForExit()]);
      expect(first.code).not.toBe(0);
      expect(notANumber.stderr).toMatch(/PORT.*abc/);
      expect(second.code).not.toBe(0);
      expect(outOfRange.stderr).toMatch(/PORT.*65535/);
    });

    it('reads .env from its working directory', async () => {
      const withDotEnv = await mkdtemp(path.join(folder, 'dotenv-'));
      await writeFile(path.join(withDotEnv, '.env'), `LARK_APP_ID=${appId}\nLARK_APP_SECRET=${appSecret}\nLARK_EVENT_MODE=carrier-pigeon\n`);
      const child = start({}, withDotEnv);
      const exit = await child.waitForExit();
      expect(exit.code).not.toBe(0);
      // The credentials came from .env, so the only complaint left is the event mode it also set.
      expect(child.stderr).toContain('carrier-pigeon');
      expect(child.stderr).not.toContain('LARK_APP_ID');
    });
  });

  describe('tells the operator what stands in its way', () => {
    it('a port already in use is named, in Chinese, with the way out', async () => {
      const port = await freePort();
      const occupant = createServer();
      await new Promise<void>((resolve) => occupant.listen(port, resolve));
      try {
        const child = start({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, LARK_DOMAIN: standIn.url, DATABASE_URL: `file:${path.join(folder, 'port-in-use.db')}`, PORT: String(port) });
        const exit = await child.waitForExit();
        expect(exit.code).toBe(2);
        expect(child.stderr).toContain(`端口 ${port} 已被其他程序占用`);
        expect(child.stderr).not.toContain('TypeError');
      } finally {
        await new Promise<void>((resolve) => occupant.close(() => resolve()));
      }
    });

    it('deliveries nobody can verify are warned of at start and flagged in /admin/status', async () => {
      const port = await freePort();
      const child = start({
        LARK_APP_ID: appId,
        LARK_APP_SECRET: appSecret,
        LARK_DOMAIN: standIn.url,
        DATABASE_URL: `file:${path.join(folder, 'unverified.db')}`,
        PORT: String(port),
        ADMIN_TOKEN: 'admin-token-for-the-test',
        LOG_LEVEL: 'warn',
      });
      const baseUrl = `http://127.0.0.1:${port}`;
      await waitForHealthy(baseUrl, child);
      await child.waitForLine(/neither LARK_ENCRYPT_KEY nor LARK_VERIFICATION_TOKEN is set/);
      const status = await fetch(`${baseUrl}/admin/status`, { headers: { authorization: 'Bearer admin-token-for-the-test' } });
      expect(await status.json()).toMatchObject({ deliveriesVerified: false });
    });
  });

  describe('with credentials pointing at a Lark stand-in and no encrypt key', () => {
    it('serves /healthz, answers Lark’s URL check, and stops cleanly on SIGTERM', async () => {
      const { child, baseUrl } = await startServing();

      const health = await fetch(`${baseUrl}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });

      const lark = standIn.deliverer({ targetUrl: `${baseUrl}/lark/events`, verificationToken });
      const check = await lark.urlVerification();
      expect(check.status).toBe(200);
      expect(check.body).toEqual({ challenge: check.challenge });

      const exit = await child.stop('SIGTERM', 15_000);
      expect(exit).toEqual({ code: 0, signal: null });
    });
  });

  describe('with an encrypt key (LARK_ENCRYPT_KEY)', () => {
    it('answers the encrypted URL check that carries the right token, and refuses one with another token', async () => {
      const { child, baseUrl } = await startServing({ LARK_ENCRYPT_KEY: encryptKey });
      const lark = standIn.deliverer({ targetUrl: `${baseUrl}/lark/events`, verificationToken, encryptKey });

      const check = await lark.urlVerification({ encrypted: true });
      expect(check.status).toBe(200);
      expect(check.body).toEqual({ challenge: check.challenge });

      const forged = await lark.urlVerification({ encrypted: true, token: 'someone-else’s-token' });
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(forged.body)).not.toContain(forged.challenge);

      const exit = await child.stop('SIGTERM', 15_000);
      expect(exit.code).toBe(0);
    });
  });
});
