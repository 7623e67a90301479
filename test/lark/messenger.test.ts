import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type LarkStandIn, type LarkUser, openIdFor, startLarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { LarkMessenger } from '../../src/lark/messenger.ts';
import { MessengerError } from '../../src/lark/messenger-error.ts';
import { createLogger } from '../../src/logging/logger.ts';

const appId = 'cli_7b3e9a1c5d2f4086';
const appSecret = 'messenger-test-secret';
const lookUpPath = '/open-apis/contact/v3/users/batch_get_id';

let standIn: LarkStandIn;
afterEach(async () => {
  await standIn.close();
});

function messengerFor(lark: LarkStandIn, secret = appSecret): LarkMessenger {
  return new LarkMessenger({ appId, appSecret: secret, domain: lark.url }, createLogger('silent'));
}

function staff(count: number): LarkUser[] {
  return Array.from({ length: count }, (_, index) => ({
    openId: openIdFor(`员工${index}`),
    name: `员工${index}`,
    mobile: `139${String(index).padStart(8, '0')}`,
    email: `staff${index}@example.com`,
  }));
}

describe('looking people up by mobile and email', () => {
  it('finds more than 50 of each, in batches Lark accepts, and leaves out who is unknown', async () => {
    const people = staff(70);
    standIn = await startLarkStandIn({ appId, appSecret, users: people });
    const unknownMobiles = ['13700000001', '13700000002'];
    const unknownEmails = ['nobody@example.com'];

    const found = await messengerFor(standIn).lookUpOpenIds({
      mobiles: [...people.map((person) => person.mobile ?? ''), ...unknownMobiles],
      emails: [...people.slice(0, 60).map((person) => person.email ?? ''), ...unknownEmails],
    });

    for (const person of people) expect(found.get(person.mobile ?? '')).toBe(person.openId);
    for (const person of people.slice(0, 60)) expect(found.get(person.email ?? '')).toBe(person.openId);
    for (const unknown of [...unknownMobiles, ...unknownEmails]) expect(found.has(unknown)).toBe(false);
    expect(found.size).toBe(130);
    const calls = standIn.requests.filter((request) => request.path === lookUpPath);
    expect(calls.map((call) => call.status)).toEqual([200, 200]);
  });

  it('asks Lark nothing when there is nothing to look up', async () => {
    standIn = await startLarkStandIn({ appId, appSecret, users: [] });

    expect((await messengerFor(standIn).lookUpOpenIds({ mobiles: [], emails: [] })).size).toBe(0);
    expect(standIn.requests).toEqual([]);
  });
});

describe('the messenger’s tenant token', () => {
  const wang: LarkUser = { openId: openIdFor('王五'), name: '王五' };
  const text = (words: string) => ({ openId: wang.openId, msgType: 'text', content: JSON.stringify({ text: words }), uuid: randomUUID() });

  it('is reused while valid, and replaced at once when Lark invalidates it early (99991663)', async () => {
    standIn = await startLarkStandIn({ appId, appSecret, users: [wang] });
    const messenger = messengerFor(standIn);
    await messenger.send(text('一'));
    await messenger.send(text('二'));
    standIn.expireTokens();

    await messenger.send(text('三'));

    expect(standIn.textsTo(wang.openId)).toEqual(['一', '二', '三']);
    const tokenFetches = standIn.requests.filter((request) => request.path.endsWith('/tenant_access_token/internal'));
    expect(tokenFetches).toHaveLength(2);
  });

  it('refused again right after a fresh one: gives up for now with a retryable token failure', async () => {
    standIn = await startLarkStandIn({ appId, appSecret, users: [wang] });
    standIn.failNext({ path: '/open-apis/im/v1/messages', status: 400, code: 99991663, count: 2 });

    const failure = await messengerFor(standIn).send(text('一')).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MessengerError);
    expect(failure).toMatchObject({ kind: 'token', larkCode: 99991663, retryable: true });
    expect(standIn.messages).toEqual([]);
  });

  it('a wrong app secret surfaces as a failure naming Lark’s code 10003', async () => {
    standIn = await startLarkStandIn({ appId, appSecret, users: [wang] });

    const failure = await messengerFor(standIn, 'wrong-secret').send(text('一')).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MessengerError);
    expect((failure as MessengerError).message).toContain('10003');
  });
});
