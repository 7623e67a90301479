/** Builds a unit's archive for a period as zip files small enough to send in chat. */
export interface ArchiveExporter {
  zipped(input: { unitId: string; from: string; to: string; now: Date; actor: string }): Promise<{ unitName: string; parts: Uint8Array[]; gaps: string[]; fileCount: number }>;
}
