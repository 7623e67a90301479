import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../logging/logger.ts';
import type { LarkAppCredentials } from './lark-app-credentials.ts';
import { sdkLogger } from './sdk-logger.ts';
import { classifyLarkFailure, failureFromBody } from './messenger-error.ts';

interface LarkBody<T> {
  code?: number;
  msg?: string;
  data?: T;
}

interface UserIdEntry {
  user_id?: string;
  mobile?: string;
  email?: string;
}

/** How a message is buzzed (加急): in the app (free), by SMS or by phone (the tenant's paid quota), or not at all. */
export type UrgentChannel = 'app' | 'sms' | 'phone' | 'off';

export interface MessengerOptions {
  /** How long a call may sit without a byte moving before it counts as lost; the SDK's own default is to wait forever. */
  requestTimeoutMs?: number;
  urgentChannel?: UrgentChannel;
}

const defaultRequestTimeoutMs = 20_000;
// batch_get_id takes at most 50 mobiles and 50 emails per call (LARK.md §3.6).
const lookUpBatchSize = 50;

/** The SDK's shared axios instance, with a timeout on every call, so a silent Lark cannot stall the outbox. */
function httpInstanceWithTimeout(timeoutMs: number): lark.HttpInstance {
  const base = lark.defaultHttpInstance;
  type Options = lark.HttpRequestOptions<unknown>;
  const timed = (options?: Options) => ({ ...options, timeout: timeoutMs }) as Parameters<typeof base.request>[0];
  const instance = {
    request: (options: Options) => base.request(timed(options)).catch(withBodyRead),
    get: (url: string, options?: Options) => base.get(url, timed(options)),
    delete: (url: string, options?: Options) => base.delete(url, timed(options)),
    head: (url: string, options?: Options) => base.head(url, timed(options)),
    options: (url: string, options?: Options) => base.options(url, timed(options)),
    post: (url: string, data?: unknown, options?: Options) => base.post(url, data, timed(options)),
    put: (url: string, data?: unknown, options?: Options) => base.put(url, data, timed(options)),
    patch: (url: string, data?: unknown, options?: Options) => base.patch(url, data, timed(options)),
  };
  // The SDK's instance answers with the body, not axios's response object (its interceptor unwraps it).
  return instance as unknown as lark.HttpInstance;
}

async function streamBytes(stream: AsyncIterable<unknown>): Promise<Uint8Array> {
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(Buffer.isBuffer(piece) ? piece : Buffer.from(piece as string));
  return Buffer.concat(pieces);
}

/**
 * A download answers a failure with a stream too: its `{code,msg}` body is read before the SDK sees the error (the
 * SDK's own error formatting cannot serialise a stream, and would throw that instead), so it can be classified.
 */
async function withBodyRead(error: unknown): Promise<never> {
  const response = (error as { response?: { data?: unknown } } | null)?.response;
  const data = response?.data;
  if (response && data !== null && typeof data === 'object' && Symbol.asyncIterator in data) {
    try {
      response.data = JSON.parse(Buffer.from(await streamBytes(data as AsyncIterable<unknown>)).toString('utf8')) as unknown;
    } catch {
      response.data = {};
    }
  }
  throw error;
}

/** The only place that calls Lark's IM and contact APIs; every failure leaves as a classified MessengerError. */
export class LarkMessenger {
  private readonly client: lark.Client;
  // Its own token cache: the SDK's default one is shared by every Client in the process (LARK.md §5.2).
  private readonly cache = new lark.DefaultCache();
  private readonly urgentChannel: UrgentChannel;

  constructor(
    private readonly credentials: LarkAppCredentials,
    logger: Logger,
    options: MessengerOptions = {},
  ) {
    this.urgentChannel = options.urgentChannel ?? 'app';
    this.client = new lark.Client({
      appId: credentials.appId,
      appSecret: credentials.appSecret,
      domain: credentials.domain,
      cache: this.cache,
      httpInstance: httpInstanceWithTimeout(options.requestTimeoutMs ?? defaultRequestTimeoutMs),
      logger: sdkLogger(logger, [credentials.appSecret]),
      // Every failure is thrown to us, classified and logged once by the sender. The SDK's own error lines would
      // repeat each one, and for a failed token fetch they carry the request body, app secret included.
      loggerLevel: lark.LoggerLevel.fatal,
    });
  }

  /** Lark can invalidate a token before its stated expiry, and the SDK would keep using it: one retry with a fresh one. */
  private async call<T>(request: () => Promise<T>, action: string): Promise<T> {
    try {
      return await request();
    } catch (error) {
      const failure = classifyLarkFailure(error, action);
      if (failure.kind !== 'token') throw failure;
      await this.forgetToken();
      try {
        return await request();
      } catch (secondError) {
        const second = classifyLarkFailure(secondError, action);
        if (second.kind === 'token') await this.forgetToken();
        throw second;
      }
    }
  }

  /** Stored as expired long ago, which the cache treats as absent: the next call fetches a new token. */
  private forgetToken(): Promise<boolean> {
    return this.cache.set(lark.CTenantAccessToken, '', 1, { namespace: this.credentials.appId });
  }

  private data<T>(request: () => Promise<unknown>, action: string): Promise<T | undefined> {
    return this.call(async () => {
      const body = (await request()) as LarkBody<T>;
      if (body.code !== 0) throw failureFromBody(body, action);
      return body.data;
    }, action);
  }

  /** Sends one message; Lark delivers at most one message per `uuid` within an hour, which makes retries safe. */
  async send(input: { openId: string; msgType: string; content: string; uuid: string }): Promise<string> {
    const action = '发送消息';
    const data = await this.data<{ message_id?: string }>(
      () =>
        this.client.im.message.create({
          params: { receive_id_type: 'open_id' },
          data: { receive_id: input.openId, msg_type: input.msgType, content: input.content, uuid: input.uuid },
        }),
      action,
    );
    if (!data?.message_id) throw failureFromBody({ msg: '应答中没有 message_id' }, action);
    return data.message_id;
  }

  /**
   * Buzzes the recipients of a message the bot sent, on the deployment's channel; false when buzzing is switched off.
   * Lark names the ids it could not buzz: they are returned so the caller can log them.
   */
  async urgent(messageId: string, openIds: string[]): Promise<{ buzzed: boolean; invalid: string[] }> {
    const request = { path: { message_id: messageId }, params: { user_id_type: 'open_id' as const }, data: { user_id_list: openIds } };
    const message = this.client.im.message;
    const calls = { app: () => message.urgentApp(request), sms: () => message.urgentSms(request), phone: () => message.urgentPhone(request) };
    if (this.urgentChannel === 'off') return { buzzed: false, invalid: [] };
    const data = await this.data<{ invalid_user_id_list?: string[] }>(calls[this.urgentChannel], '加急消息');
    return { buzzed: true, invalid: data?.invalid_user_id_list ?? [] };
  }

  async updateCard(messageId: string, content: string): Promise<void> {
    await this.data(() => this.client.im.message.patch({ path: { message_id: messageId }, data: { content } }), '更新卡片');
  }

  /** Uploaded from a file on disk: the SDK sends a Buffer without a file name, which Lark refuses (LARK.md §3.5). */
  async uploadFile(fileName: string, bytes: Uint8Array): Promise<string> {
    const action = '上传文件';
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-upload-'));
    const filePath = path.join(folder, fileName.replace(/[\\/]/g, '_'));
    try {
      await writeFile(filePath, bytes);
      // A fresh stream per try: a retry after a refused token must send the bytes again.
      return await this.call(async () => {
        const result = await this.client.im.file.create({ data: { file_type: 'stream', file_name: fileName, file: createReadStream(filePath) } });
        if (!result?.file_key) throw failureFromBody({ msg: '应答中没有 file_key' }, action);
        return result.file_key;
      }, action);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** The bytes of a photo or file a person sent (LARK.md, "Message resources"), with the media type Lark gives. */
  async downloadMessageResource(input: { messageId: string; fileKey: string; kind: 'image' | 'file' }): Promise<{ bytes: Uint8Array; mediaType: string }> {
    const action = '下载消息中的资源';
    return this.call(async () => {
      const resource = await this.client.im.messageResource.get({ path: { message_id: input.messageId, file_key: input.fileKey }, params: { type: input.kind } });
      const bytes = await streamBytes(resource.getReadableStream());
      const contentType = (resource.headers as Record<string, unknown> | undefined)?.['content-type'];
      return { bytes, mediaType: typeof contentType === 'string' ? contentType.split(';')[0]!.trim() : 'application/octet-stream' };
    }, action);
  }

  /** open_ids for mobiles and emails; a person Lark does not know is simply absent from the result. */
  async lookUpOpenIds(input: { mobiles: string[]; emails: string[] }): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let start = 0; start < Math.max(input.mobiles.length, input.emails.length); start += lookUpBatchSize) {
      const mobiles = input.mobiles.slice(start, start + lookUpBatchSize);
      const emails = input.emails.slice(start, start + lookUpBatchSize);
      const data = await this.data<{ user_list?: UserIdEntry[] }>(
        () =>
          this.client.contact.user.batchGetId({
            params: { user_id_type: 'open_id' },
            data: { ...(mobiles.length > 0 ? { mobiles } : {}), ...(emails.length > 0 ? { emails } : {}), include_resigned: false },
          }),
        '查询用户',
      );
      for (const user of data?.user_list ?? []) {
        if (!user.user_id) continue;
        if (user.mobile) found.set(user.mobile, user.user_id);
        if (user.email) found.set(user.email, user.user_id);
      }
    }
    return found;
  }
}
