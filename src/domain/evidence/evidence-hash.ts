import { contentHash } from '../archive/canonical-hash.ts';

/** What an evidence entry of the audit chain covers: the bytes (by their SHA-256), whose record and step, who sent them and when. */
export function evidenceContentHash(evidence: { sha256: string; recordType: string; recordId: string; step: string; senderId: string; receivedAt: Date }): string {
  return contentHash({
    sha256: evidence.sha256,
    recordType: evidence.recordType,
    recordId: evidence.recordId,
    step: evidence.step,
    senderId: evidence.senderId,
    receivedAt: evidence.receivedAt.toISOString(),
  });
}
