import type { EvidenceStep } from '../domain/evidence/evidence-step.ts';

/** A photo or file kept as evidence of a step, as stored; its bytes are in the evidence folder under `sha256`. */
export interface EvidenceRecord {
  id: string;
  unitId: string;
  recordType: 'hazard' | 'daily-check';
  recordId: string;
  step: EvidenceStep;
  kind: 'image' | 'file';
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  larkMessageId: string;
  larkFileKey: string;
  senderId: string;
  receivedAt: Date;
}

export type NewEvidence = Omit<EvidenceRecord, 'id'>;

export interface EvidenceRepository {
  add(evidence: NewEvidence): Promise<EvidenceRecord>;
  byLarkMessageId(larkMessageId: string): Promise<EvidenceRecord | null>;
  ofRecord(recordType: EvidenceRecord['recordType'], recordId: string): Promise<EvidenceRecord[]>;
  /** The outbox row that sent the Lark message with this id (a card the bot sent), if any. */
  outboxIdOfLarkMessage(larkMessageId: string): Promise<string | null>;
}

/** Every evidence row, for `verify` and the export, read outside any change. */
export interface EvidenceRows {
  all(filter?: { unitId?: string }): Promise<EvidenceRecord[]>;
}

/** The folder holding evidence bytes, each file named by its SHA-256: the same bytes are kept once. */
export interface EvidenceFiles {
  /** Writes the bytes (unless already there) and returns their SHA-256. */
  keep(bytes: Uint8Array): Promise<string>;
  /** The bytes kept under this hash, as they are now (null when the file is gone). */
  read(sha256: string): Promise<Uint8Array | null>;
}

export type MessageResourceFailure = 'in-card-or-forward' | 'not-found' | 'too-large' | 'unavailable';

/** Downloads what a person sent in chat: a photo or file, by its message and key. */
export interface MessageResources {
  fetch(input: { messageId: string; fileKey: string; kind: 'image' | 'file' }): Promise<{ ok: true; bytes: Uint8Array; mediaType: string } | { ok: false; failure: MessageResourceFailure }>;
}
