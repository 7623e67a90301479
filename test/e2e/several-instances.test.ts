import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIdFor } from '../../lark-stand-in/lark-ids.ts';
import { type LarkStandIn, startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { addDays, localTimeAt } from '../../src/domain/calendar/local-time.ts';
import { cardToText } from '../../src/lark/card-to-text.ts';
import { type ChildResult, commandLineEntry, freePort, pollUntil, type RunningChild, runTypeScript, serviceEntry, spawnTypeScript, waitForHealthy } from '../support/child-process.ts';
import { createScratchDatabase, type ScratchDatabase } from '../support/postgres-server.ts';
import { openStoredRows, type StoredRows } from '../support/stored-rows.ts';

const appId = 'cli_7a6b5c4d3e2f1098';
const appSecret = 'several-instances-secret';
const verificationToken = 'several-instances-token';
const officers = Array.from({ length: 120 }, (_, index) => ({ id: `officer-${index}`, name: `安全员${index}`, openId: openIdFor(`安全员${index}`) }));
// The services run their schedulers on the real clock; the day pushed by command line is tomorrow, which they never touch.
const day = addDays(localTimeAt(new Date(), 'Asia/Shanghai').date, 1);

function organisationFile(): string {
  return [
    'units:',
    '  - id: big-plant',
    '    name: 多实例电器有限公司',
    '    kind: producer',
    '    staff: 900',
    '    revenueWan: 30000',
    '    licences: [ccc]',
    '    checklist: producer-default',
    '    people:',
    `      - { id: principal, name: 张总, role: principal, openId: ${openIdFor('张总')} }`,
    `      - { id: director, name: 李总监, role: director, openId: ${openIdFor('李总监')}, assessment: { passed: true, date: 2026-01-10 } }`,
    ...officers.map((officer) => `      - { id: ${officer.id}, name: ${officer.name}, role: officer, openId: ${officer.openId}, assessment: { passed: true, date: 2026-01-10 } }`),
    '',
  ].join('\n');
}

const postgresUrl = process.env.TEST_POSTGRES_URL;

describe.runIf(postgresUrl)('two services and a command line on one PostgreSQL', () => {
  let folder: string;
  let scratch: ScratchDatabase;
  let rows: StoredRows;
  let standIn: LarkStandIn;
  let environment: Record<string, string>;
  const services: RunningChild[] = [];

  const qs = async (args: string[]): Promise<ChildResult> => {
    const result = await runTypeScript(commandLineEntry, args, { cwd: folder, env: environment });
    expect(result.code, `qs ${args.join(' ')}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0);
    return result;
  };
  const startServiceProcess = async () => {
    const port = await freePort();
    const service = spawnTypeScript(serviceEntry, [], { cwd: folder, env: { ...environment, PORT: String(port) } });
    services.push(service);
    await waitForHealthy(`http://127.0.0.1:${port}`, service);
    return service;
  };
  /** Every call that asked Lark to send a message, repeats included: Lark's uuid de-duplication is not counted on. */
  const sendCalls = () => standIn.requests.filter((request) => request.method === 'POST' && request.path === '/open-apis/im/v1/messages');
  const refusedForRate = () => standIn.requests.filter((request) => request.status === 429 || request.code === 99991400 || request.code === 230020);
  // The services' own schedulers may push and remind for today meanwhile: only what concerns the commands' day is counted.
  const cardsOfTheDay = (openId: string) => standIn.cardsTo(openId).map((card) => cardToText(card)).filter((text) => text.includes(day));
  const remindersOfTheDay = (openId: string) => standIn.textsTo(openId).filter((text) => text.includes(day) && text.includes('还没有提交'));
  const leaseHolder = async () => (await rows.senderLease.findFirst({ where: { expiresAt: { gt: new Date() } } }))?.holder;
  const pidOf = (holder: string) => Number(holder.split(':')[1]);

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-several-instances-'));
    scratch = await createScratchDatabase(postgresUrl!, 'qs_several_instances');
    rows = openStoredRows(scratch.url);
    standIn = await startLarkStandIn({
      appId,
      appSecret,
      users: [{ openId: openIdFor('张总') }, { openId: openIdFor('李总监') }, ...officers.map((officer) => ({ openId: officer.openId }))],
    });
    standIn.enforceRateLimits(true);
    environment = {
      LARK_APP_ID: appId,
      LARK_APP_SECRET: appSecret,
      LARK_DOMAIN: standIn.url,
      LARK_VERIFICATION_TOKEN: verificationToken,
      DATABASE_URL: scratch.url,
      LOG_LEVEL: 'warn',
    };
    await writeFile(path.join(folder, 'organisation.yaml'), organisationFile());
    await qs(['org', 'import', 'organisation.yaml']);
    await startServiceProcess();
    await startServiceProcess();
    await pollUntil(leaseHolder, 'one of the services to take the sending lease');
  });
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await rows?.$disconnect();
    await standIn?.close();
    await scratch?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the command line hands its push to the running services, and each card is sent once, within Lark’s limits', async () => {
    const push = await qs(['job', 'run', 'daily-push', '--date', day]);
    expect(push.stderr).toContain('已交给正在运行的服务发送');

    await pollUntil(() => officers.every((officer) => cardsOfTheDay(officer.openId).length === 1), 'every officer’s card of the day');

    expect(officers.map((officer) => cardsOfTheDay(officer.openId).length)).toEqual(officers.map(() => 1));
    expect(sendCalls()).toHaveLength(standIn.messages.length);
    expect(refusedForRate()).toEqual([]);
  });

  it('when the sending service is killed, the other takes over and sends what was queued since, each once', async () => {
    const holder = await pollUntil(leaseHolder, 'the sending lease');
    const leader = services.find((service) => service.process.pid === pidOf(holder));
    expect(leader, `the lease holder ${holder} is one of the services`).toBeDefined();
    leader!.process.kill('SIGKILL');
    await leader!.exited;

    await qs(['job', 'run', 'daily-remind', '--date', day]);
    await pollUntil(async () => {
      const now = await leaseHolder();
      return now !== undefined && now !== holder;
    }, 'the surviving service to take the sending lease');
    await pollUntil(() => officers.every((officer) => remindersOfTheDay(officer.openId).length > 0), 'every officer’s reminder');

    expect(officers.map((officer) => remindersOfTheDay(officer.openId).length)).toEqual(officers.map(() => 1));
    expect(sendCalls()).toHaveLength(standIn.messages.length);
    expect(refusedForRate()).toEqual([]);
  });
});
