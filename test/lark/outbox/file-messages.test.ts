import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type OutboxFixture, openOutboxFixture, person } from './outbox-fixture.ts';

const wang = person('王五');
const zhao = person('赵六');
const li = person('李四');
const uploadPath = '/open-apis/im/v1/files';

let fixture: OutboxFixture;
afterEach(async () => {
  await fixture.close();
});

function sendFile(fileName: string, bytes: Uint8Array) {
  return fixture.enqueue({ operation: 'send', toOpenId: wang.openId, notification: { kind: 'file', fileName, bytes } });
}

describe('file messages', () => {
  it('are uploaded with their file name, then sent as a file message the person can open', async () => {
    fixture = await openOutboxFixture([wang]);
    const bytes = randomBytes(70_000);
    const id = await sendFile('2026年11月质量安全月调度会议纪要.docx', bytes);

    expect(await fixture.newSender().sendDue()).toBe(1);

    const [file] = fixture.standIn.files;
    expect(file).toMatchObject({ fileName: '2026年11月质量安全月调度会议纪要.docx', fileType: 'stream' });
    // The multipart part names the file in UTF-8; the stand-in's parser reads part headers as latin1.
    expect(Buffer.from(file?.partFilename ?? '', 'latin1').toString('utf8')).toBe('2026年11月质量安全月调度会议纪要.docx');
    expect(Buffer.compare(fixture.standIn.fileBytes(file?.fileKey ?? ''), bytes)).toBe(0);
    const [message] = fixture.standIn.messagesTo(wang.openId);
    expect(message).toMatchObject({ msgType: 'file', content: { file_key: file?.fileKey } });
    expect(await fixture.row(id)).toMatchObject({ status: 'sent', larkMessageId: message?.messageId });
  });

  it('a name with a slash is kept as the person will see it', async () => {
    fixture = await openOutboxFixture([wang]);
    await sendFile('周排查/第45周.docx', Buffer.from('周排查报告'));

    await fixture.newSender().sendDue();

    expect(fixture.standIn.files.map((file) => file.fileName)).toEqual(['周排查/第45周.docx']);
    expect(fixture.standIn.messagesTo(wang.openId).map((message) => message.msgType)).toEqual(['file']);
  });

  it('a send that fails after the upload is retried without uploading the bytes again', async () => {
    fixture = await openOutboxFixture([wang]);
    await sendFile('日报.docx', Buffer.from('日报内容'));
    fixture.standIn.failNext({ path: '/open-apis/im/v1/messages', method: 'POST', status: 503, code: 1 });
    const sender = fixture.newSender();

    await sender.sendDue();
    fixture.clock.advance(500);
    await sender.sendDue();

    expect(fixture.standIn.requests.filter((request) => request.path === uploadPath)).toHaveLength(1);
    expect(fixture.standIn.messagesTo(wang.openId)).toHaveLength(1);
  });

  it('a failed upload is retried, and the file arrives once', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await sendFile('日报.docx', Buffer.from('日报内容'));
    fixture.standIn.failNext({ path: uploadPath, status: 500, code: 1 });
    const sender = fixture.newSender();

    await sender.sendDue();
    expect(await fixture.row(id)).toMatchObject({ status: 'pending', attempts: 1 });
    fixture.clock.advance(500);
    await sender.sendDue();

    expect(fixture.standIn.files).toHaveLength(1);
    expect(fixture.standIn.messagesTo(wang.openId)).toHaveLength(1);
    expect((await fixture.row(id)).status).toBe('sent');
  });

  it('one file sent to several people is stored once and uploaded once', async () => {
    fixture = await openOutboxFixture([wang, zhao, li]);
    const bytes = randomBytes(50_000);
    for (const recipient of [wang, zhao, li]) {
      await fixture.enqueue({ operation: 'send', toOpenId: recipient.openId, notification: { kind: 'file', fileName: '质量安全月调度会议纪要.docx', bytes } });
    }

    await fixture.newSender().sendDue();

    expect(await fixture.rows.outboxFile.count()).toBe(1);
    expect(fixture.standIn.files).toHaveLength(1);
    const fileKey = fixture.standIn.files[0]?.fileKey;
    for (const recipient of [wang, zhao, li]) {
      expect(fixture.standIn.messagesTo(recipient.openId).map((message) => message.content)).toEqual([{ file_key: fileKey }]);
    }
  });

  it('the same bytes under another name are another file, since Lark shows the name given at upload', async () => {
    fixture = await openOutboxFixture([wang]);
    await sendFile('第一份.docx', Buffer.from('同样的内容'));
    await sendFile('第二份.docx', Buffer.from('同样的内容'));

    await fixture.newSender().sendDue();

    expect(fixture.standIn.files.map((file) => file.fileName)).toEqual(['第一份.docx', '第二份.docx']);
  });

  it('an empty file is refused by Lark (234010) and marked failed', async () => {
    fixture = await openOutboxFixture([wang]);
    const id = await sendFile('空文件.docx', new Uint8Array());

    await fixture.newSender().sendDue();

    const row = await fixture.row(id);
    expect(row.status).toBe('failed');
    expect(row.lastError).toContain('234010');
    expect(fixture.standIn.messages).toEqual([]);
  });
});
