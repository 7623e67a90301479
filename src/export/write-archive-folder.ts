import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveFile } from '../ports/archive-files.ts';

/** `qs export` and the demo: the archive written to a folder, each file at its relative path. */
export async function writeArchiveFolder(files: readonly ArchiveFile[], outDir: string): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}
