import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** The seal as a person reads it in chat: the `<sequence>:<sha256>` line of the bot's message of that date. */
function sealSentTo(harness: Harness, openId: string, date: string): string {
  const message = harness.standIn.textsTo(openId).findLast((text) => text.includes('审计链封存值') && text.includes(date));
  const seal = message?.match(/\b\d+:[0-9a-f]{64}\b/)?.[0];
  if (!seal) throw new Error(`no seal for ${date} in the chat of ${openId}`);
  return seal;
}

describe('the audit chain sealed in chat: a cut tail no longer passes verify', () => {
  let folder: string;
  let databaseFile: string;
  let harness: Harness;
  const seals: Record<string, string> = {};
  const qs = (args: string[]): Promise<ChildResult> => runTypeScript(commandLineEntry, args, { cwd: folder, env: { DATABASE_URL: `file:${databaseFile}` } });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-seal-'));
    databaseFile = path.join(folder, 'qs.db');
    harness = await startHarness({ databaseUrl: `file:${databaseFile}` });
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    for (const day of ['2026-11-02', '2026-11-03']) {
      await harness.runJob('daily-push', day);
      await harness.settle();
      harness.actAt(`${day} 09:00`);
      await harness.lark.sendText(people.officerWang.openId, '全部正常');
      await harness.lark.sendText(people.officerZhao.openId, '全部正常');
      await harness.runJob('daily-close', day);
      await harness.settle();
      seals[day] = sealSentTo(harness, people.principal.openId, day);
    }
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('sends the principal and the director the same seal at each daily close, naming the command that checks it', () => {
    for (const day of Object.keys(seals)) expect(sealSentTo(harness, people.director.openId, day)).toBe(seals[day]);
    expect(seals['2026-11-02']).not.toBe(seals['2026-11-03']);
    const message = harness.standIn.textsTo(people.principal.openId).find((text) => text.includes(seals['2026-11-02']!))!;
    expect(message).toContain(`npm run qs -- verify --seal ${seals['2026-11-02']}`);
    expect(harness.standIn.textsTo(people.officerWang.openId).some((text) => text.includes('审计链封存值'))).toBe(false);
  });

  it('verify with every seal sent passes while the chain is whole', async () => {
    const result = await qs(['verify', '--seal', seals['2026-11-02']!, '--seal', seals['2026-11-03']!]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2 个封存值所指的审计记录都在链中且未被改动');
  });

  it('a malformed seal is refused, saying what a seal looks like', async () => {
    const result = await qs(['verify', '--seal', '12:abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--seal 的值应为机器人在聊天中发送的封存值');
  });

  it('after the second day is cut off with its audit entries, verify alone passes but verify --seal names the missing entry', async () => {
    const [sequence] = seals['2026-11-03']!.split(':');
    const firstSeal = Number(seals['2026-11-02']!.split(':')[0]);
    // The first day's seal entry stays: everything after it, and the day it covered, is removed as a tamperer would.
    await harness.close();
    const cutDay = await harness.rows.dailyCheck.findMany({ where: { date: '2026-11-03' }, select: { id: true } });
    await harness.rows.dailyAnswer.deleteMany({ where: { dailyCheckId: { in: cutDay.map((check) => check.id) } } });
    await harness.rows.dailyCheck.deleteMany({ where: { date: '2026-11-03' } });
    await harness.rows.auditEntry.deleteMany({ where: { sequence: { gt: firstSeal + 1 } } });

    const unsealed = await qs(['verify']);
    expect(unsealed.code, unsealed.stderr).toBe(0);

    const sealed = await qs(['verify', '--seal', seals['2026-11-02']!, '--seal', seals['2026-11-03']!]);
    expect(sealed.code).toBe(1);
    expect(sealed.stderr).toContain(`审计链中已没有第 ${sequence} 条记录`);
    expect(sealed.stderr).not.toContain(`第 ${firstSeal} 条记录`);
  });
});
