import { ImageRun, Paragraph, TextRun } from 'docx';
import type { DocumentEvidence } from '../ports/document-renderer.ts';
import { type Block, dataTable, prose, subheading } from './document-parts.ts';

/** A photo or file kept as evidence of a hazard's step, with its step named and its bytes as stored now (null when the
 * file is gone). */
export type EvidenceForDocument = Omit<DocumentEvidence, 'step'> & { stepName: string; bytes: Uint8Array | null };

type PictureType = 'png' | 'jpg' | 'gif' | 'bmp';

// The page's text width in pixels at 96 dpi (A4 less margins), and a height that leaves room for the caption.
const MAXIMUM_WIDTH = 560;
const MAXIMUM_HEIGHT = 420;

/** The picture's type and size from its header, for the formats Word shows; undefined for anything else. */
export function pictureOf(bytes: Uint8Array): { type: PictureType; width: number; height: number } | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47) return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length >= 10 && data.toString('latin1', 0, 3) === 'GIF') return { type: 'gif', width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  if (data.length >= 26 && data.toString('latin1', 0, 2) === 'BM') return { type: 'bmp', width: data.readInt32LE(18), height: Math.abs(data.readInt32LE(22)) };
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length && data[offset] === 0xff) {
      const marker = data[offset + 1]!;
      const length = data.readUInt16BE(offset + 2);
      // Start-of-frame markers (baseline, progressive, …) carry the size; 0xC4, 0xC8 and 0xCC are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpg', width: data.readUInt16BE(offset + 7), height: data.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}

function caption(evidence: EvidenceForDocument): string {
  return `第 ${evidence.hazardNumber} 号隐患 ${evidence.stepName}证据　${evidence.senderName}　${evidence.receivedAt}　SHA-256：${evidence.sha256}`;
}

function pictureBlocks(evidence: EvidenceForDocument, picture: NonNullable<ReturnType<typeof pictureOf>>, bytes: Uint8Array): Paragraph[] {
  const scale = Math.min(1, MAXIMUM_WIDTH / Math.max(picture.width, 1), MAXIMUM_HEIGHT / Math.max(picture.height, 1));
  return [
    new Paragraph({
      children: [new ImageRun({ type: picture.type, data: bytes, transformation: { width: Math.max(1, Math.round(picture.width * scale)), height: Math.max(1, Math.round(picture.height * scale)) } })],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: caption(evidence), size: 18 })] }),
  ];
}

/**
 * The evidence of the hazards a document covers: each photo shown, scaled to the page, under a caption naming the
 * step, the sender, the time and the SHA-256; other files listed with their hash. A file missing from the evidence
 * folder is said to be missing rather than left out, so the document never hides that it was sent.
 */
export function evidenceSection(title: string, evidence: readonly EvidenceForDocument[]): Block[] {
  if (evidence.length === 0) return [];
  const blocks: Block[] = [subheading(title)];
  const listed: EvidenceForDocument[] = [];
  for (const item of evidence) {
    const picture = item.kind === 'image' && item.bytes ? pictureOf(item.bytes) : undefined;
    if (picture && item.bytes) blocks.push(...pictureBlocks(item, picture, item.bytes));
    else listed.push(item);
  }
  if (listed.length > 0) {
    blocks.push(
      dataTable(
        [
          { header: '隐患', weight: 0.8 },
          { header: '环节', weight: 0.8 },
          { header: '文件', weight: 1.6 },
          { header: '发送人及时间', weight: 1.6 },
          { header: 'SHA-256', weight: 3.2 },
        ],
        listed.map((item) => [
          `第 ${item.hazardNumber} 号`,
          item.stepName,
          item.bytes ? `${item.fileName}（${item.size} 字节）` : `${item.fileName}（证据文件缺失，请核对）`,
          `${item.senderName} ${item.receivedAt}`,
          item.sha256,
        ]),
      ),
    );
  }
  if (evidence.some((item) => item.bytes === null)) blocks.push(...prose('注：标明“证据文件缺失”的文件未在证据文件夹中找到，运行 qs verify 可查明原因。'));
  return blocks;
}
