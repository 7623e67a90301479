import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../logging/logger.ts';
import { createLarkClient, type LarkAppCredentials } from './lark-client.ts';
import { classifyLarkFailure, failureFromBody } from './messenger-error.ts';

interface LarkBody<T> {
  code?: number;
  msg?: string;
  data?: T;
}

/** The only place that calls Lark's IM and contact APIs; every failure leaves as a classified MessengerError. */
export class LarkMessenger {
  private readonly client: lark.Client;
  private readonly cache = new lark.DefaultCache();

  constructor(
    private readonly credentials: LarkAppCredentials,
    logger: Logger,
  ) {
    this.client = createLarkClient(credentials, logger, this.cache);
  }

  private async call<T>(action: string, request: () => Promise<LarkBody<T>>): Promise<T | undefined> {
    let body: LarkBody<T>;
    try {
      body = await request();
    } catch (error) {
      const failure = classifyLarkFailure(error, action);
      // Lark invalidated the token before its stated expiry: forget it so the retry fetches a new one (LARK.md §5.2).
      if (failure.larkCode === 99991663 || failure.larkCode === 99991661) {
        await this.cache.set(lark.CTenantAccessToken, undefined as unknown as string, 0, { namespace: this.credentials.appId });
      }
      throw failure;
    }
    if (body.code !== 0) throw failureFromBody(body, action);
    return body.data;
  }

  async send(input: { openId: string; msgType: string; content: string; uuid: string }): Promise<string> {
    const data = await this.call<{ message_id?: string }>('send message', () =>
      this.client.im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: input.openId, msg_type: input.msgType, content: input.content, uuid: input.uuid },
      }) as Promise<LarkBody<{ message_id?: string }>>,
    );
    if (!data?.message_id) throw failureFromBody({ msg: 'no message_id in the response' }, 'send message');
    return data.message_id;
  }

  async updateCard(messageId: string, content: string): Promise<void> {
    await this.call('update card', () => this.client.im.message.patch({ path: { message_id: messageId }, data: { content } }) as Promise<LarkBody<unknown>>);
  }

  /** Uploaded from a file on disk: the SDK sends a Buffer without a file name, which Lark refuses (LARK.md §3.5). */
  async uploadFile(fileName: string, bytes: Uint8Array): Promise<string> {
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-upload-'));
    const filePath = path.join(folder, fileName.replace(/[\\/]/g, '_'));
    try {
      await writeFile(filePath, bytes);
      let result: { file_key?: string } | null;
      try {
        result = await this.client.im.file.create({ data: { file_type: 'stream', file_name: fileName, file: createReadStream(filePath) } });
      } catch (error) {
        throw classifyLarkFailure(error, 'upload file');
      }
      if (!result?.file_key) throw failureFromBody({ msg: 'upload returned no file_key' }, 'upload file');
      return result.file_key;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** open_ids for mobiles and emails; a person Lark does not know is simply absent from the result. */
  async lookUpOpenIds(input: { mobiles: string[]; emails: string[] }): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const batchSize = 50;
    for (let start = 0; start < Math.max(input.mobiles.length, input.emails.length); start += batchSize) {
      const mobiles = input.mobiles.slice(start, start + batchSize);
      const emails = input.emails.slice(start, start + batchSize);
      const data = await this.call<{ user_list?: Array<{ user_id?: string; mobile?: string; email?: string }> }>('look up users', () =>
        this.client.contact.user.batchGetId({
          params: { user_id_type: 'open_id' },
          data: { ...(mobiles.length ? { mobiles } : {}), ...(emails.length ? { emails } : {}), include_resigned: false },
        }) as Promise<LarkBody<{ user_list?: Array<{ user_id?: string; mobile?: string; email?: string }> }>>,
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
