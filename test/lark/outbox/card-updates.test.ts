import { afterEach, describe, expect, it } from 'vitest';
import { openIdFor } from '../../../lark-stand-in/lark-stand-in.ts';
import { dailyCheckView } from '../cards/daily-check-views.ts';
import { waitLimitMs } from '../../support/wait-limit.ts';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const sendPath = '/open-apis/im/v1/messages';

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

/** A daily-check card whose unit name tells the versions apart in what the person sees. */
function dailyCheck(version: string) {
  return { kind: 'daily-check' as const, view: dailyCheckView({ unitName: `华东电器（${version}）` }) };
}

function sendCard(openId: string, version: string) {
  return fixture.enqueue({ operation: 'send', toOpenId: openId, notification: dailyCheck(version) });
}

function updateCard(cardOutboxId: string, version: string) {
  return fixture.enqueue({ operation: 'update', targetOutboxId: cardOutboxId, notification: dailyCheck(version) });
}

function patchRequests() {
  return fixture.standIn.requests.filter((request) => request.method === 'PATCH');
}

function versionsSeenBy(openId: string): string[] {
  const [message] = fixture.standIn.messagesTo(openId);
  return (message?.history ?? []).map((version) => /华东电器（(.+?)）/.exec(version.rawContent)?.[1] ?? '?');
}

describe('card updates', () => {
  it('an update of a card not sent yet waits for the card, then replaces it', async () => {
    fixture = await openOutboxFixture([wang]);
    const card = await sendCard(wang.openId, '初版');
    const update = await updateCard(card, '已提交');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 503, code: 1 });
    const sender = fixture.newSender();

    await sender.sendDue();
    await sender.sendDue();

    expect(patchRequests()).toEqual([]);
    expect(await fixture.row(update)).toMatchObject({ status: 'pending', attempts: 0 });

    fixture.clock.advance(500);
    await sender.drain(waitLimitMs);

    expect(versionsSeenBy(wang.openId)).toEqual(['初版', '已提交']);
    expect(await fixture.row(update)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await fixture.row(card)).status).toBe('sent');
  });

  it('several pending updates of one card collapse to the latest; the older ones are marked superseded', async () => {
    fixture = await openOutboxFixture([wang]);
    const card = await sendCard(wang.openId, '初版');
    const sender = fixture.newSender();
    await sender.sendDue();
    const older = [await updateCard(card, '第二版'), await updateCard(card, '第三版')];
    const latest = await updateCard(card, '第四版');

    await sender.drain(waitLimitMs);

    expect(patchRequests()).toHaveLength(1);
    expect(versionsSeenBy(wang.openId)).toEqual(['初版', '第四版']);
    expect((await Promise.all(older.map((id) => fixture.row(id)))).map((row) => row.status)).toEqual(['superseded', 'superseded']);
    expect((await fixture.row(latest)).status).toBe('sent');
  });

  it('an update waiting for its retry is superseded by a newer one, so stale content never overwrites the card', async () => {
    fixture = await openOutboxFixture([wang]);
    const card = await sendCard(wang.openId, '初版');
    const sender = fixture.newSender();
    await sender.sendDue();
    const stale = await updateCard(card, '旧更新');
    fixture.standIn.failNext({ method: 'PATCH', status: 500, code: 1 });
    await sender.sendDue();
    const fresh = await updateCard(card, '新更新');

    await sender.sendDue();
    fixture.clock.advance(60_000);
    await sender.drain(waitLimitMs);

    expect(versionsSeenBy(wang.openId)).toEqual(['初版', '新更新']);
    expect((await fixture.row(stale)).status).toBe('superseded');
    expect((await fixture.row(fresh)).status).toBe('sent');
  });

  it('an update of a card that failed is marked failed, not retried', async () => {
    fixture = await openOutboxFixture([wang]);
    const outsider = openIdFor('不在可用范围的人');
    const card = await sendCard(outsider, '初版');
    const update = await updateCard(card, '已提交');

    await fixture.newSender().drain(waitLimitMs);

    expect((await fixture.row(card)).status).toBe('failed');
    const row = await fixture.row(update);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.lastError).toContain('卡片');
    expect(patchRequests()).toEqual([]);
    expect(fixture.logLines.filter((line) => line.level === 50 && line.outboxId === update)).toHaveLength(1);
  });

  it('a card that is refused for good (230099) fails, and so does its pending update', async () => {
    fixture = await openOutboxFixture([wang]);
    const card = await sendCard(wang.openId, '初版');
    const update = await updateCard(card, '已提交');
    fixture.standIn.failNext({ path: sendPath, method: 'POST', status: 400, code: 230099 });

    await fixture.newSender().drain(waitLimitMs);

    expect((await fixture.row(card)).lastError).toContain('230099');
    expect((await fixture.row(update)).status).toBe('failed');
    expect(fixture.standIn.messages).toEqual([]);
  });
});
