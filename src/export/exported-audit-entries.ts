import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';

export const ExportedAuditEntry = z.object({
  sequence: z.number().int(),
  at: z.string(),
  unitId: z.string().nullable(),
  actor: z.string(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  contentHash: z.string(),
  previousHash: z.string(),
  hash: z.string(),
});
export type ExportedAuditEntry = z.infer<typeof ExportedAuditEntry>;

const AUDIT_START = '  "audit": [';
const EMPTY_AUDIT = '  "audit": []';
const ENTRY_END = /^ {4}\},?$/;
const AUDIT_END = '  ]';

/**
 * The audit entries of an exported `records.json`, one at a time: a year's file is larger than one string may be, so
 * it is read line by line in the layout the export writes (two spaces per level), each entry parsed on its own. A file
 * laid out otherwise, or missing its audit entries, yields `undefined` once: the manifest's SHA-256 has already told
 * whether the file is the one exported.
 */
export async function* exportedAuditEntries(file: string): AsyncGenerator<ExportedAuditEntry | undefined> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let state: 'before' | 'inside' | 'after' = 'before';
  let entry: string[] = [];
  for await (const line of lines) {
    if (state === 'before') {
      if (line === EMPTY_AUDIT || line === `${EMPTY_AUDIT},`) state = 'after';
      else if (line === AUDIT_START) state = 'inside';
    } else if (state === 'inside') {
      if (entry.length === 0 && (line === AUDIT_END || line === `${AUDIT_END},`)) {
        state = 'after';
        continue;
      }
      entry.push(line);
      if (ENTRY_END.test(line)) {
        const text = entry.join('\n').replace(/,$/, '');
        entry = [];
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          yield undefined;
          return;
        }
        const checked = ExportedAuditEntry.safeParse(parsed);
        yield checked.success ? checked.data : undefined;
        if (!checked.success) return;
      }
    }
  }
  if (state !== 'after') yield undefined;
}
