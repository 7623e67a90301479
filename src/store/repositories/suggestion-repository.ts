import type { SuggestionRecord, SuggestionRepository } from '../../ports/suggestion-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

function toRecord<Row extends { kind: string; decision: string | null }>(row: Row): Row & Pick<SuggestionRecord, 'kind' | 'decision'> {
  return { ...row, kind: row.kind as SuggestionRecord['kind'], decision: row.decision as SuggestionRecord['decision'] };
}

export function suggestionRepository(client: TransactionClient): SuggestionRepository {
  return {
    async create(suggestion) {
      const last = await client.suggestion.findFirst({ where: { unitId: suggestion.unitId }, orderBy: { number: 'desc' }, select: { number: true } });
      return toRecord(await client.suggestion.create({ data: { ...suggestion, number: (last?.number ?? 0) + 1 } }));
    },
    async get(suggestionId) {
      const row = await client.suggestion.findUnique({ where: { id: suggestionId } });
      return row ? toRecord(row) : null;
    },
    async byNumber(unitId, number) {
      const row = await client.suggestion.findUnique({ where: { unitId_number: { unitId, number } } });
      return row ? toRecord(row) : null;
    },
    async answer(suggestionId, answer) {
      // The empty-answer condition makes the write itself refuse a second answer, even from a racing transaction.
      const updated = await client.suggestion.updateMany({ where: { id: suggestionId, decision: null }, data: answer });
      return updated.count === 1;
    },
    async ofUnit(unitId) {
      return (await client.suggestion.findMany({ where: { unitId }, orderBy: { number: 'asc' } })).map(toRecord);
    },
    async unanswered(unitId) {
      return (await client.suggestion.findMany({ where: { unitId, decision: null }, orderBy: { createdAt: 'asc' } })).map(toRecord);
    },
  };
}
