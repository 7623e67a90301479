import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The few zip operations a Word package needs when most of its parts are the same in every document: read the parts
 * of a package once, compress each part once, and pack compressed parts without compressing them again.
 */
export interface CompressedPart {
  path: string;
  crc: number;
  size: number;
  compressed: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DEFLATE = 8;
const STORED = 0;
/** 1980-01-01 00:00 in MS-DOS form: a document's own dates are in docProps/core.xml, not in the container. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

export function compressPart(path: string, content: Buffer): CompressedPart {
  // Level 1: a daily record is written a hundred thousand times a year; the size gained by more effort is a few bytes.
  return { path, crc: crc32(content), size: content.byteLength, compressed: deflateRawSync(content, { level: 1 }) };
}

/** The parts of a zip file by path, in the file's order. */
export function readZipParts(zip: Buffer): Map<string, Buffer> {
  let end = zip.byteLength - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let position = zip.readUInt32LE(end + 16);
  const parts = new Map<string, Buffer>();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(position) !== CENTRAL_HEADER) throw new Error('not a zip file: bad central directory');
    const method = zip.readUInt16LE(position + 10);
    const compressedSize = zip.readUInt32LE(position + 20);
    const nameLength = zip.readUInt16LE(position + 28);
    const extraLength = zip.readUInt16LE(position + 30);
    const commentLength = zip.readUInt16LE(position + 32);
    const localOffset = zip.readUInt32LE(position + 42);
    const path = zip.toString('utf8', position + 46, position + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== STORED && method !== DEFLATE) throw new Error(`zip part ${path} uses compression method ${method}`);
    parts.set(path, method === STORED ? Buffer.from(data) : inflateRawSync(data));
    position += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** A zip file of parts already compressed with DEFLATE, in the order given. */
export function packZip(parts: readonly CompressedPart[]): Buffer {
  const names = parts.map((part) => Buffer.from(part.path, 'utf8'));
  const localSize = parts.reduce((sum, part, index) => sum + 30 + names[index]!.byteLength + part.compressed.byteLength, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.byteLength, 0);
  const zip = Buffer.allocUnsafe(localSize + centralSize + 22);
  let position = 0;
  const offsets: number[] = [];
  for (const [index, part] of parts.entries()) {
    const name = names[index]!;
    offsets.push(position);
    zip.writeUInt32LE(LOCAL_HEADER, position);
    zip.writeUInt16LE(20, position + 4);
    zip.writeUInt16LE(0, position + 6);
    zip.writeUInt16LE(DEFLATE, position + 8);
    zip.writeUInt16LE(DOS_TIME, position + 10);
    zip.writeUInt16LE(DOS_DATE, position + 12);
    zip.writeUInt32LE(part.crc, position + 14);
    zip.writeUInt32LE(part.compressed.byteLength, position + 18);
    zip.writeUInt32LE(part.size, position + 22);
    zip.writeUInt16LE(name.byteLength, position + 26);
    zip.writeUInt16LE(0, position + 28);
    name.copy(zip, position + 30);
    part.compressed.copy(zip, position + 30 + name.byteLength);
    position += 30 + name.byteLength + part.compressed.byteLength;
  }
  const centralStart = position;
  for (const [index, part] of parts.entries()) {
    const name = names[index]!;
    zip.writeUInt32LE(CENTRAL_HEADER, position);
    zip.writeUInt16LE(20, position + 4);
    zip.writeUInt16LE(20, position + 6);
    zip.writeUInt16LE(0, position + 8);
    zip.writeUInt16LE(DEFLATE, position + 10);
    zip.writeUInt16LE(DOS_TIME, position + 12);
    zip.writeUInt16LE(DOS_DATE, position + 14);
    zip.writeUInt32LE(part.crc, position + 16);
    zip.writeUInt32LE(part.compressed.byteLength, position + 20);
    zip.writeUInt32LE(part.size, position + 24);
    zip.writeUInt16LE(name.byteLength, position + 28);
    zip.fill(0, position + 30, position + 42);
    zip.writeUInt32LE(offsets[index]!, position + 42);
    name.copy(zip, position + 46);
    position += 46 + name.byteLength;
  }
  zip.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, position);
  zip.writeUInt16LE(0, position + 4);
  zip.writeUInt16LE(0, position + 6);
  zip.writeUInt16LE(parts.length, position + 8);
  zip.writeUInt16LE(parts.length, position + 10);
  zip.writeUInt32LE(position - centralStart, position + 12);
  zip.writeUInt32LE(centralStart, position + 16);
  zip.writeUInt16LE(0, position + 20);
  return zip;
}
