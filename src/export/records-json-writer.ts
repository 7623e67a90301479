import type { ArchiveSnapshot, ArchiveSnapshotHead } from '../domain/archive/archive-snapshot.ts';

/**
 * `records.json` written piece by piece, byte for byte what `JSON.stringify(snapshot, null, 2)` followed by a newline
 * writes: a year of daily records and audit entries is larger than the longest string JavaScript can hold. The head's
 * keys come in their own order, the daily records after `suspensions` and the audit entries last, where the snapshot
 * has them.
 */
export interface RecordsJsonWriter {
  /** Everything before the daily records. */
  begin(): Promise<void>;
  dailyRecords(page: ArchiveSnapshot['dailyRecords']): Promise<void>;
  /** Everything between the daily records and the audit entries. */
  afterDailyRecords(): Promise<void>;
  audit(page: ArchiveSnapshot['audit']): Promise<void>;
  end(): Promise<void>;
}

const DAILY_RECORDS_AFTER: keyof ArchiveSnapshotHead = 'suspensions';

/** `value` as it stands `depth` levels deep in the pretty-printed whole. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

function member(key: string, value: unknown): string {
  return `  ${JSON.stringify(key)}: ${nested(value, 1)}`;
}

export function recordsJsonWriter(head: ArchiveSnapshotHead, write: (text: string) => Promise<void>): RecordsJsonWriter {
  const keys = Object.keys(head) as Array<keyof ArchiveSnapshotHead>;
  const split = keys.indexOf(DAILY_RECORDS_AFTER) + 1;
  const membersOf = (part: ReadonlyArray<keyof ArchiveSnapshotHead>) => part.map((key) => `${member(key, head[key])},\n`).join('');
  const streamedArray = (key: string) => {
    let elements = 0;
    return {
      start: () => write(`  ${JSON.stringify(key)}: [`),
      async add(page: readonly unknown[]) {
        if (page.length === 0) return;
        const text = page.map((element, index) => `${elements + index === 0 ? '\n' : ',\n'}    ${nested(element, 2)}`).join('');
        elements += page.length;
        await write(text);
      },
      finish: (last: boolean) => write(`${elements === 0 ? ']' : '\n  ]'}${last ? '\n' : ',\n'}`),
    };
  };
  const daily = streamedArray('dailyRecords');
  const audit = streamedArray('audit');
  return {
    async begin() {
      await write(`{\n${membersOf(keys.slice(0, split))}`);
      await daily.start();
    },
    dailyRecords: (page) => daily.add(page),
    async afterDailyRecords() {
      await daily.finish(false);
      await write(membersOf(keys.slice(split)));
      await audit.start();
    },
    audit: (page) => audit.add(page),
    async end() {
      await audit.finish(true);
      await write('}\n');
    },
  };
}
