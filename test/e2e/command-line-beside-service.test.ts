import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';
import { appId, appSecret, encryptKey, type Harness, organisationYaml, people, startHarness, verificationToken } from '../support/service-harness.ts';
import { waitLimitMs } from '../support/wait-limit.ts';

/** The people writing to the bot while the commands run; each sends a suggestion now and then, which is audited. */
const writers = [people.officerWang, people.officerZhao, people.director];

/** The file imported again with a further unit of `officerCount` officers: a write of some length, as a real import is. */
function organisationWithBranch(round: number, officerCount: number): string {
  const lines = [
    organisationYaml.trimEnd(),
    `  - id: branch-${round}`,
    `    name: 第 ${round} 分店`,
    '    kind: retailer',
    '    staff: 20',
    '    revenueWan: 300',
    '    checklist: retailer-default',
    '    people:',
    `      - { id: manager-${round}, name: 店长${round}, role: principal, openId: ou_manager_${round} }`,
  ];
  for (let officer = 1; officer <= officerCount; officer += 1) {
    lines.push(`      - { id: officer-${round}-${officer}, name: 安全员${round}-${officer}, role: officer, openId: ou_officer_${round}_${officer}, assessment: { passed: true, date: 2026-01-10 } }`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the command line beside a running service, on one SQLite file', () => {
  let folder: string;
  let databaseFile: string;
  let harness: Harness;

  const qs = (args: string[]): Promise<ChildResult> =>
    runTypeScript(commandLineEntry, args, {
      cwd: folder,
      env: { DATABASE_URL: `file:${databaseFile}`, LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, LARK_DOMAIN: harness.standIn.url },
    });
  const expectSuccess = (result: ChildResult) => {
    expect(result.code, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0);
    return result;
  };
  const processed = (key: string) =>
    vi.waitFor(
      async () => {
        const delivery = await harness.rows.inboundEvent.findUnique({ where: { key }, select: { status: true, lastError: true } });
        if (delivery?.status === 'failed') throw new Error(`delivery ${key} failed: ${delivery.lastError}`);
        if (delivery?.status !== 'processed') throw new Error(`delivery ${key} is ${delivery?.status ?? 'not stored'}`);
      },
      { timeout: waitLimitMs, interval: 20 },
    );

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-beside-service-'));
    databaseFile = path.join(folder, 'qs.db');
    harness = await startHarness({ databaseUrl: `file:${databaseFile}` });
    await harness.importOrganisation(undefined, new Date('2026-10-30T08:00:00+08:00'));
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 09:00');
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('org import and export succeed while people keep writing to the bot, and every message is handled', async () => {
    // Lark's deliveries as they come, not the harness's deliverer, which waits for the whole service to be idle.
    const lark = harness.standIn.deliverer({ targetUrl: harness.eventsUrl, verificationToken, encryptKey });
    let commandsRunning = true;
    const sentKeys: string[] = [];
    // Each person writes again once the bot has handled their last message, as in a chat; all of them at once.
    const keepWriting = async (openId: string) => {
      while (commandsRunning) {
        const text = sentKeys.length % 4 === 0 ? `建议 第 ${sentKeys.length + 1} 条：成品仓库增加温湿度记录` : '我的建议';
        const sent = await lark.sendText(openId, text);
        expect(sent.status).toBe(200);
        sentKeys.push(`message:${sent.messageId}`);
        await processed(`message:${sent.messageId}`);
      }
    };
    const writing = Promise.all(writers.map((writer) => keepWriting(writer.openId)));

    const results: ChildResult[] = [];
    try {
      for (const round of [1, 2]) {
        const file = path.join(folder, `organisation-${round}.yaml`);
        await writeFile(file, organisationWithBranch(round, 150));
        results.push(
          ...(await Promise.all([
            qs(['org', 'import', file]),
            qs(['export', '--unit', 'acme-plant', '--from', '2026-11-01', '--to', '2026-11-30', '--out', path.join(folder, `archive-${round}`)]),
          ])),
        );
      }
    } finally {
      commandsRunning = false;
      await writing;
    }
    for (const result of results) expectSuccess(result);
    await harness.settle();

    expect(await harness.rows.unit.count({ where: { id: { startsWith: 'branch-' } } })).toBe(2);
    const deliveries = await harness.rows.inboundEvent.groupBy({ by: ['status'], where: { key: { in: sentKeys } }, _count: true });
    expect(deliveries).toEqual([{ status: 'processed', _count: sentKeys.length }]);
  });
});
