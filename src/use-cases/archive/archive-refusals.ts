import { refusalsOf } from '../../domain/domain-error.ts';

export interface ArchiveRefusals {
  'archive.export-not-allowed': Record<string, never>;
}

export const refuseArchive = refusalsOf<ArchiveRefusals>();
