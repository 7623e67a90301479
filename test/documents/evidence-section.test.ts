import { describe, expect, it } from 'vitest';
import { type DailyRecordDocument, renderDailyRecordDocx } from '../../src/documents/daily-record-document.ts';
import { type EvidenceForDocument, pictureOf } from '../../src/documents/evidence-section.ts';
import { docxText } from '../support/docx-text.ts';

const record: DailyRecordDocument = {
  unitName: '杭州示例电器销售有限公司',
  date: '2026-11-02',
  shift: '',
  officerName: '张三',
  checklistVersion: 3,
  status: 'submitted',
  outcome: 'hazard',
  revision: 1,
  submittedAt: '2026-11-02 09:12',
  items: [{ number: 1, code: 'S05', text: '储存条件符合产品要求', answerLabel: '异常', description: '仓库漏雨', measures: '已转移货物' }],
  contentHash: 'ab'.repeat(32),
};

/** The 24 bytes of a PNG header Word needs to place a picture of 1600 × 1200. */
function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  bytes.writeUInt32BE(0x89504e47, 0);
  bytes.writeUInt32BE(0x0d0a1a0a, 4);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

const report: EvidenceForDocument = {
  hazardNumber: 3,
  stepName: '整改',
  senderName: '王五',
  receivedAt: '2026-11-02 15:30',
  fileName: '整改报告.pdf',
  kind: 'file',
  sha256: 'cd'.repeat(32),
  size: 2048,
  bytes: Buffer.from('%PDF'),
};

describe('the evidence a record shows', () => {
  it('lists a file with its hazard, step, sender, time and SHA-256', async () => {
    const text = await docxText(await renderDailyRecordDocx(record, [report]));
    expect(text).toContain('隐患证据照片及文件');
    expect(text).toContain('整改报告.pdf（2048 字节）');
    expect(text).toContain('cd'.repeat(32));
    expect(text).toContain('王五 2026-11-02 15:30');
  });

  it('still renders when a file is gone from the evidence folder, and says so', async () => {
    const missingPhoto: EvidenceForDocument = { ...report, kind: 'image', fileName: '照片', bytes: null };
    const text = await docxText(await renderDailyRecordDocx(record, [missingPhoto]));
    expect(text).toContain('照片（证据文件缺失，请核对）');
    expect(text).toContain('qs verify');
  });

  it('a photo is captioned with its step, sender, time and SHA-256', async () => {
    const photo: EvidenceForDocument = { ...report, kind: 'image', fileName: '照片', bytes: pngHeader(1600, 1200) };
    const text = await docxText(await renderDailyRecordDocx(record, [photo]));
    expect(text).toContain(`第 3 号隐患 整改证据　王五　2026-11-02 15:30　SHA-256：${'cd'.repeat(32)}`);
  });

  it('reads the size of PNG, GIF and JPEG pictures, and nothing else', () => {
    expect(pictureOf(pngHeader(1600, 1200))).toEqual({ type: 'png', width: 1600, height: 1200 });
    const gif = Buffer.from('GIF89a\x40\x01\xf0\x00', 'latin1');
    expect(pictureOf(gif)).toEqual({ type: 'gif', width: 320, height: 240 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);
    expect(pictureOf(jpeg)).toEqual({ type: 'jpg', width: 640, height: 480 });
    expect(pictureOf(Buffer.from('%PDF-1.4'))).toBeUndefined();
  });
});
