import yazl from 'yazl';
import type { ArchiveFile } from './archive-file.ts';

/** Lark refuses files over 30 MB (LARK.md §3.5); parts stay under this, leaving room for the zip's own overhead. */
export const ZIP_PART_LIMIT_BYTES = 28 * 1024 * 1024;

function zipOf(files: readonly ArchiveFile[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const fixedTime = new Date('2000-01-01T00:00:00Z');
  for (const file of files) zip.addBuffer(Buffer.from(file.bytes), file.path, { mtime: fixedTime });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

/**
 * One zip when the archive fits Lark's limit; otherwise several, each a complete zip of whole files, so every part
 * opens on its own. The manifest and the index go in the first part.
 */
export async function zipArchive(files: readonly ArchiveFile[], limitBytes = ZIP_PART_LIMIT_BYTES): Promise<Buffer[]> {
  const whole = await zipOf(files);
  if (whole.byteLength <= limitBytes) return [whole];
  const parts: ArchiveFile[][] = [[]];
  let size = 0;
  for (const file of files) {
    const current = parts.at(-1)!;
    if (current.length > 0 && size + file.bytes.byteLength > limitBytes) {
      parts.push([file]);
      size = file.bytes.byteLength;
    } else {
      current.push(file);
      size += file.bytes.byteLength;
    }
  }
  return Promise.all(parts.map(zipOf));
}
