import { type AuditFact, chainHash, genesisHash } from '../../domain/archive/audit-chain.ts';
import { type AuditSeal, sealChecker } from '../../domain/archive/audit-seal.ts';
import type { ArchiveRows, AuditRow, UnitRecords } from '../../ports/archive-rows.ts';
import { dailyCheckIdOf, recomputed, recordLookup } from './recomputed-hash.ts';

export interface VerificationProblem {
  record: string;
  problem: string;
}

export interface VerificationReport {
  entries: number;
  records: number;
  problems: VerificationProblem[];
}

function factOf(entry: AuditRow): AuditFact {
  return { at: entry.at, unitId: entry.unitId, actor: entry.actor, action: entry.action, recordType: entry.recordType, recordId: entry.recordId, contentHash: entry.contentHash };
}

/**
 * The chain itself, entry by entry in sequence order: every entry's hash recomputes and links to the one before, so
 * none is missing from its middle. Only the entry before is kept, so a chain of any length is checked in one pass.
 */
export function chainVerifier(): { check(entry: AuditRow): VerificationProblem[] } {
  let previous: AuditRow | undefined;
  return {
    check(entry) {
      const problems: VerificationProblem[] = [];
      const label = `审计记录第 ${entry.sequence} 条（${entry.action} ${entry.recordId}）`;
      const expectedPrevious = previous?.hash ?? genesisHash;
      const linked = entry.previousHash === expectedPrevious;
      // PostgreSQL spends a sequence number on an append whose transaction rolled back: a gap alone is no deletion,
      // a gap whose next entry no longer links is.
      if (previous && entry.sequence !== previous.sequence + 1 && !linked) {
        problems.push({ record: `审计记录第 ${previous.sequence + 1}–${entry.sequence - 1} 条`, problem: '已被删除，审计链断开' });
      }
      if (!linked) problems.push({ record: label, problem: '与前一条记录的链接不符，前面的记录被改动或删除过' });
      if (chainHash(entry.previousHash, factOf(entry)) !== entry.hash) problems.push({ record: label, problem: '内容与其哈希不符，审计记录本身被改动过' });
      previous = entry;
      return problems;
    },
  };
}

/** Checks that ended (submitted, missed, suspended) must each have an entry for their current revision. */
async function unvouchedDailyChecks(archive: ArchiveRows, unitId: string, names: Map<string, string>): Promise<VerificationProblem[]> {
  const problems: VerificationProblem[] = [];
  for await (const day of archive.dailyCheckStateDays(unitId)) {
    const ended = day.filter((check) => check.status !== 'open');
    const vouched = new Set((await archive.auditEntriesAbout('daily-check', ended.map((check) => `${check.id}#${check.revision}`))).map((entry) => entry.recordId));
    for (const check of ended) {
      if (!vouched.has(`${check.id}#${check.revision}`)) {
        problems.push({ record: `每日检查记录 ${check.date} ${names.get(check.officerId) ?? ''}（第 ${check.revision} 版）`, problem: '没有对应的审计记录，可能是绕过系统直接写入数据库的' });
      }
    }
  }
  return problems;
}

/** Confirmed reports and minutes that no audit entry vouches for were written around the bot. */
function unconfirmedByEntry(records: UnitRecords, vouched: ReadonlySet<string>): VerificationProblem[] {
  const problems: VerificationProblem[] = [];
  for (const report of records.weeklyReports.filter((candidate) => candidate.status === 'confirmed')) {
    if (!vouched.has(`weekly-report:${report.id}`)) problems.push({ record: `周报 ${report.periodStart} 至 ${report.periodEnd}`, problem: '标记为已确认，但没有确认的审计记录' });
  }
  for (const minutes of records.monthlyMinutes.filter((candidate) => candidate.status === 'confirmed')) {
    if (!vouched.has(`monthly-minutes:${minutes.id}`)) problems.push({ record: `调度会议纪要 ${minutes.periodStart} 至 ${minutes.periodEnd}`, problem: '标记为已确认，但没有确认的审计记录' });
  }
  return problems;
}

/**
 * `qs verify`: the whole chain in one pass, then every unit's records recomputed against the hashes their audit
 * entries hold, a page of entries at a time with the daily checks that page names. Rows removed by a recorded purge
 * (older than its cut-off) are expected to be gone. Each seal given must still be in the chain with its hash. Time
 * grows with the records, memory with a page.
 */
export async function verifyRecords(archive: ArchiveRows, options: { seals?: readonly AuditSeal[] } = {}): Promise<VerificationReport> {
  const problems: VerificationProblem[] = [];
  const chain = chainVerifier();
  const seals = sealChecker(options.seals ?? []);
  let entries = 0;
  let purgedBefore: string | undefined;
  for await (const page of archive.auditPages()) {
    for (const entry of page) {
      entries += 1;
      problems.push(...chain.check(entry));
      const sealProblem = seals.see(entry);
      if (sealProblem) problems.push({ record: `审计记录第 ${entry.sequence} 条`, problem: sealProblem });
      if (entry.action === 'records.purged') {
        const cutOff = entry.recordId.replace(/^before:/, '');
        if (purgedBefore === undefined || cutOff > purgedBefore) purgedBefore = cutOff;
      }
    }
  }
  problems.push(...seals.missing().map((problem) => ({ record: '审计链', problem })));
  let records = 0;
  for (const unitId of await archive.unitIds()) {
    const unitRecords = await archive.unitRecords(unitId);
    if (!unitRecords) continue;
    const lookup = recordLookup(unitRecords);
    const unitName = unitRecords.unit.name;
    const vouchedConfirmations = new Set<string>();
    for await (const page of archive.auditPages({ unitId })) {
      const checkIds = [...new Set(page.map(dailyCheckIdOf).filter((id) => id !== undefined))];
      const checks = new Map((await archive.dailyChecksById(checkIds)).map((check) => [check.id, check]));
      for (const entry of page) {
        if (entry.recordType === 'weekly-report' || entry.recordType === 'monthly-minutes') vouchedConfirmations.add(`${entry.recordType}:${entry.recordId}`);
        const result = recomputed(lookup, checks, entry);
        if (!result) continue;
        records += 1;
        if (result.hash === undefined) {
          const purged = purgedBefore !== undefined && entry.at.toISOString().slice(0, 10) < purgedBefore;
          if (!purged) problems.push({ record: `${unitName}：${result.label}`, problem: '记录已被删除或缺少内容，审计记录仍在' });
        } else if (result.hash !== entry.contentHash) {
          problems.push({ record: `${unitName}：${result.label}`, problem: '内容与审计记录中的哈希不符，记录在提交或确认后被改动过' });
        }
      }
    }
    const unvouched = [...(await unvouchedDailyChecks(archive, unitId, lookup.names)), ...unconfirmedByEntry(unitRecords, vouchedConfirmations)];
    problems.push(...unvouched.map((problem) => ({ ...problem, record: `${unitName}：${problem.record}` })));
  }
  return { entries, records, problems };
}
