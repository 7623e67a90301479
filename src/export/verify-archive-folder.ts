import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type AuditFact, chainHash } from '../domain/archive/audit-chain.ts';
import type { AuditRow } from '../ports/archive-rows.ts';
import { MANIFEST_JSON, RECORDS_JSON } from './archive-file.ts';
import { exportedAuditEntries } from './exported-audit-entries.ts';
import { sha256 } from './manifest.ts';

const Manifest = z.object({
  files: z.array(z.object({ path: z.string().min(1), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export interface ExportVerification {
  files: number;
  problems: string[];
  /** Whether the manifest was found in the database's audit chain, proving the copy is the archive as exported. */
  manifestInChain: boolean | undefined;
}

/**
 * `qs verify --export DIR`: every file against the manifest's SHA-256, every exported audit entry against its own
 * hash, and — when the database is at hand — the manifest against the chain entry written when it was exported.
 */
export async function verifyArchiveFolder(folder: string, chain: ReadonlyArray<Pick<AuditRow, 'action' | 'contentHash'>> | undefined): Promise<ExportVerification> {
  const problems: string[] = [];
  let manifestBytes: Buffer;
  try {
    manifestBytes = await readFile(path.join(folder, MANIFEST_JSON));
  } catch {
    return { files: 0, problems: [`${folder} 中没有 ${MANIFEST_JSON}，不是质安助手导出的档案`], manifestInChain: undefined };
  }
  const manifest = Manifest.safeParse(JSON.parse(manifestBytes.toString('utf8')));
  if (!manifest.success) return { files: 0, problems: [`${MANIFEST_JSON} 格式不对：${manifest.error.issues[0]?.message ?? ''}`], manifestInChain: undefined };
  for (const file of manifest.data.files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(folder, ...file.path.split('/')));
    } catch {
      problems.push(`${file.path}：文件缺失`);
      continue;
    }
    if (sha256(bytes) !== file.sha256) problems.push(`${file.path}：内容与清单中的 SHA-256 不符，文件被改动过`);
  }
  try {
    for await (const entry of exportedAuditEntries(path.join(folder, RECORDS_JSON))) {
      if (entry === undefined) {
        problems.push(`${RECORDS_JSON} 缺失或格式不对`);
        break;
      }
      const fact: AuditFact = { at: new Date(entry.at), unitId: entry.unitId, actor: entry.actor, action: entry.action, recordType: entry.recordType, recordId: entry.recordId, contentHash: entry.contentHash };
      if (chainHash(entry.previousHash, fact) !== entry.hash) problems.push(`审计记录第 ${entry.sequence} 条（${entry.action}）：与其哈希不符`);
    }
  } catch {
    problems.push(`${RECORDS_JSON} 缺失或格式不对`);
  }
  const manifestHash = sha256(manifestBytes);
  const manifestInChain = chain === undefined ? undefined : chain.some((entry) => entry.action === 'archive.exported' && entry.contentHash === manifestHash);
  if (manifestInChain === false) problems.push(`${MANIFEST_JSON} 不是本系统导出时登记的清单（审计链中没有它的哈希），档案可能被替换过`);
  return { files: manifest.data.files.length, problems, manifestInChain };
}
