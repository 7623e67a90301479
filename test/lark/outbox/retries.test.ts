import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitLimitMs } from '../../support/wait-limit.ts';
import { type LossyProxy, startLossyProxy } from './lossy-proxy.ts';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const zhao = person('赵六');
const sendPath = '/open-apis/im/v1/messages';

let fixture: OutboxFixture;
let proxy: LossyProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await fixture.close();
});

function sendRequests() {
  return fixture.standIn.requests.filter((request) => request.method === 'POST' && request.path === sendPath);
}

describe('a send that fails for a passing reason is retried and delivered exactly once', () => {
  it('a 5xx answer: retried after a backoff, then delivered', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '服务器暂时出错后补发');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 503, code: 1, msg: 'service unavailable' });
    const sender = fixture.newSender();
    const failedAt = fixture.clock.now().getTime();

    expect(await sender.sendDue()).toBe(0);
    const waiting = await fixture.row(id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toContain('HTTP 503');
    expect(waiting.nextAttemptAt.getTime() - failedAt).toBeGreaterThanOrEqual(500);
    expect(fixture.logLines.some((line) => line.level === 40 && line.outboxId === id && line.msg.startsWith('will retry'))).toBe(true);

    expect(await sender.sendDue()).toBe(0);
    fixture.clock.advance(500);
    expect(await sender.sendDue()).toBe(1);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['服务器暂时出错后补发']);
    expect(await fixture.row(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('429 99991400 with x-ogw-ratelimit-reset: 1 waits at least the second Lark asked for', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '限流后补发');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 429, code: 99991400, headers: { 'x-ogw-ratelimit-reset': '1' } });
    const sender = fixture.newSender();
    const failedAt = fixture.clock.now().getTime();

    await sender.sendDue();
    const waiting = await fixture.row(id);
    expect(waiting.lastError).toContain('99991400');
    expect(waiting.nextAttemptAt.getTime() - failedAt).toBeGreaterThanOrEqual(1000);

    fixture.clock.advance(999);
    expect(await sender.sendDue()).toBe(0);
    expect(sendRequests()).toHaveLength(1);

    fixture.clock.advance(1);
    expect(await sender.sendDue()).toBe(1);
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['限流后补发']);
  });

  it('a gateway limit pauses every send, not only the refused one', async () => {
    fixture = await openOutboxFixture([wang, zhao]);
    const refused = await fixture.sendText(wang.openId, '被限流');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 429, code: 99991400, headers: { 'x-ogw-ratelimit-reset': '60' } });
    const failedAt = fixture.clock.now().getTime();
    const sender = fixture.newSender();

    expect(await sender.sendDue()).toBe(0);
    const other = await fixture.sendText(zhao.openId, '也须等待');
    expect(await sender.sendDue()).toBe(0);

    expect(sendRequests()).toHaveLength(1);
    expect((await fixture.row(refused)).nextAttemptAt.getTime() - failedAt).toBeGreaterThanOrEqual(60_000);
    expect(await fixture.row(other)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('400 230020 (too many messages to one person) is retried, not given up', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '单人限频后补发');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 400, code: 230020 });
    const sender = fixture.newSender();

    await sender.sendDue();
    expect(await fixture.row(id)).toMatchObject({ status: 'pending', attempts: 1 });
    fixture.clock.advance(500);
    await sender.sendDue();

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['单人限频后补发']);
    expect(await fixture.row(id)).toMatchObject({ status: 'sent' });
  });

  it('an answer lost after Lark accepted the message: the retry carries the same uuid and nothing arrives twice', async () => {
    fixture = await openOutboxFixture([wang]);
    proxy = await startLossyProxy(fixture.standIn.url);
    proxy.loseAnswers({ method: 'POST', path: sendPath }, 'reset');
    const id = await fixture.sendText(wang.openId, '应答丢失也只送达一次');
    const sender = fixture.newSender(fixture.newMessenger({ domain: proxy.url }));

    await sender.sendDue();
    expect(fixture.standIn.messages).toHaveLength(1);
    expect((await fixture.row(id)).status).toBe('pending');

    fixture.clock.advance(500);
    await sender.sendDue();

    const row = await fixture.row(id);
    expect(sendRequests()).toHaveLength(2);
    expect(proxy.bodiesSentTo('POST', sendPath).map((body) => (body as { uuid: string }).uuid)).toEqual([row.uuid, row.uuid]);
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['应答丢失也只送达一次']);
    expect(row).toMatchObject({ status: 'sent', larkMessageId: fixture.standIn.messages[0]?.messageId });
  });

  it('a call that gets no answer at all times out and is retried without a second delivery', async () => {
    fixture = await openOutboxFixture([wang]);
    proxy = await startLossyProxy(fixture.standIn.url);
    proxy.loseAnswers({ method: 'POST', path: sendPath }, 'silence');
    const id = await fixture.sendText(wang.openId, '超时后补发');
    const sender = fixture.newSender(fixture.newMessenger({ domain: proxy.url, requestTimeoutMs: 300 }));

    await sender.sendDue();
    const waiting = await fixture.row(id);
    expect(waiting.status).toBe('pending');
    expect(waiting.lastError).toContain('未收到飞书的应答');

    // Retried until an answer comes in time: on a busy machine even an answered call can outlast the 300 ms.
    await vi.waitFor(
      async () => {
        fixture.clock.advance(5 * 60_000);
        await sender.sendDue();
        expect((await fixture.row(id)).status).toBe('sent');
      },
      { timeout: waitLimitMs, interval: 50 },
    );

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['超时后补发']);
    expect(await fixture.row(id)).toMatchObject({ status: 'sent', larkMessageId: fixture.standIn.messages[0]?.messageId });
  });

  it('99991663 (token invalidated early): the messenger fetches a new token and the same pass delivers', async () => {
    fixture = await openOutboxFixture([wang]);
    const sender = fixture.newSender();
    await fixture.sendText(wang.openId, '令牌有效时');
    await sender.sendDue();
    fixture.standIn.expireTokens();
    const id = await fixture.sendText(wang.openId, '令牌失效后');

    expect(await sender.sendDue()).toBe(1);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['令牌有效时', '令牌失效后']);
    expect(sendRequests().map((request) => request.code)).toEqual([0, 99991663, 0]);
    expect(fixture.standIn.requests.filter((request) => request.path.endsWith('/tenant_access_token/internal'))).toHaveLength(2);
    expect(await fixture.row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
