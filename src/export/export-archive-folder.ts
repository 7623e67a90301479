import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveRows } from '../ports/archive-rows.ts';
import type { Store } from '../ports/store.ts';
import { recordExport } from '../use-cases/archive/record-export.ts';
import { archiveSnapshotFromRows } from '../use-cases/archive/archive-snapshot-from-rows.ts';
import { type ArchiveFile, MANIFEST_JSON } from './archive-file.ts';
import { buildArchiveFiles, sha256 } from './build-archive-files.ts';

export function manifestHashOf(files: readonly ArchiveFile[]): string {
  const manifest = files.find((file) => file.path === MANIFEST_JSON);
  if (!manifest) throw new Error('an archive without a manifest');
  return sha256(manifest.bytes);
}

export class UnknownUnitError extends Error {
  constructor(readonly unitId: string, readonly known: string[]) {
    super(`没有编号为 ${unitId} 的单位。已有单位：${known.join('、') || '（无）'}`);
    this.name = 'UnknownUnitError';
  }
}

/** Reads the unit's records and renders its archive for the period, in memory. */
export async function buildArchive(
  archiveRows: ArchiveRows,
  input: { unitId: string; from: string; to: string; now: Date; onProgress?: (done: number, total: number) => void },
): Promise<{ files: ArchiveFile[]; gaps: string[]; unitName: string }> {
  const rows = await archiveRows.unit(input.unitId);
  if (!rows) throw new UnknownUnitError(input.unitId, await archiveRows.unitIds());
  const snapshot = archiveSnapshotFromRows(rows, { from: input.from, to: input.to }, input.now);
  const { files, index } = await buildArchiveFiles(snapshot, input.onProgress);
  return { files, gaps: index.gaps, unitName: rows.unit.name };
}

/** `qs export` and the demo: the archive written to a folder, each file at its relative path. */
export async function exportArchiveFolder(
  dependencies: { archiveRows: ArchiveRows; store: Store },
  input: { unitId: string; from: string; to: string; outDir: string; now: Date; onProgress?: (done: number, total: number) => void },
): Promise<{ files: string[]; gaps: string[] }> {
  const archive = await buildArchive(dependencies.archiveRows, input);
  await recordExport(dependencies.store, { ...input, manifestSha256: manifestHashOf(archive.files), actor: 'export' });
  for (const file of archive.files) {
    const target = path.join(input.outDir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  return { files: archive.files.map((file) => file.path), gaps: archive.gaps };
}
