import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLarkStandIn, type LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import {
  appId,
  appSecret,
  checklistCard,
  larkFailureOf,
  liSi,
  sdkClientFor,
  textContent,
  zhangSan,
} from './sdk-clients.ts';

let standIn: LarkStandIn;
// Frozen within each test, so "within one second" for the rate limits does not depend on the machine's speed.
let clock = Date.now();

beforeAll(async () => {
  standIn = await startLarkStandIn({ appId, appSecret, users: [zhangSan, liSi], now: () => clock });
});

afterAll(async () => {
  await standIn.close();
});

beforeEach(() => {
  clock = Date.now();
  standIn.reset();
  standIn.enforceRateLimits(false);
});

describe('tenant access token', () => {
  it('is issued for the right credentials and reused by the SDK for later calls', async () => {
    const client = sdkClientFor(standIn);
    await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('第一条') },
    });
    await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('第二条') },
    });
    const tokenFetches = standIn.requests.filter((request) => request.path.endsWith('/tenant_access_token/internal'));
    expect(tokenFetches).toEqual([expect.objectContaining({ status: 200, code: 0 })]);
  });

  it('is refused with HTTP 200 and code 10003 for a wrong secret, which the SDK turns into an error', async () => {
    const client = sdkClientFor(standIn, 'wrong-secret');
    await expect(
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('你好') },
      }),
    ).rejects.toThrow(/code: 10003/);
    expect(standIn.messages).toHaveLength(0);
  });

  it('answers a call without a token with 99991661 and an unknown token with 99991663', async () => {
    const send = (headers: Record<string, string>) =>
      fetch(`${standIn.url}/open-apis/im/v1/messages?receive_id_type=open_id`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ receive_id: zhangSan.openId, msg_type: 'text', content: textContent('你好') }),
      });
    const missing = await send({});
    const invalid = await send({ authorization: 'Bearer t-g1044forged' });
    expect([missing.status, ((await missing.json()) as { code: number }).code]).toEqual([400, 99991661]);
    expect([invalid.status, ((await invalid.json()) as { code: number }).code]).toEqual([400, 99991663]);
  });

  it('stops working for every client once tokens expire, until a client fetches a new one', async () => {
    const client = sdkClientFor(standIn);
    const sendHello = (sdk = client) =>
      sdk.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('你好') },
      });
    await sendHello();
    standIn.expireTokens();
    expect((await larkFailureOf(sendHello())).code).toBe(99991663);
    await sendHello(sdkClientFor(standIn));
    expect(standIn.textsTo(zhangSan.openId)).toEqual(['你好', '你好']);
  });
});

describe('sending messages', () => {
  it('shows a text sent by open_id in the person’s chat, answered with Lark’s message object', async () => {
    const client = sdkClientFor(standIn);
    const answer = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('今日检查已推送') },
    });
    expect(answer.code).toBe(0);
    expect(answer.data).toMatchObject({
      message_id: expect.stringMatching(/^om_[0-9a-f]{32}$/),
      chat_id: standIn.chatIdOf(zhangSan.openId),
      msg_type: 'text',
      create_time: expect.stringMatching(/^\d{13}$/),
      sender: { id: appId, id_type: 'app_id', sender_type: 'app' },
      body: { content: textContent('今日检查已推送') },
    });
    expect(standIn.textsTo(zhangSan.openId)).toEqual(['今日检查已推送']);
    expect(standIn.textsTo(liSi.openId)).toEqual([]);
  });

  it('delivers a message addressed by email to the same person’s chat', async () => {
    const client = sdkClientFor(standIn);
    await client.im.message.create({
      params: { receive_id_type: 'email' },
      data: { receive_id: zhangSan.email, msg_type: 'text', content: textContent('按邮箱发送') },
    });
    expect(standIn.messagesTo(zhangSan.openId)).toEqual([
      expect.objectContaining({ receiveIdType: 'email', receiveId: zhangSan.email, chatId: standIn.chatIdOf(zhangSan.openId) }),
    ]);
  });

  it('refuses a person outside the app’s scope with 230013', async () => {
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: 'ou_00000000000000000000000000000000', msg_type: 'text', content: textContent('你好') },
      }),
    );
    expect([failure.status, failure.code]).toEqual([400, 230013]);
  });

  it('refuses content given as an object instead of a JSON string, and an unknown msg_type', async () => {
    const client = sdkClientFor(standIn);
    const objectContent = await larkFailureOf(
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'text', content: { text: '你好' } as unknown as string },
      }),
    );
    const unknownType = await larkFailureOf(
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'telegram', content: textContent('你好') },
      }),
    );
    expect(objectContent.status).toBe(400);
    expect(unknownType.code).toBe(230001);
    expect(standIn.messages).toHaveLength(0);
  });

  it('refuses a receive_id_type Lark does not know', async () => {
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.message.create({
        params: { receive_id_type: 'mobile' as 'open_id' },
        data: { receive_id: zhangSan.mobile, msg_type: 'text', content: textContent('你好') },
      }),
    );
    expect([failure.status, failure.code]).toEqual([400, 99992402]);
  });

  it('sends the same uuid only once within an hour and answers the repeat with the original message', async () => {
    let now = Date.UTC(2026, 0, 5, 1, 0, 0);
    const clockedStandIn = await startLarkStandIn({ appId, appSecret, users: [zhangSan], now: () => now });
    try {
      const client = sdkClientFor(clockedStandIn);
      const send = () =>
        client.im.message.create({
          params: { receive_id_type: 'open_id' },
          data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('日管控提醒'), uuid: 'daily-remind-2026-01-05' },
        });
      const first = await send();
      now += 59 * 60 * 1000;
      const repeat = await send();
      expect(repeat.data?.message_id).toBe(first.data?.message_id);
      expect(clockedStandIn.textsTo(zhangSan.openId)).toEqual(['日管控提醒']);
      now += 2 * 60 * 1000;
      const afterAnHour = await send();
      expect(afterAnHour.data?.message_id).not.toBe(first.data?.message_id);
      expect(clockedStandIn.textsTo(zhangSan.openId)).toEqual(['日管控提醒', '日管控提醒']);
    } finally {
      await clockedStandIn.close();
    }
  });
});

describe('cards', () => {
  it('shows the PATCHed version of a card while keeping every version in its history', async () => {
    const client = sdkClientFor(standIn);
    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'interactive', content: JSON.stringify(checklistCard('每日质量安全检查')) },
    });
    const messageId = sent.data?.message_id as string;
    const patched = await client.im.message.patch({
      path: { message_id: messageId },
      data: { content: JSON.stringify(checklistCard('每日质量安全检查（已提交）')) },
    });
    expect(patched).toMatchObject({ code: 0, data: {} });
    expect(standIn.cardsTo(zhangSan.openId)).toEqual([checklistCard('每日质量安全检查（已提交）')]);
    const message = standIn.message(messageId);
    expect(message?.content).toEqual(checklistCard('每日质量安全检查'));
    expect(message?.history.map((version) => version.source)).toEqual(['send', 'patch']);
  });

  it('refuses a card whose form has no submit button with 230099 and records nothing', async () => {
    const card = checklistCard('每日质量安全检查');
    const form = (card['body'] as { elements: Array<Record<string, unknown>> }).elements[1] as { elements: unknown[] };
    form.elements = form.elements.slice(0, 1);
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'interactive', content: JSON.stringify(card) },
      }),
    );
    expect([failure.status, failure.code]).toEqual([400, 230099]);
    expect(failure.msg).toContain('submit');
    expect(standIn.cardsTo(zhangSan.openId)).toEqual([]);
  });

  it('refuses to PATCH a text message or a message it never sent', async () => {
    const client = sdkClientFor(standIn);
    const text = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('你好') },
    });
    const card = JSON.stringify(checklistCard('更新'));
    const patchText = await larkFailureOf(client.im.message.patch({ path: { message_id: text.data?.message_id as string }, data: { content: card } }));
    const patchUnknown = await larkFailureOf(
      client.im.message.patch({ path: { message_id: 'om_0123456789abcdef0123456789abcdef' }, data: { content: card } }),
    );
    expect([patchText.status, patchText.code]).toEqual([400, 230001]);
    expect([patchUnknown.status, patchUnknown.code]).toEqual([400, 230001]);
  });

  it('refuses a PATCH whose new card is broken, leaving the card as it was', async () => {
    const client = sdkClientFor(standIn);
    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'interactive', content: JSON.stringify(checklistCard('原卡片')) },
    });
    const failure = await larkFailureOf(
      client.im.message.patch({
        path: { message_id: sent.data?.message_id as string },
        data: { content: JSON.stringify({ schema: '2.0', body: { elements: [{ content: '缺少 tag' }] } }) },
      }),
    );
    expect(failure.code).toBe(230099);
    expect(standIn.cardsTo(zhangSan.openId)).toEqual([checklistCard('原卡片')]);
  });
});

describe('replies', () => {
  it('puts a reply in the chat of the message it answers', async () => {
    const client = sdkClientFor(standIn);
    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: liSi.openId, msg_type: 'interactive', content: JSON.stringify(checklistCard('周排查')) },
    });
    const parentId = sent.data?.message_id as string;
    const reply = await client.im.message.reply({
      path: { message_id: parentId },
      data: { msg_type: 'text', content: textContent('已收到，谢谢') },
    });
    expect(reply.data).toMatchObject({ parent_id: parentId, root_id: parentId, chat_id: standIn.chatIdOf(liSi.openId) });
    expect(standIn.textsTo(liSi.openId)).toEqual(['已收到，谢谢']);
  });

  it('refuses a reply to a message Lark does not know', async () => {
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.message.reply({
        path: { message_id: 'om_ffffffffffffffffffffffffffffffff' },
        data: { msg_type: 'text', content: textContent('你好') },
      }),
    );
    expect([failure.status, failure.code]).toEqual([400, 230001]);
  });
});

describe('looking people up', () => {
  it('finds open_ids by mobile (with or without +86) and email, and lists unknown ones without user_id', async () => {
    const answer = await sdkClientFor(standIn).contact.user.batchGetId({
      params: { user_id_type: 'open_id' },
      data: { mobiles: ['+8613800000001', '13800000002', '13999999999'], emails: ['zhangsan@example.com'] },
    });
    expect(answer.data?.user_list).toEqual([
      expect.objectContaining({ mobile: '+8613800000001', user_id: zhangSan.openId }),
      expect.objectContaining({ mobile: '13800000002', user_id: liSi.openId }),
      { mobile: '13999999999' },
      expect.objectContaining({ email: 'zhangsan@example.com', user_id: zhangSan.openId }),
    ]);
  });

  it('finds a person added after start', async () => {
    const wangWu = { openId: 'ou_0a1b2c3d4e5f60718293a4b5c6d7e8f9', name: '王五', mobile: '13700000003' };
    standIn.addUser(wangWu);
    const answer = await sdkClientFor(standIn).contact.user.batchGetId({
      params: { user_id_type: 'open_id' },
      data: { mobiles: [wangWu.mobile] },
    });
    expect(answer.data?.user_list?.[0]?.user_id).toBe(wangWu.openId);
  });
});

describe('failures', () => {
  it('surfaces an injected 429 as an AxiosError carrying x-ogw-ratelimit-reset, then lets the retry through', async () => {
    standIn.failNext({ path: '/im/v1/messages', status: 429, code: 99991400, headers: { 'x-ogw-ratelimit-reset': '1' } });
    const client = sdkClientFor(standIn);
    const send = () =>
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('限流后重试') },
      });
    let thrown: unknown;
    try {
      await send();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      name: 'AxiosError',
      response: { status: 429, data: { code: 99991400 }, headers: { 'x-ogw-ratelimit-reset': '1' } },
    });
    await send();
    expect(standIn.textsTo(zhangSan.openId)).toEqual(['限流后重试']);
  });

  it('makes an injected invalid-token failure stick to that token, so only a fresh token recovers', async () => {
    const client = sdkClientFor(standIn);
    const send = (sdk = client) =>
      sdk.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('你好') },
      });
    standIn.failNext({ status: 400, code: 99991663 });
    expect((await larkFailureOf(send())).code).toBe(99991663);
    expect((await larkFailureOf(send())).code).toBe(99991663);
    await send(sdkClientFor(standIn));
    expect(standIn.textsTo(zhangSan.openId)).toEqual(['你好']);
  });

  it('fails as many calls as asked, only for the method and path given', async () => {
    standIn.failNext({ path: /\/reply$/, method: 'POST', count: 2, status: 500, code: 1, msg: 'internal error' });
    const client = sdkClientFor(standIn);
    const sent = await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('原消息') },
    });
    const reply = () =>
      client.im.message.reply({ path: { message_id: sent.data?.message_id as string }, data: { msg_type: 'text', content: textContent('回复') } });
    expect((await larkFailureOf(reply())).status).toBe(500);
    expect((await larkFailureOf(reply())).status).toBe(500);
    await reply();
    expect(standIn.textsTo(zhangSan.openId)).toEqual(['原消息', '回复']);
    expect(standIn.requests.filter((request) => request.status === 500)).toHaveLength(2);
  });

  it('allows bursts by default, and with rate limits on refuses the sixth send in a second to one person', async () => {
    const client = sdkClientFor(standIn);
    const send = (receiveId: string) =>
      client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: receiveId, msg_type: 'text', content: textContent('提醒') },
      });
    await Promise.all(Array.from({ length: 8 }, () => send(zhangSan.openId)));
    standIn.enforceRateLimits(true);
    for (let index = 0; index < 5; index += 1) await send(liSi.openId);
    const sixth = await larkFailureOf(send(liSi.openId));
    expect([sixth.status, sixth.code]).toEqual([400, 230020]);
    await send(zhangSan.openId);
  });

  it('with rate limits on, answers the 51st call in a second with HTTP 429 and x-ogw-ratelimit-reset', async () => {
    standIn.enforceRateLimits(true);
    const client = sdkClientFor(standIn);
    const lookups = Array.from({ length: 51 }, () =>
      client.contact.user.batchGetId({ params: { user_id_type: 'open_id' }, data: { mobiles: [zhangSan.mobile] } }).then(
        () => undefined,
        (error: { response: { status: number; data: { code: number }; headers: Record<string, string> } }) => error.response,
      ),
    );
    const refused = (await Promise.all(lookups)).filter((response) => response !== undefined);
    expect(refused).toEqual([
      expect.objectContaining({ status: 429, data: expect.objectContaining({ code: 99991400 }), headers: expect.objectContaining({ 'x-ogw-ratelimit-reset': '1' }) }),
    ]);
  });
});
