import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as lark from '@larksuiteoapi/node-sdk';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEventDeliverer } from '../../lark-stand-in/event-delivery.ts';
import type { EventEnvelope } from '../../lark-stand-in/event-envelopes.ts';
import { startLarkStandIn, type LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { appId, appSecret, checklistCard, sdkClientFor, silentLogger, textContent, zhangSan } from './sdk-clients.ts';

const encryptKey = 'zhian-encrypt-key-2026';
const verificationToken = 'rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  payload: Record<string, unknown>;
}

type Answer = (payload: Record<string, unknown>) => Promise<unknown> | unknown;

/** A minimal bot receiver that checks deliveries the way the contract asks: on the raw bytes, before parsing. */
function receiverApp(received: Received[], answers: { current: Answer }) {
  const app = express();
  app.post('/lark/events', express.raw({ type: () => true }), async (request, response) => {
    const rawBody = request.body as Buffer;
    const outer = JSON.parse(rawBody.toString('utf8')) as Record<string, unknown>;
    const encrypted = typeof outer['encrypt'] === 'string';
    const payload = encrypted
      ? (JSON.parse(new lark.AESCipher(encryptKey).decrypt(outer['encrypt'])) as Record<string, unknown>)
      : outer;
    received.push({ headers: request.headers, rawBody, payload });
    if (payload['type'] === 'url_verification') {
      if (payload['token'] !== verificationToken) return void response.status(401).json({ error: 'token' });
      return void response.json({ challenge: payload['challenge'] });
    }
    const timestamp = String(request.headers['x-lark-request-timestamp'] ?? '');
    const nonce = String(request.headers['x-lark-request-nonce'] ?? '');
    const expected = createHash('sha256').update(timestamp + nonce + encryptKey).update(rawBody).digest('hex');
    if (request.headers['x-lark-signature'] !== expected) return void response.status(401).json({ error: 'signature' });
    const header = payload['header'] as EventEnvelope['header'];
    if (header.token !== verificationToken) return void response.status(401).json({ error: 'token' });
    response.json((await answers.current(payload)) ?? {});
  });
  return app;
}

let standIn: LarkStandIn;
let receiver: Server;
let targetUrl: string;
const received: Received[] = [];
const answers: { current: Answer } = { current: () => ({}) };

beforeAll(async () => {
  standIn = await startLarkStandIn({ appId, appSecret, users: [zhangSan] });
  receiver = createServer(receiverApp(received, answers));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/lark/events`;
});

afterAll(async () => {
  await standIn.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

beforeEach(() => {
  standIn.reset();
  received.length = 0;
  answers.current = () => ({});
});

function eventOf(index: number): EventEnvelope {
  return received[index]?.payload as unknown as EventEnvelope;
}

describe('delivering events like Lark', () => {
  it('posts an encrypted body signed over its exact bytes, decrypting to a schema 2.0 envelope', async () => {
    const deliverer = standIn.deliverer({ targetUrl, verificationToken, encryptKey });
    const result = await deliverer.deliver('im.message.receive_v1', { message: { message_id: 'om_1' } });
    expect(result.status).toBe(200);
    const delivery = received[0] as Received;
    expect(Object.keys(JSON.parse(delivery.rawBody.toString()) as object)).toEqual(['encrypt']);
    expect(delivery.headers['x-lark-request-timestamp']).toMatch(/^\d{10}$/);
    expect(eventOf(0)).toEqual({
      schema: '2.0',
      header: {
        event_id: result.eventId,
        event_type: 'im.message.receive_v1',
        create_time: expect.stringMatching(/^\d{13}$/),
        token: verificationToken,
        app_id: appId,
        tenant_key: standIn.tenantKey,
      },
      event: { message: { message_id: 'om_1' } },
    });
  });

  it('delivers what a person types as im.message.receive_v1 with the text as a JSON string', async () => {
    const deliverer = standIn.deliverer({ targetUrl, verificationToken, encryptKey });
    const result = await deliverer.sendText(zhangSan.openId, '全部正常');
    expect(eventOf(0).event).toEqual({
      sender: {
        sender_id: { open_id: zhangSan.openId, union_id: expect.stringMatching(/^on_/) },
        sender_type: 'user',
        tenant_key: standIn.tenantKey,
      },
      message: {
        message_id: result.messageId,
        create_time: expect.stringMatching(/^\d{13}$/),
        update_time: expect.stringMatching(/^\d{13}$/),
        chat_id: standIn.chatIdOf(zhangSan.openId),
        chat_type: 'p2p',
        message_type: 'text',
        content: '{"text":"全部正常"}',
      },
    });
    expect(result.messageId).toMatch(/^om_[0-9a-f]{32}$/);
    expect(standIn.userMessages).toEqual([expect.objectContaining({ senderOpenId: zhangSan.openId, content: { text: '全部正常' } })]);
  });

  it('lets the bot reply, while handling it, to a message the person sent', async () => {
    const client = sdkClientFor(standIn);
    answers.current = async (payload) => {
      const message = (payload['event'] as { message: { message_id: string } }).message;
      await client.im.message.reply({ path: { message_id: message.message_id }, data: { msg_type: 'text', content: textContent('已记录') } });
      return {};
    };
    await standIn.deliverer({ targetUrl, verificationToken, encryptKey }).sendText(zhangSan.openId, '全部正常');
    expect(standIn.textsTo(zhangSan.openId)).toEqual(['已记录']);
    expect(standIn.transcriptOf(zhangSan.openId).map((entry) => entry.from)).toEqual(['person', 'bot']);
  });

  it('can forge a wrong signature, leave the signature out, or forge the verification token', async () => {
    const deliverer = standIn.deliverer({ targetUrl, verificationToken, encryptKey });
    const wrongSignature = await deliverer.sendText(zhangSan.openId, '你好', { overrides: { signature: 'f'.repeat(64) } });
    const unsigned = await deliverer.sendText(zhangSan.openId, '你好', { overrides: { unsigned: true } });
    const wrongToken = await deliverer.sendText(zhangSan.openId, '你好', { overrides: { token: 'not-the-token' } });
    expect([wrongSignature.body, unsigned.body, wrongToken.body]).toEqual([
      { error: 'signature' },
      { error: 'signature' },
      { error: 'token' },
    ]);
    expect(received[1]?.headers['x-lark-signature']).toBeUndefined();
  });

  it('replays a delivery under the same event_id and message_id', async () => {
    const deliverer = standIn.deliverer({ targetUrl, verificationToken, encryptKey });
    const first = await deliverer.sendText(zhangSan.openId, '全部正常');
    await deliverer.sendText(zhangSan.openId, '全部正常', { messageId: first.messageId, overrides: { eventId: first.eventId } });
    expect(eventOf(1).header.event_id).toBe(first.eventId);
    expect((eventOf(1).event as { message: { message_id: string } }).message.message_id).toBe(first.messageId);
  });

  it('sends a plain body or raw bytes when asked, still signed', async () => {
    const deliverer = standIn.deliverer({ targetUrl, verificationToken, encryptKey });
    const plain = await deliverer.deliver('im.message.receive_v1', {}, { plain: true });
    expect(plain.status).toBe(200);
    expect((JSON.parse(received[0]?.rawBody.toString() ?? '') as EventEnvelope).schema).toBe('2.0');
    const raw = '{ "schema": "2.0", "header": { "token": "rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV" } }';
    const rawResult = await deliverer.deliver('ignored', {}, { rawBody: raw });
    expect(rawResult.status).toBe(200);
    expect(received[1]?.rawBody.toString()).toBe(raw);
  });

  it('answers url_verification challenges, plain and encrypted, without signing them', async () => {
    const deliverer = standIn.deliverer({ targetUrl, verificationToken, encryptKey });
    const encrypted = await deliverer.urlVerification();
    const plain = await deliverer.urlVerification({ encrypted: false });
    expect(encrypted.body).toEqual({ challenge: encrypted.challenge });
    expect(plain.body).toEqual({ challenge: plain.challenge });
    expect(Object.keys(JSON.parse(received[0]?.rawBody.toString() ?? '') as object)).toEqual(['encrypt']);
    expect(received[0]?.headers['x-lark-signature']).toBeUndefined();
  });

  it('works without the stand-in, from the exported deliverer', async () => {
    const deliverer = createEventDeliverer({ targetUrl, verificationToken, encryptKey, appId });
    const result = await deliverer.sendText(zhangSan.openId, '异常 2 仓库灭火器过期');
    expect(result.status).toBe(200);
    expect(standIn.userMessages).toHaveLength(0);
  });
});

describe('card actions', () => {
  async function sendChecklistCard(): Promise<string> {
    const sent = await sdkClientFor(standIn).im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'interactive', content: JSON.stringify(checklistCard('每日质量安全检查')) },
    });
    return sent.data?.message_id as string;
  }

  it('delivers a form submission as card.action.trigger with the update token and the message it came from', async () => {
    const messageId = await sendChecklistCard();
    const press = await standIn.deliverer({ targetUrl, verificationToken, encryptKey }).pressButton({
      operatorOpenId: zhangSan.openId,
      messageId,
      value: { action: 'report_hazard' },
      formValue: { description: '仓库灭火器过期' },
      name: 'submit',
    });
    expect(eventOf(0).header.event_type).toBe('card.action.trigger');
    expect(eventOf(0).event).toMatchObject({
      operator: { open_id: zhangSan.openId },
      token: press.updateToken,
      action: { tag: 'button', name: 'submit', value: { action: 'report_hazard' }, form_value: { description: '仓库灭火器过期' } },
      context: { open_message_id: messageId, open_chat_id: standIn.chatIdOf(zhangSan.openId) },
    });
    expect(press.updateToken).toMatch(/^c-[0-9a-f]{40}$/);
  });

  it('shows the card the bot answers with and records its toast', async () => {
    const messageId = await sendChecklistCard();
    const answeredCard = checklistCard('已提交：仓库灭火器过期');
    answers.current = () => ({ toast: { type: 'success', content: '已记录' }, card: { type: 'raw', data: answeredCard } });
    const press = await standIn.deliverer({ targetUrl, verificationToken, encryptKey }).pressButton({
      operatorOpenId: zhangSan.openId,
      messageId,
      value: { action: 'all_ok' },
    });
    expect(press.body).toMatchObject({ toast: { type: 'success', content: '已记录' } });
    expect(standIn.cardsTo(zhangSan.openId)).toEqual([answeredCard]);
    expect(standIn.cardActions).toEqual([expect.objectContaining({ messageId, toast: { type: 'success', content: '已记录' }, card: answeredCard })]);
  });

  it('lets the bot update the card later with the press’s token, at most twice', async () => {
    const messageId = await sendChecklistCard();
    const press = await standIn.deliverer({ targetUrl, verificationToken, encryptKey }).pressButton({
      operatorOpenId: zhangSan.openId,
      messageId,
      value: { action: 'all_ok' },
    });
    const client = sdkClientFor(standIn);
    const update = (title: string) =>
      client.request({
        method: 'POST',
        url: '/open-apis/interactive/v1/card/update',
        data: { token: press.updateToken, card: { ...checklistCard(title), open_ids: [zhangSan.openId] } },
      });
    await update('第一次更新');
    await update('第二次更新');
    await expect(update('第三次更新')).rejects.toMatchObject({ response: { status: 400 } });
    expect(standIn.cardsTo(zhangSan.openId)).toEqual([checklistCard('第二次更新')]);
  });
});

describe('the SDK’s own EventDispatcher', () => {
  it('accepts the stand-in’s encrypted, signed delivery and refuses a forged signature', async () => {
    const handled: unknown[] = [];
    const dispatcher = new lark.EventDispatcher({ encryptKey, verificationToken, logger: silentLogger }).register({
      'im.message.receive_v1': async (data) => {
        handled.push(data.message.content);
        return { handled: true };
      },
    });
    const app = express();
    app.post('/sdk/events', lark.adaptExpress(dispatcher, { logger: silentLogger }));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const deliverer = standIn.deliverer({
        targetUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sdk/events`,
        verificationToken,
        encryptKey,
      });
      const accepted = await deliverer.sendText(zhangSan.openId, '确认周报');
      const forged = await deliverer.sendText(zhangSan.openId, '伪造', { overrides: { signature: '0'.repeat(64) } });
      expect(accepted.body).toEqual({ handled: true });
      expect(forged.body).toBe('');
      expect(handled).toEqual(['{"text":"确认周报"}']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
