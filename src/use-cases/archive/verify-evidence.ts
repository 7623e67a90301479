import { createHash } from 'node:crypto';
import { evidenceContentHash } from '../../domain/evidence/evidence-hash.ts';
import { EVIDENCE_STEP_NAMES } from '../../domain/evidence/evidence-step.ts';
import type { ArchiveRows } from '../../ports/archive-rows.ts';
import type { EvidenceFiles, EvidenceRows } from '../../ports/evidence.ts';
import type { VerificationProblem } from './verify-records.ts';

/**
 * `qs verify` for the photos and files kept as evidence: each file in the evidence folder re-hashed against the
 * SHA-256 its row holds, and each row's facts against the hash its audit entry holds, so neither the file nor its row
 * can be swapped without it showing.
 */
export async function verifyEvidence(dependencies: { archive: ArchiveRows; rows: EvidenceRows; files: EvidenceFiles }): Promise<{ files: number; problems: VerificationProblem[] }> {
  const evidence = await dependencies.rows.all();
  const entries = new Map((await dependencies.archive.auditEntriesAbout('evidence', evidence.map((item) => item.id))).map((entry) => [entry.recordId, entry]));
  const units = new Map<string, { name: string; hazardNumbers: Map<string, number> } | null>();
  const problems: VerificationProblem[] = [];
  for (const item of evidence) {
    if (!units.has(item.unitId)) {
      const records = await dependencies.archive.unitRecords(item.unitId);
      units.set(item.unitId, records ? { name: records.unit.name, hazardNumbers: new Map(records.hazards.map((hazard) => [hazard.id, hazard.number])) } : null);
    }
    const unit = units.get(item.unitId);
    const hazardNumber = unit?.hazardNumbers.get(item.recordId);
    const record = `${unit?.name ?? item.unitId}：${hazardNumber === undefined ? `隐患 ${item.recordId}` : `第 ${hazardNumber} 号隐患`}的${EVIDENCE_STEP_NAMES[item.step]}证据「${item.fileName}」（证据文件 ${item.sha256}）`;
    const bytes = await dependencies.files.read(item.sha256);
    if (bytes === null) problems.push({ record, problem: '证据文件不在证据文件夹中（EVIDENCE_DIR），已被删除或移走' });
    else if (createHash('sha256').update(bytes).digest('hex') !== item.sha256) problems.push({ record, problem: '证据文件的 SHA-256 与登记的不符，文件被改动过' });
    const entry = entries.get(item.id);
    if (!entry) problems.push({ record, problem: '没有对应的审计记录，可能是绕过系统直接写入数据库的' });
    else if (entry.contentHash !== evidenceContentHash(item)) problems.push({ record, problem: '证据登记与审计记录中的哈希不符，登记在保存后被改动过' });
  }
  return { files: evidence.length, problems };
}
