import { createReadStream } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLarkStandIn, type LarkStandIn } from '../../lark-stand-in/lark-stand-in.ts';
import { appId, appSecret, larkFailureOf, sdkClientFor, zhangSan } from './sdk-clients.ts';

let standIn: LarkStandIn;
let folder: string;

beforeAll(async () => {
  standIn = await startLarkStandIn({ appId, appSecret, users: [zhangSan] });
  folder = await mkdtemp(join(tmpdir(), 'lark-stand-in-files-'));
});

afterAll(async () => {
  await standIn.close();
  await rm(folder, { recursive: true, force: true });
});

beforeEach(() => {
  standIn.reset();
});

describe('uploading and sending files', () => {
  it('keeps the uploaded bytes, so the person receives exactly the file the bot sent', async () => {
    const path = join(folder, '周排查报告.docx');
    const bytes = Buffer.from('PK\u0003\u0004 周排查报告 2026-01-05');
    await writeFile(path, bytes);
    const client = sdkClientFor(standIn);
    const uploaded = await client.im.file.create({
      data: { file_type: 'stream', file_name: '周排查报告.docx', file: createReadStream(path) },
    });
    const fileKey = uploaded?.file_key as string;
    expect(fileKey).toMatch(/^file_v2_/);
    await client.im.message.create({
      params: { receive_id_type: 'open_id' },
      data: { receive_id: zhangSan.openId, msg_type: 'file', content: JSON.stringify({ file_key: fileKey }) },
    });
    expect(standIn.messagesTo(zhangSan.openId)).toEqual([expect.objectContaining({ msgType: 'file', current: { file_key: fileKey } })]);
    expect(standIn.fileBytes(fileKey).equals(bytes)).toBe(true);
    expect(standIn.files).toEqual([expect.objectContaining({ fileKey, fileName: '周排查报告.docx', fileType: 'stream' })]);
  });

  it('accepts a Buffer upload, which the SDK sends without a part filename', async () => {
    const uploaded = await sdkClientFor(standIn).im.file.create({
      data: { file_type: 'pdf', file_name: '月调度纪要.pdf', file: Buffer.from('%PDF-1.7 月调度') },
    });
    const file = standIn.files.find((candidate) => candidate.fileKey === uploaded?.file_key);
    expect(file).toMatchObject({ fileName: '月调度纪要.pdf', partFilename: undefined });
    expect(file?.bytes.toString()).toBe('%PDF-1.7 月调度');
  });

  it('refuses an empty file with 234010', async () => {
    const path = join(folder, 'empty.docx');
    await writeFile(path, '');
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.file.create({ data: { file_type: 'stream', file_name: 'empty.docx', file: createReadStream(path) } }),
    );
    expect([failure.status, failure.code]).toEqual([400, 234010]);
    expect(standIn.files).toHaveLength(0);
  });

  it('refuses a file over 30 MB with 234006', async () => {
    const path = join(folder, 'too-large.zip');
    await writeFile(path, '');
    await truncate(path, 30 * 1024 * 1024 + 1);
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.file.create({ data: { file_type: 'stream', file_name: 'too-large.zip', file: createReadStream(path) } }),
    );
    expect([failure.status, failure.code]).toEqual([400, 234006]);
  });

  it('refuses a file type outside Lark’s list', async () => {
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.file.create({
        data: { file_type: 'docx' as 'stream', file_name: '报告.docx', file: Buffer.from('x') },
      }),
    );
    expect([failure.status, failure.code]).toEqual([400, 234001]);
  });

  it('refuses a file message whose file_key was never uploaded', async () => {
    const failure = await larkFailureOf(
      sdkClientFor(standIn).im.message.create({
        params: { receive_id_type: 'open_id' },
        data: { receive_id: zhangSan.openId, msg_type: 'file', content: JSON.stringify({ file_key: 'file_v2_unknown' }) },
      }),
    );
    expect([failure.status, failure.code]).toEqual([400, 230001]);
    expect(standIn.messages).toHaveLength(0);
  });
});
