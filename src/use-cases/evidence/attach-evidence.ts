import { evidenceContentHash } from '../../domain/evidence/evidence-hash.ts';
import { type EvidenceCandidate, type EvidenceStep, EVIDENCE_WINDOW_MINUTES, evidenceTarget } from '../../domain/evidence/evidence-step.ts';
import type { EvidenceFiles, MessageResourceFailure, MessageResources } from '../../ports/evidence.ts';
import type { HazardRecord } from '../../ports/hazard-repository.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import { refreshHazardCards } from '../hazards/hazard-cards.ts';
import { recordHazardStep } from '../hazards/record-hazard-step.ts';

export interface SentAttachment {
  senderOpenId: string;
  messageId: string;
  /** The message this one replies to (Lark's `parent_id`): a hazard card names its hazard. */
  parentMessageId?: string;
  kind: 'image' | 'file';
  fileKey: string;
  fileName: string;
  now: Date;
}

export type EvidenceAttached =
  | { kind: 'evidence-kept'; number: number; step: EvidenceStep; fileName: string; sha256: string; count: number }
  | { kind: 'evidence-already-kept'; number: number; sha256: string }
  | { kind: 'evidence-without-step' }
  | { kind: 'evidence-not-fetched'; failure: MessageResourceFailure };

const windowMilliseconds = EVIDENCE_WINDOW_MINUTES * 60_000;

/** Whether the sender may have a step on this hazard: what is read of its history is only what could match. */
function mayConcern(hazard: HazardRecord, personId: string, director: boolean, now: Date): boolean {
  if (hazard.reportedById === personId && now.getTime() - hazard.reportedAt.getTime() <= windowMilliseconds) return true;
  if (hazard.ownerId === personId && (hazard.status === 'assigned' || hazard.status === 'rectified')) return true;
  if (!director) return false;
  return hazard.status === 'rectified' || (hazard.closedAt !== null && now.getTime() - hazard.closedAt.getTime() <= windowMilliseconds);
}

async function candidateOf(transaction: StoreTransaction, hazard: HazardRecord): Promise<EvidenceCandidate> {
  return { ...hazard, events: await transaction.hazards.events(hazard.id) };
}

/** The hazard whose card the message replies to, among the sender's units' hazards, newest first. */
async function repliedHazard(transaction: StoreTransaction, hazards: readonly HazardRecord[], parentMessageId: string | undefined): Promise<HazardRecord | undefined> {
  if (parentMessageId === undefined) return undefined;
  const outboxId = await transaction.evidence.outboxIdOfLarkMessage(parentMessageId);
  if (outboxId === null) return undefined;
  for (const hazard of [...hazards].sort((left, right) => right.reportedAt.getTime() - left.reportedAt.getTime())) {
    if ((await transaction.hazards.cards(hazard.id)).some((card) => card.outboxId === outboxId)) return hazard;
  }
  return undefined;
}

type Target = { kind: 'target'; hazard: HazardRecord; step: EvidenceStep; senderId: string } | { kind: 'evidence-without-step' } | { kind: 'evidence-already-kept'; number: number; sha256: string };

async function findTarget(store: Store, input: SentAttachment): Promise<Target> {
  return store.transaction(async (transaction) => {
    const kept = await transaction.evidence.byLarkMessageId(input.messageId);
    if (kept) {
      const hazard = await transaction.hazards.get(kept.recordId);
      return { kind: 'evidence-already-kept', number: hazard?.number ?? 0, sha256: kept.sha256 };
    }
    const memberships = (await transaction.people.byOpenId(input.senderOpenId)).map((member) => ({ unitId: member.unitId, personId: member.personId, director: member.roles.includes('director') }));
    const hazards: HazardRecord[] = [];
    for (const membership of memberships) hazards.push(...(await transaction.hazards.ofUnit(membership.unitId, {})));
    const replied = await repliedHazard(transaction, hazards, input.parentMessageId);
    const concerned = replied
      ? [replied]
      : hazards.filter((hazard) => memberships.some((member) => member.unitId === hazard.unitId && mayConcern(hazard, member.personId, member.director, input.now)));
    const candidates = await Promise.all(concerned.map((hazard) => candidateOf(transaction, hazard)));
    const target = evidenceTarget({ sender: { memberships }, hazards: candidates, ...(replied ? { repliedHazardId: replied.id } : {}), now: input.now });
    if (target.kind === 'no-step') return { kind: 'evidence-without-step' };
    const hazard = concerned.find((candidate) => candidate.id === target.hazardId)!;
    const senderId = memberships.find((member) => member.unitId === hazard.unitId)!.personId;
    return { kind: 'target', hazard, step: target.step, senderId };
  });
}

/**
 * A photo or file sent in chat right after a step of a hazard (or in reply to its card) becomes evidence of that step:
 * downloaded from Lark, kept under its SHA-256, linked to the hazard, chained into the audit log and counted on the
 * hazard's cards. The download happens outside any transaction; a redelivered message finds its evidence kept.
 */
export async function attachEvidence(dependencies: { store: Store; resources: MessageResources; files: EvidenceFiles }, input: SentAttachment): Promise<EvidenceAttached> {
  const target = await findTarget(dependencies.store, input);
  if (target.kind !== 'target') return target;
  const fetched = await dependencies.resources.fetch({ messageId: input.messageId, fileKey: input.fileKey, kind: input.kind });
  if (!fetched.ok) return { kind: 'evidence-not-fetched', failure: fetched.failure };
  const sha256 = await dependencies.files.keep(fetched.bytes);
  return dependencies.store.transaction(async (transaction) => {
    const kept = await transaction.evidence.byLarkMessageId(input.messageId);
    if (kept) return { kind: 'evidence-already-kept', number: target.hazard.number, sha256: kept.sha256 };
    await transaction.hazards.lockForChange(target.hazard.id);
    const evidence = await transaction.evidence.add({
      unitId: target.hazard.unitId,
      recordType: 'hazard',
      recordId: target.hazard.id,
      step: target.step,
      kind: input.kind,
      fileName: input.fileName,
      mediaType: fetched.mediaType,
      size: fetched.bytes.byteLength,
      sha256,
      larkMessageId: input.messageId,
      larkFileKey: input.fileKey,
      senderId: target.senderId,
      receivedAt: input.now,
    });
    await transaction.audit.append({
      at: input.now,
      unitId: target.hazard.unitId,
      actor: target.senderId,
      action: 'evidence.kept',
      recordType: 'evidence',
      recordId: evidence.id,
      contentHash: evidenceContentHash(evidence),
    });
    await recordHazardStep(transaction, target.hazard, {
      action: 'evidence',
      actorId: target.senderId,
      at: input.now,
      details: { evidenceId: evidence.id, step: target.step, fileName: input.fileName, sha256, messageId: input.messageId },
    });
    await refreshHazardCards(transaction, target.hazard.id, input.now);
    const count = (await transaction.evidence.ofRecord('hazard', target.hazard.id)).length;
    return { kind: 'evidence-kept', number: target.hazard.number, step: target.step, fileName: input.fileName, sha256, count };
  });
}
