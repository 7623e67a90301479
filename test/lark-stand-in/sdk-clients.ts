import * as lark from '@larksuiteoapi/node-sdk';
import { openIdFor } from '../../lark-stand-in/lark-ids.ts';
import type { LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';

export const appId = 'cli_a1b2c3d4e5f60718';
export const appSecret = 'stand-in-secret';

export const zhangSan = { openId: openIdFor('张三'), name: '张三', mobile: '13800000001', email: 'zhangsan@example.com' };
export const liSi = { openId: openIdFor('李四'), name: '李四', mobile: '+8613800000002' };

/** The SDK prints every failed call; these tests provoke failures on purpose and read them from the thrown error. */
export const silentLogger: lark.Logger = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
};

/** The real SDK client, pointed at the stand-in, with its own token cache so tests do not share tokens. */
export function sdkClientFor(standIn: LarkStandIn, secret = appSecret): lark.Client {
  return new lark.Client({
    appId,
    appSecret: secret,
    domain: standIn.url,
    cache: new lark.DefaultCache(),
    logger: silentLogger,
    loggerLevel: lark.LoggerLevel.error,
  });
}

/** The HTTP status, Lark code and headers of a call the SDK rejected (it throws an AxiosError on non-2xx). */
export async function larkFailureOf(call: Promise<unknown>): Promise<{ status: number; code: number; msg: string; headers: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    const response = (error as { response?: { status: number; data: { code: number; msg: string }; headers: Record<string, string> } }).response;
    if (response === undefined) throw error;
    return { status: response.status, code: response.data.code, msg: response.data.msg, headers: response.headers };
  }
  throw new Error('the call succeeded, but a failure was expected');
}

export function textContent(text: string): string {
  return JSON.stringify({ text });
}

export function checklistCard(title: string): Record<string, unknown> {
  return {
    schema: '2.0',
    config: { update_multi: true },
    header: { title: { tag: 'plain_text', content: title }, template: 'blue' },
    body: {
      elements: [
        { tag: 'markdown', content: '**1.** 原材料进货查验是否正常？' },
        {
          tag: 'form',
          name: 'hazard_form',
          elements: [
            { tag: 'input', name: 'description', placeholder: { tag: 'plain_text', content: '隐患描述' } },
            {
              tag: 'button',
              name: 'submit',
              text: { tag: 'plain_text', content: '提交' },
              form_action_type: 'submit',
              behaviors: [{ type: 'callback', value: { action: 'report_hazard' } }],
            },
          ],
        },
      ],
    },
  };
}
