/**
 * `npx tsx bench/year-archive.ts`: a year of a 500-officer unit (~180,000 daily records) exported and verified, each
 * by the command line in a child process of its own so that its peak memory is its own; a month is measured the same
 * way beside it, to show memory does not grow with the period. Figures, not pass/fail (issue 16: under 60 s each).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/store/open-database.ts';
import { FIRST_DAY, seedYearOfRecords, UNIT_ID } from './seed-year-of-records.ts';

const OFFICERS = 500;
const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ArchiveFigures {
  records: number;
  exportMs: number;
  exportPeakRssMb: number;
  verifyMs: number;
  verifyPeakRssMb: number;
}

async function timedCommand(databaseUrl: string, folder: string, args: string[]): Promise<{ milliseconds: number; peakRssMb: number }> {
  const reportFile = path.join(folder, `peak-rss-${args[0]}.txt`);
  const started = performance.now();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repository, 'bench', 'command-with-peak-rss.ts'), ...args], {
      cwd: repository,
      env: { ...process.env, DATABASE_URL: databaseUrl, QS_PEAK_RSS_FILE: reportFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject).on('exit', resolve);
  });
  const milliseconds = performance.now() - started;
  if (exitCode !== 0) throw new Error(`qs ${args.join(' ')} exited with ${exitCode}`);
  return { milliseconds, peakRssMb: Number(await readFile(reportFile, 'utf8')) };
}

/**
 * Seeds the database at `databaseUrl` (empty, either engine) with `days` (a year unless told) of a 500-officer unit,
 * then times `qs export` of the whole period into a temporary folder and `qs verify` of the whole database.
 */
export async function measureYearArchive(databaseUrl: string, options: { days?: number } = {}): Promise<ArchiveFigures> {
  const database = await openDatabase(databaseUrl);
  let seeded: { dailyChecks: number; lastDay: string };
  try {
    seeded = await seedYearOfRecords(database, databaseUrl, { officers: OFFICERS, days: options.days ?? 365 });
  } finally {
    await database.close();
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-year-archive-'));
  try {
    const exported = await timedCommand(databaseUrl, folder, ['export', '--unit', UNIT_ID, '--from', FIRST_DAY, '--to', seeded.lastDay, '--out', path.join(folder, 'archive')]);
    const verified = await timedCommand(databaseUrl, folder, ['verify']);
    return { records: seeded.dailyChecks, exportMs: Math.round(exported.milliseconds), exportPeakRssMb: Math.round(exported.peakRssMb), verifyMs: Math.round(verified.milliseconds), verifyPeakRssMb: Math.round(verified.peakRssMb) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const [label, days] of [['一个月', 31], ['一年', 365]] as const) {
    const folder = await mkdtemp(path.join(tmpdir(), 'qs-year-archive-db-'));
    try {
      const seedingStarted = performance.now();
      const figures = await measureYearArchive(`file:${path.join(folder, 'qs.db')}`, { days });
      process.stdout.write(`SQLite，${OFFICERS} 名安全员，${label}（${days} 天，含准备数据共 ${Math.round((performance.now() - seedingStarted) / 1000)} 秒）：${JSON.stringify(figures)}\n`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
