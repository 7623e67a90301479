import { compileInspectionIndex } from "../../domain/archive/inspection-index.js";
import { refuseArchive } from "./archive-refusals.js";
import { archiveSnapshotFromRows } from "./archive-snapshot-from-rows.js";
/**
 * The archive of a unit for a period: its records as they stand → a snapshot → the files. The export is itself
 * recorded: its manifest's hash in the chain lets `verify --export` prove a copy is authentic.
 */
export async function exportArchive(dependencies, input) {
    const rows = await dependencies.archiveRows.unit(input.unitId);
    if (!rows)
        throw refuseArchive('archive.unit-not-found', { unitId: input.unitId, known: await dependencies.archiveRows.unitIds() });
    const snapshot = archiveSnapshotFromRows(rows, { from: input.from, to: input.to }, input.now);
    const index = compileInspectionIndex(snapshot);
    const { files, manifestSha256 } = await dependencies.archiveFiles.render(snapshot, index, input.onProgress);
    await dependencies.store.transaction((transaction) => transaction.audit.append({
        at: input.now,
        unitId: input.unitId,
        actor: input.actor,
        action: 'archive.exported',
        recordType: 'export',
        recordId: `${input.unitId}:${input.from}:${input.to}`,
        contentHash: manifestSha256,
    }));
    return { unitName: rows.unit.name, files, gaps: index.gaps };
}
//# sourceMappingURL=export-archive.js.map