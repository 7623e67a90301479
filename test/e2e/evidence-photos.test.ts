import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentMessageEvent } from '../../lark-stand-in/event-envelopes.ts';
import { type ChildResult, commandLineEntry, runTypeScript } from '../support/child-process.ts';
import { filesTo, latestCard } from '../support/chat-views.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A real PNG of `width` × `height` red pixels: what a phone would send, small enough for a test. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.concat(Array.from({ length: width }, () => Buffer.from([220, 40, 40])))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (piece: Buffer) => chunks.push(piece)).on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

/** The hashes of the pictures a .docx embeds (word/media/*). */
async function embeddedPictureHashes(docx: Buffer): Promise<string[]> {
  const parts = await unzip(docx);
  return [...parts].filter(([name]) => name.startsWith('word/media/')).map(([, bytes]) => sha256(bytes));
}

describe('evidence photos: a photo sent after a hazard report is kept under its SHA-256, shown in the records and checked by verify', () => {
  let folder: string;
  let databaseFile: string;
  let evidenceFolder: string;
  let harness: Harness;
  const photo = png(800, 600);
  const photoHash = sha256(photo);
  let photoMessage: { messageId: string; chatId: string; key: string };

  const qs = (args: string[]): Promise<ChildResult> =>
    runTypeScript(commandLineEntry, args, { cwd: folder, env: { DATABASE_URL: `file:${databaseFile}`, EVIDENCE_DIR: evidenceFolder } });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'qs-evidence-'));
    databaseFile = path.join(folder, 'qs.db');
    evidenceFolder = path.join(folder, 'evidence');
    harness = await startHarness({ databaseUrl: `file:${databaseFile}`, evidenceFolder });
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 10:00');
    await harness.lark.sendText(people.officerZhao.openId, '异常 2 原料仓湿度超标 措施：开启除湿机');
    await harness.lark.sendText(people.officerZhao.openId, '其余正常');
    await harness.settle();
    harness.actAt('2026-11-02 10:04');
    const sent = await harness.lark.sendAttachment(people.officerZhao.openId, { kind: 'image', bytes: photo, mediaType: 'image/png' });
    photoMessage = { messageId: sent.messageId, chatId: sent.chatId, key: sent.key };
    await harness.settle();
  });
  afterAll(async () => {
    await harness?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the photo is stored under its SHA-256, linked to the hazard, and the officer is told its short hash', async () => {
    expect(await readFile(path.join(evidenceFolder, photoHash))).toEqual(photo);
    const reply = harness.standIn.textsTo(people.officerZhao.openId).at(-1) ?? '';
    expect(reply).toContain('作为第 1 号隐患的隐患上报证据保存');
    expect(reply).toContain(photoHash.slice(0, 12));
    const evidence = await harness.rows.evidence.findMany();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ sha256: photoHash, step: 'report', kind: 'image', mediaType: 'image/png', size: photo.byteLength, recordType: 'hazard' });
    const entry = await harness.rows.auditEntry.findFirstOrThrow({ where: { recordType: 'evidence' } });
    expect(entry.recordId).toBe(evidence[0]!.id);
  });

  it('a redelivered photo message is stored once', async () => {
    const event = attachmentMessageEvent({
      senderOpenId: people.officerZhao.openId,
      kind: 'image',
      key: photoMessage.key,
      messageId: photoMessage.messageId,
      chatId: photoMessage.chatId,
      chatType: 'p2p',
      tenantKey: harness.standIn.tenantKey,
      createTime: new Date('2026-11-02T10:04:00+08:00').getTime(),
    });
    expect((await harness.lark.deliver('im.message.receive_v1', event)).status).toBe(200);
    await harness.settle();
    expect(await harness.rows.evidence.count()).toBe(1);
    expect((await readdir(evidenceFolder)).filter((name) => !name.startsWith('.'))).toEqual([photoHash]);
  });

  it('a photo from someone with no hazard step is politely refused and nothing is stored', async () => {
    harness.actAt('2026-11-02 10:06');
    await harness.lark.sendAttachment(people.officerWang.openId, { kind: 'image', bytes: png(10, 10), mediaType: 'image/png' });
    await harness.settle();
    const reply = harness.standIn.textsTo(people.officerWang.openId).at(-1) ?? '';
    expect(reply).toContain('没有保存');
    expect(reply).toContain('回复该隐患的卡片');
    expect(await harness.rows.evidence.count()).toBe(1);
    expect((await readdir(evidenceFolder)).filter((name) => !name.startsWith('.'))).toEqual([photoHash]);
  });

  it('the daily and weekly records embed the photo, the export lists and holds it, and verify passes', async () => {
    harness.actAt('2026-11-06 16:30');
    await harness.runJob('weekly-report', '2026-11-06');
    await harness.lark.sendText(people.director.openId, '排查 原料仓：湿度超标已处理');
    await harness.lark.sendText(people.director.openId, '排查日期 2026-11-06');
    await harness.lark.sendText(people.director.openId, '参加人员 李四、赵六');
    await harness.lark.sendText(people.director.openId, '研判 雨季仓储湿度需每日关注');
    await harness.lark.sendText(people.director.openId, '确认周报');
    await harness.settle();
    const sentReport = filesTo(harness.standIn, people.principal.openId).find((file) => file.fileName.endsWith('.docx'));
    expect(sentReport).toBeDefined();
    expect(await embeddedPictureHashes(sentReport!.bytes)).toContain(photoHash);
    const out = path.join(folder, 'archive');
    const exported = await qs(['export', '--unit', 'acme-plant', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(await embeddedPictureHashes(await readFile(path.join(out, 'daily', '2026-11-02_赵六.docx')))).toContain(photoHash);
    const weekly = (await readdir(path.join(out, 'weekly'))).find((name) => name.endsWith('2026-11-06.docx'));
    expect(weekly).toBeDefined();
    expect(await embeddedPictureHashes(await readFile(path.join(out, 'weekly', weekly!)))).toContain(photoHash);
    expect(await readFile(path.join(out, 'evidence', `${photoHash}.png`))).toEqual(photo);
    const records = JSON.parse(await readFile(path.join(out, 'records.json'), 'utf8')) as { evidence: unknown[] };
    expect(records.evidence).toEqual([
      expect.objectContaining({ hazardNumber: 1, step: 'report', sha256: photoHash, size: photo.byteLength, senderName: '赵六', path: `evidence/${photoHash}.png` }),
    ]);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
    expect(manifest.files).toContainEqual({ path: `evidence/${photoHash}.png`, bytes: photo.byteLength, sha256: photoHash });
    const verified = await qs(['verify']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('1 份证据文件与其 SHA-256 一致');
  });

  it('backup copies the evidence beside the database copy', async () => {
    const copy = path.join(folder, 'backup.db');
    const backup = await qs(['backup', '--out', copy]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(await readFile(path.join(`${copy}.evidence`, photoHash))).toEqual(photo);
  });

  it('verify fails, naming the file, the hazard and the step, once the stored photo is altered', async () => {
    await writeFile(path.join(evidenceFolder, photoHash), Buffer.concat([photo, Buffer.from('edited')]));
    const verified = await qs(['verify']);
    expect(verified.code).not.toBe(0);
    expect(verified.stderr).toContain(photoHash);
    expect(verified.stderr).toContain('第 1 号隐患的隐患上报证据');
    expect(verified.stderr).toContain('文件被改动过');
    const out = path.join(folder, 'archive-after-edit');
    expect((await qs(['export', '--unit', 'acme-plant', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out])).code).toBe(0);
    expect(existsSync(path.join(out, 'daily', '2026-11-02_赵六.docx'))).toBe(true);
  });

  it('a file sent in reply to the hazard card hours later is evidence of the sender\'s step; a resource inside a card is refused', async () => {
    harness.actAt('2026-11-02 11:00');
    await harness.lark.sendText(people.director.openId, '整改 1 王五 2026-11-05');
    await harness.lark.sendText(people.officerWang.openId, '已整改 1 已开启除湿机，湿度恢复正常');
    await harness.settle();
    await harness.lark.sendText(people.director.openId, '验证 1 通过');
    await harness.settle();
    harness.actAt('2026-11-02 18:00');
    const card = latestCard(harness.standIn, people.director.openId, '验证结果');
    const report = Buffer.from('%PDF-1.4 humidity log');
    await harness.lark.sendAttachment(people.director.openId, { kind: 'file', bytes: report, mediaType: 'application/pdf', fileName: '湿度记录.pdf' }, { parentMessageId: card.messageId });
    await harness.settle();
    expect(harness.standIn.textsTo(people.director.openId).at(-1)).toContain('作为第 1 号隐患的验证证据保存');
    expect(await harness.rows.evidence.findFirst({ where: { sha256: sha256(report) } })).toMatchObject({ step: 'verification', kind: 'file', fileName: '湿度记录.pdf' });
    expect(latestCard(harness.standIn, people.director.openId, '验证结果').text).toContain('已附证据 2 份');

    const inCard = attachmentMessageEvent({
      senderOpenId: people.director.openId,
      kind: 'image',
      key: 'img_v3_inside_a_card',
      messageId: card.messageId,
      chatId: harness.standIn.chatIdOf(people.director.openId),
      chatType: 'p2p',
      tenantKey: harness.standIn.tenantKey,
      createTime: new Date('2026-11-02T18:01:00+08:00').getTime(),
      parentMessageId: card.messageId,
    });
    await harness.lark.deliver('im.message.receive_v1', inCard);
    await harness.settle();
    expect(harness.standIn.textsTo(people.director.openId).at(-1)).toContain('卡片或合并转发消息中的图片和文件无法下载');
    expect(await harness.rows.evidence.count()).toBe(2);
  });
});
