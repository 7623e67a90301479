import { z } from 'zod';

/** Where a stored value came from: the table, the row's id and the column. */
export interface StoredField {
  table: string;
  id: string;
  field: string;
}

/** A stored value that does not have the shape the code writes: the row was changed by hand, or by other code. */
export class StoredRowError extends Error {
  readonly table: string;
  readonly id: string;
  readonly field: string;

  constructor(where: StoredField, problems: string[]) {
    super(`数据库中的记录无法读取：表 ${where.table}，id ${where.id}，字段 ${where.field}（${problems.join('；')}）`);
    this.name = 'StoredRowError';
    this.table = where.table;
    this.id = where.id;
    this.field = where.field;
  }
}

// The operator who has to look at the row reads Chinese, as everywhere else.
const chineseMessages = z.locales.zhCN().localeError;

/** Reads one stored column through its schema; a value that does not fit raises a StoredRowError naming it. */
export function readStoredField<Schema extends z.ZodType>(schema: Schema, value: unknown, where: StoredField): z.output<Schema> {
  const result = schema.safeParse(value, { error: chineseMessages });
  if (result.success) return result.data;
  throw new StoredRowError(
    where,
    result.error.issues.map((issue) => `${[where.field, ...issue.path.map(String)].join('.')}：${issue.message}`),
  );
}
