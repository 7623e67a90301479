import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitLimitMs } from '../../support/wait-limit.ts';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const zhao = person('赵六');

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

describe('one process sends the outbox at a time', () => {
  it('while one process holds the sending lease, another sends nothing, and each message goes once', async () => {
    fixture = await openOutboxFixture([wang, zhao]);
    await fixture.sendText(wang.openId, '今日检查已推送');
    await fixture.sendText(zhao.openId, '请完成日管控');
    const holder = fixture.newSender();
    const other = fixture.newSender(undefined, fixture.otherProcessLease());

    expect(await holder.sendDue()).toBe(2);
    await fixture.sendText(wang.openId, '提醒');
    expect(await other.sendDue()).toBe(0);
    expect(await holder.sendDue()).toBe(1);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['今日检查已推送', '提醒']);
    expect(fixture.standIn.textsTo(zhao.openId)).toEqual(['请完成日管控']);
  });

  it('a process that stops gives the lease up, and another sends at once', async () => {
    fixture = await openOutboxFixture([wang]);
    const holder = fixture.newSender();
    await holder.sendDue();
    const other = fixture.newSender(undefined, fixture.otherProcessLease());
    await fixture.sendText(wang.openId, '交接后的消息');

    await holder.stop();

    await vi.waitFor(async () => expect(await other.sendDue()).toBe(1), { timeout: waitLimitMs, interval: 100 });
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['交接后的消息']);
  });

  it('when the holder dies without giving the lease up, another process sends once the lease has expired', async () => {
    fixture = await openOutboxFixture([wang]);
    // A lease just past the safety margin, which its holder never renews: the process was killed.
    const dying = fixture.newSender(undefined, fixture.otherProcessLease(3_500));
    await fixture.sendText(wang.openId, '第一条');
    expect(await dying.sendDue()).toBe(1);
    await fixture.sendText(wang.openId, '第二条');
    const survivor = fixture.newSender();
    const refusedAt = Date.now();
    expect(await survivor.sendDue()).toBe(0);

    await vi.waitFor(async () => expect(await survivor.sendDue()).toBe(1), { timeout: waitLimitMs, interval: 200 });

    expect(Date.now() - refusedAt).toBeGreaterThanOrEqual(2_000);
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['第一条', '第二条']);
  });

  it('a command hands its messages to the process that holds the lease instead of sending them itself', async () => {
    fixture = await openOutboxFixture([wang]);
    const service = fixture.newSender();
    await service.sendDue();
    await fixture.sendText(wang.openId, '命令排入的消息');

    expect(await fixture.newSender(undefined, fixture.otherProcessLease()).drain(5_000)).toBe('handed-over');
    expect(fixture.standIn.messages).toEqual([]);

    expect(await service.sendDue()).toBe(1);
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['命令排入的消息']);
  });
});
