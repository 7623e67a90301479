import { afterEach, describe, expect, it } from 'vitest';
import { waitLimitMs } from '../../support/wait-limit.ts';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const zhao = person('赵六');

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

describe('the outbox sends what use cases wrote, in order', () => {
  it('sends each person’s messages oldest first, each with its own uuid, and records Lark’s message id on the row', async () => {
    fixture = await openOutboxFixture([wang, zhao]);
    const ids = [
      await fixture.sendText(wang.openId, '第一条：今日检查已推送'),
      await fixture.sendText(zhao.openId, '第二条：请完成日管控'),
      await fixture.sendText(wang.openId, '第三条：提醒'),
    ];

    const sent = await fixture.newSender().sendDue();

    expect(sent).toBe(3);
    const rows = await Promise.all(ids.map((id) => fixture.row(id)));
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['第一条：今日检查已推送', '第三条：提醒']);
    expect(fixture.standIn.textsTo(zhao.openId)).toEqual(['第二条：请完成日管控']);
    const byUuid = new Map(fixture.standIn.messages.map((message) => [message.uuid, message]));
    expect(new Set(rows.map((row) => row.uuid)).size).toBe(3);
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
    expect(rows.map((row) => row.larkMessageId)).toEqual(rows.map((row) => byUuid.get(row.uuid)?.messageId));
    expect(fixture.standIn.messagesTo(wang.openId).map((message) => message.msgType)).toEqual(['text', 'text']);
  });

  it('a message waiting for its retry keeps later messages to the same person back, but not messages to others', async () => {
    fixture = await openOutboxFixture([wang, zhao]);
    const first = await fixture.sendText(wang.openId, '王五 1');
    const second = await fixture.sendText(wang.openId, '王五 2');
    await fixture.sendText(zhao.openId, '赵六 1');
    fixture.standIn.failNext({ path: '/open-apis/im/v1/messages', method: 'POST', status: 503, code: 1 });
    const sender = fixture.newSender();

    await sender.sendDue();
    await sender.sendDue();

    expect(fixture.standIn.textsTo(wang.openId)).toEqual([]);
    expect(fixture.standIn.textsTo(zhao.openId)).toEqual(['赵六 1']);
    expect((await fixture.row(first)).status).toBe('pending');
    expect((await fixture.row(second)).attempts).toBe(0);

    fixture.clock.advance(500);
    await sender.drain(waitLimitMs);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['王五 1', '王五 2']);
  });

  it('after a restart, a new sender on the same database sends what the stopped one left', async () => {
    fixture = await openOutboxFixture([wang, zhao]);
    const ids = [await fixture.sendText(wang.openId, '甲'), await fixture.sendText(zhao.openId, '乙'), await fixture.sendText(wang.openId, '丙')];
    const before = fixture.newSender();
    before.start(10);
    await before.stop();

    expect(fixture.standIn.messages).toEqual([]);
    expect((await Promise.all(ids.map((id) => fixture.row(id)))).map((row) => row.status)).toEqual(['pending', 'pending', 'pending']);

    const after = fixture.newSender(fixture.newMessenger());
    await after.drain(waitLimitMs);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['甲', '丙']);
    expect(fixture.standIn.textsTo(zhao.openId)).toEqual(['乙']);
    expect((await Promise.all(ids.map((id) => fixture.row(id)))).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a retry scheduled before the restart is honoured by the new sender', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await fixture.sendText(wang.openId, '重启前失败过一次');
    fixture.standIn.failNext({ path: '/open-apis/im/v1/messages', method: 'POST', status: 500, code: 1 });
    await fixture.newSender().sendDue();
    const after = fixture.newSender(fixture.newMessenger());

    expect(await after.sendDue()).toBe(0);
    fixture.clock.advance(500);
    expect(await after.sendDue()).toBe(1);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['重启前失败过一次']);
    expect(await fixture.row(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });
});
