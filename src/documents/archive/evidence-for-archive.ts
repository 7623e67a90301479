import type { ArchivedEvidence } from '../../domain/archive/archive-snapshot.ts';
import { localDateTimeOf } from '../../domain/archive/archive-times.ts';
import { EVIDENCE_STEP_NAMES } from '../../domain/evidence/evidence-step.ts';
import type { EvidenceForDocument } from '../evidence-section.ts';

/** Archived evidence as a document shows it, with its bytes as they are kept now. */
export async function evidenceForArchive(
  evidence: readonly ArchivedEvidence[],
  timeZone: string,
  read: (sha256: string) => Promise<Uint8Array | null>,
): Promise<EvidenceForDocument[]> {
  const shown: EvidenceForDocument[] = [];
  for (const item of evidence) {
    shown.push({
      hazardNumber: item.hazardNumber,
      stepName: EVIDENCE_STEP_NAMES[item.step],
      senderName: item.senderName,
      receivedAt: localDateTimeOf(item.receivedAt, timeZone) ?? item.receivedAt,
      fileName: item.fileName,
      kind: item.kind,
      sha256: item.sha256,
      size: item.size,
      bytes: await read(item.sha256),
    });
  }
  return shown;
}
