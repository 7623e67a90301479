import { access, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { daysBetweenInclusive, instantAt, localTimeAt } from '../src/domain/calendar/local-time.ts';
import { monthRange, previousMonth } from '../src/domain/schedules/periods.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';
import { renderChatTranscript } from './chat-transcript.ts';
import { DemoClock } from './demo-clock.ts';
import { readHighlights } from './demo-highlights.ts';
import { loadDemoOrganisation } from './demo-organisation.ts';
import { createDemoProgress } from './demo-progress.ts';
import { demoScript } from './demo-script.ts';
import { startDemoStage } from './demo-stage.ts';
import { countRecords, type DemoSummary } from './demo-summary.ts';
import { readEveryUnit } from './every-unit-rows.ts';
import { exportArchives } from './export-archives.ts';
import { playMonth } from './play-month.ts';

export interface DemoOptions {
  /** How many days of the month to play, from its first day; the whole month when absent. */
  days?: number;
  outputDir: string;
  /** Report progress on stdout while playing. */
  progress: boolean;
  /** The month to play, YYYY-MM; the last full calendar month before today when absent. */
  month?: string;
}

/** The units' time zone, the deployment's default (TZ_NAME). */
const DEMO_TIME_ZONE = 'Asia/Shanghai';
/** Left in the output folder, so that a later run knows the folder is its own to delete. */
const OUTPUT_MARKER = '.zhian-demo-output';
const EXPORT_TIME = '21:00';

/** The output folder holds files the demo did not write; nothing was deleted. */
export class OutputFolderRefused extends Error {
  constructor(outputDir: string) {
    super(`输出文件夹 ${outputDir} 不是演示留下的，里面已有文件；为免误删，请换一个文件夹（--out）`);
    this.name = 'OutputFolderRefused';
  }
}

async function exists(filePath: string): Promise<boolean> {
  return access(filePath).then(
    () => true,
    () => false,
  );
}

/** Running again starts clean; a folder that holds anything but an earlier demo's output is not deleted. */
async function prepareOutputFolder(outputDir: string): Promise<void> {
  if (await exists(outputDir)) {
    const entries = await readdir(outputDir);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
      throw new OutputFolderRefused(outputDir);
    }
    await rm(outputDir, { recursive: true, force: true });
  }
  await mkdir(outputDir, { recursive: true });
  await writeFile(path.join(outputDir, OUTPUT_MARKER), '此文件夹由 npm run demo 生成，再次运行时会被整个删除重建。\n');
}

function datesToPlay(month: string, days: number | undefined): string[] {
  const { periodStart, periodEnd } = monthRange(month);
  const all = daysBetweenInclusive(periodStart, periodEnd);
  if (days === undefined) return all;
  if (!Number.isInteger(days) || days < 1) throw new Error(`天数须为正整数，收到：${days}`);
  return all.slice(0, days);
}

/**
 * Plays a month of the two demo units through the real service and a Lark stand-in, and leaves the exported
 * archive, each person's chat, the organisation file and the service's log in `outputDir`.
 */
export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const outputDir = path.resolve(options.outputDir);
  const month = options.month ?? previousMonth(localTimeAt(new Date(), DEMO_TIME_ZONE).date.slice(0, 7));
  const dates = datesToPlay(month, options.days);
  const from = dates[0] ?? '';
  const to = dates.at(-1) ?? '';
  await prepareOutputFolder(outputDir);

  const organisation = await loadDemoOrganisation();
  const paths = {
    outputDir,
    chat: path.join(outputDir, 'chat.md'),
    archive: path.join(outputDir, 'archive'),
    evidence: path.join(outputDir, 'evidence'),
    organisation: path.join(outputDir, 'organisation.yaml'),
    serviceLog: path.join(outputDir, 'service.log'),
  };
  await writeFile(paths.organisation, organisation.yamlText);

  const clock = new DemoClock(DEMO_TIME_ZONE, from);
  const users = organisation.units.flatMap((unit) => unit.people.map((person) => ({ openId: person.openId, name: person.name })));
  const stage = await startDemoStage({ outputDir, users, now: clock.now });
  const progress = createDemoProgress(options.progress, dates);
  try {
    await importOrganisation(
      { store: stage.database.store, directory: undefined, defaultTimeZone: DEMO_TIME_ZONE, now: instantAt(from, '08:00', DEMO_TIME_ZONE) },
      organisation.plan,
      organisation.describe,
    );
    await playMonth({ stage, clock, organisation, script: demoScript, dates, onDayPlayed: (date, dayNumber) => progress.dayPlayed(date, dayNumber) });
    // The archive is exported on the evening of the last day played, as the demo's world stands then.
    clock.setLocal(to, EXPORT_TIME);
    const archive = await exportArchives(stage.database, organisation.units, { from, to, archiveDir: paths.archive, evidenceDir: paths.evidence, now: new Date(clock.now()) });
    const records = await readEveryUnit(stage.database.archiveRows);
    const highlights = readHighlights(records, DEMO_TIME_ZONE);
    await writeFile(paths.chat, renderChatTranscript(stage.standIn, organisation, { timeZone: DEMO_TIME_ZONE, period: `${from} 至 ${to}`, highlights }));
    const counts = countRecords(records);
    return {
      ...counts,
      from,
      to,
      units: organisation.units.length,
      people: users.length,
      seconds: (performance.now() - started) / 1000,
      paths: { ...paths, archiveIndexes: archive.indexes },
      archiveGaps: archive.gaps,
    };
  } finally {
    progress.stop();
    await stage.close();
  }
}
