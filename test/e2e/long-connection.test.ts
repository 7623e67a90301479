import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localTimeAt } from '../../src/domain/calendar/local-time.ts';
import { cardToText } from '../../src/lark/card-to-text.ts';
import { type LarkStandIn, startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { openIdFor } from '../../lark-stand-in/lark-ids.ts';
import {
  type ChildResult,
  commandLineEntry,
  freePort,
  pollUntil,
  type RunningChild,
  runTypeScript,
  serviceEntry,
  spawnTypeScript,
  waitForHealthy,
} from '../support/child-process.ts';
import { waitLimitMs } from '../support/wait-limit.ts';

const appId = 'cli_5e4d3c2b1a098765';
const appSecret = 'long-connection-secret';
const verificationToken = 'long-connection-verification-token';
// The service runs its real scheduler on the real clock, which pushes (and after 20:00 closes) today's checks on its
// own; the day this test pushes by command line is tomorrow, which the scheduler never touches.
const day = addDays(localTimeAt(new Date(), 'Asia/Shanghai').date, 1);
const wang = openIdFor('王五');

describe('LARK_EVENT_MODE=ws: the service receives chat over the SDK’s long connection', () => {
  let folder: string;
  let standIn: LarkStandIn;
  let service: RunningChild;
  let environment: Record<string, string>;

  const qs = async (args: string[]): Promise<ChildResult> => {
    const result = await runTypeScript(commandLineEntry, args, { cwd: folder, env: environment });
    expect(result.code, `qs ${args.join(' ')}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0);
    return result;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-long-connection-'));
    // Lark stamps each event with the moment the person acted: the officer answers on the morning of the pushed day.
    const clockStart = Date.now();
    const morningOfDay = new Date(`${day}T10:00:00+08:00`).getTime();
    standIn = await startLarkStandIn({
      appId,
      appSecret,
      now: () => morningOfDay + (Date.now() - clockStart),
      users: [
        { openId: openIdFor('张三'), name: '张三' },
        { openId: openIdFor('李四'), name: '李四' },
        { openId: wang, name: '王五' },
        { openId: openIdFor('赵六'), name: '赵六', mobile: '13800000000' },
      ],
    });
    const port = await freePort();
    environment = {
      LARK_APP_ID: appId,
      LARK_APP_SECRET: appSecret,
      LARK_DOMAIN: standIn.url,
      LARK_VERIFICATION_TOKEN: verificationToken,
      LARK_EVENT_MODE: 'ws',
      DATABASE_URL: `file:${path.join(folder, 'qs.db')}`,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
    service = spawnTypeScript(serviceEntry, [], { cwd: folder, env: environment });
    await waitForHealthy(`http://127.0.0.1:${port}`, service);
  });
  afterAll(async () => {
    await service?.stop();
    await standIn?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('connects to Lark’s long-connection endpoint without any public URL', async () => {
    await standIn.longConnection.waitForClient(waitLimitMs);
    expect(standIn.longConnection.connectedClients).toBe(1);
  });

  it('with the organisation imported and the day pushed by the command line while the service runs, an officer’s 全部正常 over the long connection turns the card into the submitted record', async () => {
    await standIn.longConnection.waitForClient(waitLimitMs);
    await qs(['org', 'import', fileURLToPath(new URL('../fixtures/organisations/acme-plant.yaml', import.meta.url))]);
    await qs(['job', 'run', 'daily-push', '--date', day]);
    const cardsOfTheDay = () => standIn.cardsTo(wang).map((card) => cardToText(card)).filter((card) => card.includes(day));
    const pushed = await pollUntil(() => cardsOfTheDay()[0], 'the daily checklist card for 王五');
    expect(pushed).toContain(day);
    expect(pushed).not.toContain('提交人');

    const sent = await standIn.longConnectionDeliverer({ verificationToken }).sendText(wang, '全部正常');
    expect(sent.status).toBe(200);

    const submitted = await pollUntil(() => cardsOfTheDay().find((card) => card.includes('提交人')), 'the card of 王五 to show who submitted it');
    expect(submitted).toContain('提交人：王五');
    expect(cardsOfTheDay()).toHaveLength(1);
  });
});
