import * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { buildEnvelope } from '../../lark-stand-in/event-envelopes.ts';
import { startLarkStandIn, type LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { decodeFrame, encodeFrame, frameMethod, headerValue } from '../../lark-stand-in/pbbp2-frame.ts';
import { waitLimitMs } from '../support/wait-limit.ts';
import { appId, appSecret, checklistCard, sdkClientFor, silentLogger, zhangSan } from './sdk-clients.ts';

const verificationToken = 'ws-verification-token';

let standIn: LarkStandIn;
const clients: lark.WSClient[] = [];

beforeAll(async () => {
  standIn = await startLarkStandIn({ appId, appSecret, users: [zhangSan] });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close({ force: true });
  // The next test must not push to a socket that is still closing.
  await vi.waitFor(() => expect(standIn.longConnection.connectedClients).toBe(0), { timeout: waitLimitMs });
  standIn.reset();
});

afterAll(async () => {
  await standIn.close();
});

function startBot(dispatcher: lark.EventDispatcher, secret = appSecret, onError?: (error: Error) => void): lark.WSClient {
  const client = new lark.WSClient({
    appId,
    appSecret: secret,
    domain: standIn.url,
    logger: silentLogger,
    loggerLevel: lark.LoggerLevel.error,
    ...(onError === undefined ? {} : { onError }),
  });
  clients.push(client);
  void client.start({ eventDispatcher: dispatcher });
  return client;
}

describe('the long connection', () => {
  it('hands the SDK’s WSClient a message, a press and a raw envelope, and returns what its handlers answered', async () => {
    const texts: string[] = [];
    const dispatcher = new lark.EventDispatcher({ logger: silentLogger }).register<{
      'card.action.trigger': (data: { action: { value: { action: string } }; context: { open_message_id: string } }) => Promise<unknown>;
    }>({
      'im.message.receive_v1': async (data) => {
        texts.push((JSON.parse(data.message.content) as { text: string }).text);
      },
      'card.action.trigger': async (data) => ({
        toast: { type: 'success', content: `已记录 ${data.action.value.action}` },
        card: { type: 'raw', data: checklistCard('已提交') },
      }),
    });
    startBot(dispatcher);
    await standIn.longConnection.waitForClient(waitLimitMs);

    const deliverer = standIn.longConnectionDeliverer({ verificationToken });
    const typed = await deliverer.sendText(zhangSan.openId, '全部正常');
    expect(typed.status).toBe(200);
    expect(texts).toEqual(['全部正常']);

    const sent = await sdkClientFor(standIn).im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'interactive', content: JSON.stringify(checklistCard('每日检查')) },
    });
    const press = await deliverer.pressButton({ operatorOpenId: zhangSan.openId, messageId: sent.data?.message_id as string, value: { action: 'all_ok' } });
    expect(press.body).toMatchObject({ toast: { type: 'success', content: '已记录 all_ok' } });
    expect(standIn.cardsTo(zhangSan.openId)).toEqual([checklistCard('已提交')]);

    const envelope = buildEnvelope(
      { appId, tenantKey: standIn.tenantKey, verificationToken },
      'card.action.trigger',
      { operator: { open_id: zhangSan.openId }, action: { value: { action: 'raw' }, tag: 'button' }, context: { open_message_id: 'om_x' } },
      Date.now(),
    );
    const ack = await standIn.longConnection.pushEvent(envelope);
    expect(ack).toEqual({ code: 200, data: expect.objectContaining({ toast: { type: 'success', content: '已记录 raw' } }) });
  });

  it('reports code 500 in the ACK when the bot’s handler throws', async () => {
    const dispatcher = new lark.EventDispatcher({ logger: silentLogger }).register({
      'im.message.receive_v1': async () => {
        throw new Error('数据库不可用');
      },
    });
    startBot(dispatcher);
    await standIn.longConnection.waitForClient(waitLimitMs);
    const result = await standIn.longConnectionDeliverer({ verificationToken }).sendText(zhangSan.openId, '全部正常');
    expect(result.status).toBe(500);
  });

  it('stops a client with the wrong secret at the handshake', async () => {
    const failure = new Promise<Error>((resolve) => {
      startBot(new lark.EventDispatcher({ logger: silentLogger }), 'wrong-secret', resolve);
    });
    expect((await failure).message).toContain('code=514');
    expect(standIn.longConnection.connectedClients).toBe(0);
  });

  it('answers a ping control frame with a pong carrying the client configuration', async () => {
    const handshake = await fetch(`${standIn.url}/callback/ws/endpoint`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ AppID: appId, AppSecret: appSecret }),
    });
    const { code, data } = (await handshake.json()) as { code: number; data: { URL: string; ClientConfig: Record<string, number> } };
    expect(code).toBe(0);
    expect(data.URL).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/ws\?device_id=\d+&service_id=1$/);
    expect(data.ClientConfig).toEqual({ PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 30 });

    const socket = new WebSocket(data.URL);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const pong = new Promise<Buffer>((resolve) => socket.once('message', (bytes) => resolve(bytes as Buffer)));
    socket.send(encodeFrame({ SeqID: 0, LogID: 0, service: 1, method: frameMethod.control, headers: [{ key: 'type', value: 'ping' }] }));
    const frame = decodeFrame(await pong);
    socket.terminate();
    expect(frame.method).toBe(frameMethod.control);
    expect(headerValue(frame, 'type')).toBe('pong');
    expect(JSON.parse(Buffer.from(frame.payload ?? []).toString())).toMatchObject({ PingInterval: 120 });
  });

  it('refuses a WebSocket whose device_id it never issued', async () => {
    const socket = new WebSocket(`${standIn.url.replace('http', 'ws')}/ws?device_id=123&service_id=1`);
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
});
