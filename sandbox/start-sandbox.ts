import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DemoClock } from '../demo/demo-clock.ts';
import { loadDemoOrganisation } from '../demo/demo-organisation.ts';
import { createDemoProgress } from '../demo/demo-progress.ts';
import { demoScript } from '../demo/demo-script.ts';
import { startDemoStage } from '../demo/demo-stage.ts';
import { playMonth } from '../demo/play-month.ts';
import { daysBetweenInclusive, instantAt, localTimeAt } from '../src/domain/calendar/local-time.ts';
import { monthRange } from '../src/domain/schedules/periods.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';
import { createSandboxApp } from './sandbox-app.ts';
import { SandboxClock } from './sandbox-clock.ts';
import type { SandboxWorld } from './sandbox-world.ts';

/** The demo units' time zone, the deployment's default (TZ_NAME). */
const SANDBOX_TIME_ZONE = 'Asia/Shanghai';
/** Where the clock stands on a fresh start: today, before the first push of the day. */
const START_TIME = '07:00';
/** When the demo imports its organisation on the first day it plays. */
const DEMO_IMPORT_TIME = '08:00';

export interface SandboxOptions {
  /** 0 or absent picks a free port. */
  port?: number;
  /** Where the database, evidence and service log go; a new temporary folder, removed on close, when absent. */
  dataDir?: string;
  /** A month (YYYY-MM) the demo plays first, leaving the clock at its end. */
  demoMonth?: string;
  /** Prints the demo's progress on stdout while it plays. */
  progress?: boolean;
  /** Today's date where the clock starts, YYYY-MM-DD; today in Asia/Shanghai when absent. */
  today?: string;
  /** Stops a start still under way (Ctrl-C while the demo's month plays): what was started is closed, nothing is left. */
  signal?: AbortSignal;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:43567/ */
  url: string;
  dataDir: string;
  world: SandboxWorld;
  close(): Promise<void>;
}

/** The data folder was given and is not empty: the sandbox starts on a fresh database and deletes nothing. */
export class DataFolderRefused extends Error {
  constructor(dataDir: string) {
    super(`数据文件夹 ${dataDir} 不是空的；沙盒每次都从新的数据库开始，为免误删，请换一个空文件夹（--data）`);
    this.name = 'DataFolderRefused';
  }
}

async function prepareDataFolder(dataDir: string | undefined): Promise<{ dataDir: string; temporary: boolean }> {
  if (dataDir === undefined) return { dataDir: await mkdtemp(path.join(tmpdir(), 'zhian-sandbox-')), temporary: true };
  const resolved = path.resolve(dataDir);
  await mkdir(resolved, { recursive: true });
  if ((await readdir(resolved)).length > 0) throw new DataFolderRefused(resolved);
  return { dataDir: resolved, temporary: false };
}

/** The port asked for with --port is taken. */
export class SandboxPortTaken extends Error {
  constructor(port: number) {
    super(`端口 ${port} 已被其他程序占用；请换一个端口（--port），或不给 --port 让沙盒自选空闲端口`);
    this.name = 'SandboxPortTaken';
  }
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new SandboxPortTaken(port) : error);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/**
 * The Lark stand-in, the real service on a fresh SQLite file and the sandbox page, all on 127.0.0.1, with the demo's
 * organisation imported. Its configuration is made up here (random app id, secret and keys, the stand-in as Lark's
 * domain) and never read from the environment or `.env`, so it cannot reach a real Lark app.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const { dataDir, temporary } = await prepareDataFolder(options.dataDir);
  const organisation = await loadDemoOrganisation();
  const users = organisation.units.flatMap((unit) => unit.people.map((person) => ({ openId: person.openId, name: person.name })));
  const today = options.today ?? localTimeAt(new Date(), SANDBOX_TIME_ZONE).date;
  const demoDates = options.demoMonth === undefined ? [] : daysBetweenInclusive(monthRange(options.demoMonth).periodStart, monthRange(options.demoMonth).periodEnd);
  const firstDay = demoDates[0] ?? today;

  // The demo plays on its own clock; the sandbox's clock takes over where the month ended.
  const demoClock = new DemoClock(SANDBOX_TIME_ZONE, firstDay);
  let clock = new SandboxClock(SANDBOX_TIME_ZONE, instantAt(today, START_TIME, SANDBOX_TIME_ZONE).getTime());
  let readClock = demoDates.length > 0 ? demoClock.now : clock.now;
  const stage = await startDemoStage({ outputDir: dataDir, users, now: () => readClock() });
  let server: Server | undefined;
  const close = async () => {
    if (server) {
      const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
    await stage.close();
    if (temporary) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const importedAt = demoDates.length > 0 ? instantAt(firstDay, DEMO_IMPORT_TIME, SANDBOX_TIME_ZONE) : new Date(clock.now());
    await importOrganisation({ store: stage.database.store, directory: undefined, defaultTimeZone: SANDBOX_TIME_ZONE, now: importedAt }, organisation.plan, organisation.describe);
    if (demoDates.length > 0) {
      const progress = createDemoProgress(options.progress === true, demoDates);
      try {
        await playMonth({
          stage,
          clock: demoClock,
          organisation,
          script: demoScript,
          dates: demoDates,
          onDayPlayed: (date, dayNumber) => {
            progress.dayPlayed(date, dayNumber);
            options.signal?.throwIfAborted();
          },
        });
      } finally {
        progress.stop();
      }
      clock = new SandboxClock(SANDBOX_TIME_ZONE, demoClock.now());
      readClock = clock.now;
    }
    options.signal?.throwIfAborted();
    const world: SandboxWorld = { stage, clock, organisation, timeZone: SANDBOX_TIME_ZONE };
    const app = createSandboxApp(world);
    server = createServer(app);
    const port = await listen(server, options.port ?? 0);
    return { url: `http://127.0.0.1:${port}/`, dataDir, world, close };
  } catch (error) {
    await close();
    throw error;
  }
}
