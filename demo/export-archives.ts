import path from 'node:path';
import { docxArchiveFiles } from '../src/export/docx-archive-files.ts';
import { exportArchive } from '../src/use-cases/archive/export-archive.ts';
import { evidenceFolder } from '../src/store/evidence-folder.ts';
import type { Database } from '../src/store/open-database.ts';
import type { DemoUnit } from './demo-organisation.ts';

const ARCHIVE_INDEX = 'index.docx';

/** Each unit's archive for the period played, written as `qs export` writes it, into `archive/<unitId>/`. */
export async function exportArchives(
  database: Database,
  units: DemoUnit[],
  period: { from: string; to: string; archiveDir: string; evidenceDir: string; now: Date },
): Promise<{ indexes: string[]; gaps: string[] }> {
  const indexes: string[] = [];
  const gaps: string[] = [];
  for (const unit of units) {
    const outDir = path.join(period.archiveDir, unit.id);
    const archive = await exportArchive(
      { archiveRows: database.archiveRows, store: database.store, evidence: { rows: database.evidence, files: evidenceFolder(period.evidenceDir) } },
      { unitId: unit.id, from: period.from, to: period.to, now: period.now, actor: 'export', write: (content) => docxArchiveFiles.toFolder(content, outDir) },
    );
    indexes.push(path.join(outDir, ARCHIVE_INDEX));
    gaps.push(...archive.gaps.map((gap) => `${unit.name}：${gap}`));
  }
  return { indexes, gaps };
}
