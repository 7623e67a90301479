import type { DailyAnswerValue, DailyCheckOutcome, DailyCheckStatus } from '../../domain/daily-checks/daily-check.ts';
import type { DailyCheckRow } from '../../ports/archive-rows.ts';
import type { DailyCheckRepository, StoredDailyCheck } from '../../ports/daily-check-repository.ts';
import { lockRow } from '../lock-row.ts';
import { readDueItems } from '../stored-json/due-items.ts';
import { inChunks } from '../query-chunks.ts';
import type { TransactionClient } from '../transaction-client.ts';

/** A check as selected here: the archive's row shape without the answers, plus the card that shows it. */
type CheckRow = Omit<DailyCheckRow, 'answers' | 'dueItems'> & { cardOutboxId: string | null; dueItems: unknown };

const checkSelect = {
  id: true,
  unitId: true,
  officerId: true,
  date: true,
  shift: true,
  checklistId: true,
  status: true,
  outcome: true,
  revision: true,
  suspensionReason: true,
  leaveId: true,
  substituteId: true,
  submittedAt: true,
  cardOutboxId: true,
  contentHash: true,
  dueItems: true,
} as const;

async function withAnswers(client: TransactionClient, rows: CheckRow[]): Promise<StoredDailyCheck[]> {
  if (rows.length === 0) return [];
  // Sequential: inside a transaction the connection runs one query at a time (pg warns on overlapping queries).
  const revisions = new Map(rows.map((row) => [row.id, row.revision]));
  // Every revision's answers come back; only the current revision's are kept, which costs less than naming pairs.
  const answers = (
    await inChunks([...revisions.keys()], (ids) => client.dailyAnswer.findMany({ where: { dailyCheckId: { in: ids } }, orderBy: { position: 'asc' } }))
  ).filter((answer) => revisions.get(answer.dailyCheckId) === answer.revision);
  const checklists = await inChunks([...new Set(rows.map((row) => row.checklistId))], (ids) =>
    client.checklistItem.groupBy({ by: ['checklistId'], where: { checklistId: { in: ids } }, _count: { _all: true } }),
  );
  const itemCounts = new Map(checklists.map((group) => [group.checklistId, group._count._all]));
  // Grouped once: searching every answer for every check grows with the square of a month's records.
  const answersOf = new Map<string, typeof answers>();
  for (const answer of answers) {
    const ofCheck = answersOf.get(answer.dailyCheckId);
    if (ofCheck) ofCheck.push(answer);
    else answersOf.set(answer.dailyCheckId, [answer]);
  }
  return rows.map((row) => {
    const dueItems = readDueItems(row.dueItems, row.id);
    return {
      ...row,
      status: row.status as DailyCheckStatus,
      outcome: row.outcome as DailyCheckOutcome | null,
      dueItems,
      // Answers are numbered as the check's card numbers its items: the due items from 1, or every item before frequencies.
      itemCount: dueItems?.length ?? itemCounts.get(row.checklistId) ?? 0,
      answers: (answersOf.get(row.id) ?? [])
        .map((answer) => ({
          number: answer.position,
          answer: answer.answer as DailyAnswerValue,
          serious: answer.serious,
          ...(answer.description !== null ? { description: answer.description } : {}),
          ...(answer.measures !== null ? { measures: answer.measures } : {}),
        })),
    };
  });
}

export function dailyCheckRepository(client: TransactionClient, provider: 'sqlite' | 'postgresql'): DailyCheckRepository {
  return {
    async find(unitId, officerId, date, shift) {
      const row = await client.dailyCheck.findUnique({ where: { unitId_officerId_date_shift: { unitId, officerId, date, shift } }, select: checkSelect });
      return row ? ((await withAnswers(client, [row]))[0] ?? null) : null;
    },
    async lockForChange(checkId) {
      await lockRow(client, provider, 'DailyCheck', checkId);
    },
    async get(checkId) {
      const row = await client.dailyCheck.findUnique({ where: { id: checkId }, select: checkSelect });
      return row ? ((await withAnswers(client, [row]))[0] ?? null) : null;
    },
    async create(check) {
      const row = await client.dailyCheck.create({
        data: {
          unitId: check.unitId,
          officerId: check.officerId,
          date: check.date,
          shift: check.shift,
          checklistId: check.checklistId,
          status: check.status,
          suspensionReason: check.suspensionReason ?? null,
          dueItems: check.dueItems,
          leaveId: check.leaveId ?? null,
          substituteId: check.substituteId ?? null,
        },
        select: checkSelect,
      });
      return (await withAnswers(client, [row]))[0]!;
    },
    async save(check, changes) {
      await client.dailyCheck.update({
        where: { id: check.id },
        data: {
          status: check.status,
          revision: check.revision,
          ...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
          ...(changes.submittedAt !== undefined ? { submittedAt: changes.submittedAt } : {}),
          ...(changes.contentHash !== undefined ? { contentHash: changes.contentHash } : {}),
        },
      });
      // Only the current revision's answers are rewritten; a submitted revision is never touched again.
      const existing = await client.dailyAnswer.findMany({ where: { dailyCheckId: check.id, revision: check.revision } });
      const byPosition = new Map(existing.map((answer) => [answer.position, answer]));
      for (const answer of check.answers) {
        const data = {
          answer: answer.answer,
          description: answer.description ?? null,
          measures: answer.measures ?? null,
          serious: answer.serious,
        };
        const current = byPosition.get(answer.number);
        if (!current) {
          await client.dailyAnswer.create({ data: { dailyCheckId: check.id, revision: check.revision, position: answer.number, answeredAt: changes.answeredAt, ...data } });
        } else if (current.answer !== data.answer || current.description !== data.description || current.measures !== data.measures || current.serious !== data.serious) {
          await client.dailyAnswer.update({ where: { id: current.id }, data: { ...data, answeredAt: changes.answeredAt } });
        }
      }
    },
    async setCard(checkId, outboxId) {
      await client.dailyCheck.update({ where: { id: checkId }, data: { cardOutboxId: outboxId } });
    },
    async setSubstitute(checkId, substituteId) {
      await client.dailyCheck.update({ where: { id: checkId }, data: { substituteId } });
    },
    async forDate(unitId, date) {
      const rows = await client.dailyCheck.findMany({ where: { unitId, date }, select: checkSelect, orderBy: [{ shift: 'asc' }, { officerId: 'asc' }] });
      return withAnswers(client, rows);
    },
    async openForOfficers(officerIds) {
      const rows = await inChunks(officerIds, (ids) => client.dailyCheck.findMany({ where: { officerId: { in: ids }, status: 'open' }, select: checkSelect }));
      return withAnswers(client, rows);
    },
    async answersOf(checkId, revision) {
      const rows = await client.dailyAnswer.findMany({ where: { dailyCheckId: checkId, revision }, orderBy: { position: 'asc' } });
      return rows.map((answer) => ({
        number: answer.position,
        answer: answer.answer as DailyAnswerValue,
        serious: answer.serious,
        ...(answer.description !== null ? { description: answer.description } : {}),
        ...(answer.measures !== null ? { measures: answer.measures } : {}),
      }));
    },
    async between(unitId, from, to) {
      const rows = await client.dailyCheck.findMany({ where: { unitId, date: { gte: from, lte: to } }, select: checkSelect, orderBy: [{ date: 'asc' }, { shift: 'asc' }] });
      return withAnswers(client, rows);
    },
    async ofOfficerBetween(unitId, officerId, from, to) {
      const rows = await client.dailyCheck.findMany({ where: { unitId, officerId, date: { gte: from, lte: to } }, select: checkSelect, orderBy: [{ date: 'asc' }, { shift: 'asc' }] });
      return withAnswers(client, rows);
    },
    async openSubstitutedBy(personIds) {
      const rows = await inChunks(personIds, (ids) => client.dailyCheck.findMany({ where: { substituteId: { in: ids }, status: 'open' }, select: checkSelect }));
      return withAnswers(client, rows);
    },
    async substitutedOn(personIds, date) {
      const rows = await inChunks(personIds, (ids) => client.dailyCheck.findMany({ where: { substituteId: { in: ids }, date }, select: checkSelect }));
      return withAnswers(client, rows);
    },
    async latestForOfficers(officerIds, date) {
      const rows = await inChunks(officerIds, (ids) => client.dailyCheck.findMany({ where: { officerId: { in: ids }, date }, select: checkSelect }));
      return withAnswers(client, rows);
    },
  };
}
