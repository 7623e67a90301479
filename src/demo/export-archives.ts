import path from 'node:path';
import { exportArchiveFolder } from '../export/export-archive-folder.ts';
import type { Database } from '../store/open-database.ts';
import type { DemoUnit } from './demo-organisation.ts';

const ARCHIVE_INDEX = 'index.docx';

/** Each unit's archive for the period played, written as `qs export` writes it, into `archive/<unitId>/`. */
export async function exportArchives(
  database: Database,
  units: DemoUnit[],
  period: { from: string; to: string; archiveDir: string; now: Date },
): Promise<{ indexes: string[]; gaps: string[] }> {
  const indexes: string[] = [];
  const gaps: string[] = [];
  for (const unit of units) {
    const outDir = path.join(period.archiveDir, unit.id);
    const archive = await exportArchiveFolder(
      { archiveRows: database.archiveRows, store: database.store },
      { unitId: unit.id, from: period.from, to: period.to, outDir, now: period.now },
    );
    if (archive.files.includes(ARCHIVE_INDEX)) indexes.push(path.join(outDir, ARCHIVE_INDEX));
    gaps.push(...archive.gaps.map((gap) => `${unit.name}：${gap}`));
  }
  return { indexes, gaps };
}
