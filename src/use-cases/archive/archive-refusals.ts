import { refusalsOf } from '../../domain/domain-error.ts';

export interface ArchiveRefusals {
  'archive.export-not-allowed': Record<string, never>;
  'archive.unit-not-found': { unitId: string; known: string[] };
}

export const refuseArchive = refusalsOf<ArchiveRefusals>();
