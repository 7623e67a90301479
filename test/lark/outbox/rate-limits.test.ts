import { afterEach, describe, expect, it } from 'vitest';
import { waitLimitMs } from '../../support/wait-limit.ts';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const sixty = Array.from({ length: 60 }, (_, index) => person(`员工${index + 1}`));

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

describe('staying within Lark’s rate limits (50 calls/s per app, 5 messages/s per person)', () => {
  it('20 messages to one person and 60 to sixty people all arrive, in order, without Lark having to refuse', async () => {
    fixture = await openOutboxFixture([wang, ...sixty]);
    fixture.standIn.enforceRateLimits(true);
    const ids: string[] = [];
    for (let index = 1; index <= 20; index += 1) ids.push(await fixture.sendText(wang.openId, `王五第${index}条`));
    for (const [index, someone] of sixty.entries()) ids.push(await fixture.sendText(someone.openId, `通知${index + 1}`));

    await fixture.newSender().drain(waitLimitMs);

    const rows = await fixture.rows.outboxMessage.findMany({ where: { id: { in: ids } }, select: { status: true } });
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(80);
    expect(fixture.standIn.textsTo(wang.openId)).toEqual(Array.from({ length: 20 }, (_, index) => `王五第${index + 1}条`));
    for (const [index, someone] of sixty.entries()) expect(fixture.standIn.textsTo(someone.openId)).toEqual([`通知${index + 1}`]);
    const refused = fixture.standIn.requests.filter((request) => request.code === 230020 || request.code === 99991400);
    expect(refused).toEqual([]);
  });

  it('one busy person does not hold up everyone else: the others get theirs while that person’s sixth message waits', async () => {
    fixture = await openOutboxFixture([wang, ...sixty]);
    fixture.standIn.enforceRateLimits(true);
    for (let index = 1; index <= 10; index += 1) await fixture.sendText(wang.openId, `王五第${index}条`);
    for (const someone of sixty) await fixture.sendText(someone.openId, '通知');

    await fixture.newSender().drain(waitLimitMs);

    const recipients = fixture.standIn.messages.map((message) => message.recipientOpenId);
    const sixthToWang = recipients.map((openId, index) => ({ openId, index })).filter(({ openId }) => openId === wang.openId)[5]?.index;
    const firstToOthers = recipients.findIndex((openId) => openId !== wang.openId);
    expect(fixture.standIn.messages).toHaveLength(70);
    // Not all sixty: how many go within that person's one-second wait depends on how busy the machine is.
    expect(firstToOthers).toBeLessThan(sixthToWang!);
  });
});
