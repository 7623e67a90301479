import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLarkStandIn, type LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { appId, appSecret, sdkClientFor, textContent, zhangSan } from './sdk-clients.ts';

let standIn: LarkStandIn;

beforeAll(async () => {
  standIn = await startLarkStandIn({ appId, appSecret, users: [zhangSan], latency: { fixedMs: 150, jitterMs: 30 } });
});

afterAll(async () => {
  await standIn.close();
});

describe('latency, as Lark answers from a company network', () => {
  it('answers each API call no sooner than the fixed latency, having already taken the message', async () => {
    const client = sdkClientFor(standIn);
    // The token first, so that the timed call is one round trip.
    await client.im.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('第一条') } });

    const started = performance.now();
    const pending = client.im.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('第二条') } });
    await expect.poll(() => standIn.textsTo(zhangSan.openId)).toEqual(['第一条', '第二条']);
    await pending;

    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('can be changed while the stand-in runs', async () => {
    standIn.setLatency({ fixedMs: 0, jitterMs: 0 });
    const client = sdkClientFor(standIn);
    await client.im.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('第三条') } });
    standIn.setLatency({ fixedMs: 200, jitterMs: 0 });

    const started = performance.now();
    await client.im.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: zhangSan.openId, msg_type: 'text', content: textContent('第四条') } });

    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
  });
});
