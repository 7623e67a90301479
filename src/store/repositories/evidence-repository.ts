import type { EvidenceStep } from '../../domain/evidence/evidence-step.ts';
import type { EvidenceRecord, EvidenceRepository, EvidenceRows } from '../../ports/evidence.ts';
import type { TransactionClient } from '../transaction-client.ts';

type EvidenceRow = Omit<EvidenceRecord, 'recordType' | 'step' | 'kind'> & { recordType: string; step: string; kind: string };

const RECORD_TYPES: ReadonlyArray<EvidenceRecord['recordType']> = ['hazard', 'daily-check'];
const STEPS: readonly EvidenceStep[] = ['report', 'rectification', 'verification'];

function evidenceOf(row: EvidenceRow): EvidenceRecord {
  const recordType = RECORD_TYPES.find((candidate) => candidate === row.recordType);
  const step = STEPS.find((candidate) => candidate === row.step);
  if (!recordType || !step) throw new Error(`Evidence ${row.id}: unknown record type ${row.recordType} or step ${row.step}`);
  return { ...row, recordType, step, kind: row.kind === 'image' ? 'image' : 'file' };
}

const ORDER = [{ receivedAt: 'asc' as const }, { id: 'asc' as const }];

export function evidenceRepository(client: TransactionClient): EvidenceRepository {
  return {
    async add(evidence) {
      return evidenceOf(await client.evidence.create({ data: evidence }));
    },
    async byLarkMessageId(larkMessageId) {
      const row = await client.evidence.findUnique({ where: { larkMessageId } });
      return row ? evidenceOf(row) : null;
    },
    async ofRecord(recordType, recordId) {
      return (await client.evidence.findMany({ where: { recordType, recordId }, orderBy: ORDER })).map(evidenceOf);
    },
    async outboxIdOfLarkMessage(larkMessageId) {
      return (await client.outboxMessage.findFirst({ where: { larkMessageId }, select: { id: true } }))?.id ?? null;
    },
  };
}

export function evidenceRows(client: Pick<TransactionClient, 'evidence'>): EvidenceRows {
  return {
    async all(filter = {}) {
      return (await client.evidence.findMany({ where: filter.unitId === undefined ? {} : { unitId: filter.unitId }, orderBy: ORDER })).map(evidenceOf);
    },
  };
}
