import { refusalsOf } from '../../domain/domain-error.ts';

export interface ArchiveRefusals {
  'archive.export-not-allowed': Record<string, never>;
  'archive.unit-not-found': { unitId: string; known: string[] };
  'archive.link-not-allowed': Record<string, never>;
  'archive.month-in-future': { month: string; currentMonth: string };
  /** The archive page of a unit the viewer holds no post in, or of no unit at all: the two read alike, so ids are not probed. */
  'archive.page-not-allowed': Record<string, never>;
  'archive.file-not-found': { path: string };
}

export const refuseArchive = refusalsOf<ArchiveRefusals>();
