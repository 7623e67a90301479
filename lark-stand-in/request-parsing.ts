import type { z } from 'zod';
import { LarkApiError, larkMessages } from './lark-api-error.ts';

/** Parses a request part, refusing it the way Lark's gateway does: HTTP 400, code 99992402, naming the fields. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => [what, ...issue.path].join('.')).join(', ');
  throw new LarkApiError(400, 99992402, `${larkMessages.fieldValidation}: ${fields}`);
}
