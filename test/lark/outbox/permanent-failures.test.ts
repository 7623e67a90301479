import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIdFor } from '../../../lark-stand-in/lark-stand-in.ts';
import { waitLimitMs } from '../../support/wait-limit.ts';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const sendPath = '/open-apis/im/v1/messages';

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

function sendRequests() {
  return fixture.standIn.requests.filter((request) => request.method === 'POST' && request.path === sendPath);
}

function errorLinesAbout(outboxId: string) {
  return fixture.logLines.filter((line) => line.level === 50 && line.outboxId === outboxId);
}

describe('a send Lark refuses for good is not retried', () => {
  it('230013 (person outside the app’s availability scope): failed at once, code recorded, error logged', async () => {
    fixture = await openOutboxFixture([wang]);
    const outsider = openIdFor('不在可用范围的人');
    const id = await fixture.sendText(outsider, '发不出去');
    const sender = fixture.newSender();

    expect(await sender.sendDue()).toBe(0);
    fixture.clock.advance(60 * 60_000);
    await sender.drain(waitLimitMs);

    const row = await fixture.row(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.lastError).toContain('230013');
    expect(sendRequests()).toHaveLength(1);
    const [line] = errorLinesAbout(id);
    expect(line).toMatchObject({ larkCode: 230013, receiveId: outsider });
    expect(line?.msg).toContain('230013');
  });

  it('230099 (card could not be built): failed at once, and later messages to the same person still go', async () => {
    fixture = await openOutboxFixture([wang]);
    const refused = await fixture.sendText(wang.openId, '会被拒绝');
    const next = await fixture.sendText(wang.openId, '下一条照常发送');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 400, code: 230099, msg: 'Failed to create card content, ext=ErrCode: 11310' });

    await fixture.newSender().drain(waitLimitMs);

    expect(await fixture.row(refused)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await fixture.row(refused)).lastError).toContain('230099');
    expect(errorLinesAbout(refused)).toHaveLength(1);
    expect(await fixture.row(next)).toMatchObject({ status: 'sent' });
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['下一条照常发送']);
  });

  it('a code Lark returns behind HTTP 200 is classified by the code, not the status', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '正文');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 200, code: 230002, msg: 'Bot/User can NOT be out of the chat.' });

    await fixture.newSender().sendDue();

    expect(await fixture.row(id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(errorLinesAbout(id)).toHaveLength(1);
  });

  it('a rate limit Lark returns behind HTTP 200 is still retried', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '正文');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 200, code: 230020 });
    const sender = fixture.newSender();

    await sender.sendDue();
    expect(await fixture.row(id)).toMatchObject({ status: 'pending', attempts: 1 });
    fixture.clock.advance(500);
    await sender.sendDue();

    expect(await fixture.row(id)).toMatchObject({ status: 'sent' });
    expect(errorLinesAbout(id)).toEqual([]);
  });

  it('a transient failure that never clears is given up after the last attempt, with an error logged', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '始终失败');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 502, code: 1, count: 100 });
    const sender = fixture.newSender();

    // Failed calls count against the person's 5-a-second limit too, so the twenty tries take a few real seconds.
    await vi.waitFor(
      async () => {
        await sender.sendDue();
        fixture.clock.advance(5 * 60_000);
        expect((await fixture.row(id)).status).not.toBe('pending');
      },
      { timeout: waitLimitMs, interval: 100 },
    );

    expect(await fixture.row(id)).toMatchObject({ status: 'failed', attempts: 20 });
    expect(sendRequests()).toHaveLength(20);
    expect(errorLinesAbout(id)).toHaveLength(1);
  });
});
