import { afterEach, describe, expect, it } from 'vitest';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

describe('a queued message whose stored content no longer reads', () => {
  it.each([
    { damage: 'JSON cut short', content: '{"kind":"text","text":"第一', field: 'content' },
    { damage: 'a text message without its text', content: '{"kind":"text"}', field: 'content.text' },
    { damage: 'a kind of notification the bot never writes', content: '{"kind":"telegram","text":"第一条"}', field: 'content.kind' },
  ])('($damage) fails on its own, naming the row and the field, and the person’s next message still goes', async ({ content, field }) => {
    fixture = await openOutboxFixture([wang]);
    const damaged = await fixture.sendText(wang.openId, '第一条');
    await fixture.sendText(wang.openId, '第二条');
    await fixture.rows.outboxMessage.update({ where: { id: damaged }, data: { content } });

    await fixture.newSender().drain(5_000);

    expect(fixture.standIn.textsTo(wang.openId)).toEqual(['第二条']);
    const row = await fixture.row(damaged);
    expect(row.status).toBe('failed');
    for (const named of ['OutboxMessage', damaged, field]) expect(row.lastError).toContain(named);
    expect(fixture.logLines.filter((line) => line.level === 50 && line.outboxId === damaged)).toHaveLength(1);
  });
});
