import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceFiles } from '../ports/evidence.ts';

/**
 * Evidence bytes in a folder, each file named by its SHA-256 (no extension: the name is the proof, the media type is
 * in the database). Written to a temporary name and renamed, so a file under a hash name is always whole.
 */
export function evidenceFolder(folder: string): EvidenceFiles & { pathOf(sha256: string): string } {
  const pathOf = (sha256: string) => path.join(folder, sha256);
  return {
    pathOf,
    async keep(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      const existing = await stat(target).catch(() => null);
      if (existing?.isFile()) return sha256;
      await mkdir(folder, { recursive: true });
      const temporary = path.join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.partial`);
      try {
        await writeFile(temporary, bytes, { flag: 'wx' });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return sha256;
    },
    async read(sha256) {
      try {
        return await readFile(pathOf(sha256));
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
