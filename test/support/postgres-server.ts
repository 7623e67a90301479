// A throw-away PostgreSQL server for tests and for `npm run db:migration`: its own data folder in a temporary
// directory, its own free port, trust authentication, removed again by stop(). Also scratch databases on any server.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

const debianBinaryFolders = ['17', '16', '15', '14', '13'].map((version) => `/usr/lib/postgresql/${version}/bin`);

/** Whether a PostgreSQL server can be started here: Debian's binaries, or POSTGRES_BIN_DIR. */
export function postgresInstalled(): boolean {
  return binary('initdb') !== 'initdb';
}

function binary(name: 'initdb' | 'pg_ctl'): string {
  const configured = process.env.POSTGRES_BIN_DIR;
  const folder = configured ?? debianBinaryFolders.find((candidate) => existsSync(path.join(candidate, name)));
  return folder ? path.join(folder, name) : name;
}

// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user that Debian's package creates.
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    throw new Error('以 root 运行时需要系统用户 postgres 来启动 PostgreSQL（apt-get install -y postgresql 会创建它）。');
  }
}

async function runAsServerUser(asPostgres: boolean, command: string, args: string[]): Promise<void> {
  try {
    if (asPostgres) await run('runuser', ['-u', 'postgres', '--', command, ...args]);
    else await run(command, args);
  } catch (error) {
    const failure = error as { stderr?: string; message: string; code?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(`找不到 ${command}：请安装 PostgreSQL（Debian：apt-get install -y postgresql），或用 POSTGRES_BIN_DIR 指明其 bin 目录。`);
    }
    throw new Error(`${path.basename(command)} 失败：${failure.stderr?.trim() || failure.message}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('无法取得空闲端口'))));
    });
  });
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const owner = await postgresUser();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'qs-postgres-'));
  if (owner) await chown(folder, owner.uid, owner.gid);
  const dataFolder = path.join(folder, 'data');
  const asPostgres = owner !== undefined;
  try {
    await runAsServerUser(asPostgres, binary('initdb'), ['-D', dataFolder, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Durability is pointless for a server that is deleted afterwards; without it tests run faster.
    const durabilityOff = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    let lastError: unknown;
    // Another process can take the free port between the probe and the start; a new port is tried then.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const port = await freePort();
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} ${durabilityOff}`;
      try {
        await runAsServerUser(asPostgres, binary('pg_ctl'), ['-D', dataFolder, '-o', options, '-l', path.join(folder, 'server.log'), '-w', 'start']);
      } catch (error) {
        lastError = error;
        continue;
      }
      return {
        url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
        async stop() {
          await runAsServerUser(asPostgres, binary('pg_ctl'), ['-D', dataFolder, '-m', 'immediate', '-w', 'stop']);
          await rm(folder, { recursive: true, force: true });
        },
      };
    }
    throw lastError;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

const closingConnectionsLimitMs = 10_000;

async function connectionsTo(admin: pg.Client, databaseName: string): Promise<number> {
  const result = await admin.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [databaseName]);
  return Number(result.rows[0]?.count ?? 0);
}

// An empty database of its own on a shared server, so that runs against one server cannot see each other's tables.
export async function createScratchDatabase(serverUrl: string, prefix = 'qs_scratch'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        // A pool's end() resolves before its connections are gone; on a busy machine the server can still hold one.
        // Forcing it then reaches its client as an uncaught error, so FORCE is left for connections nobody closes.
        const deadline = Date.now() + closingConnectionsLimitMs;
        while (Date.now() < deadline && (await connectionsTo(dropper, name)) > 0) await sleep(50);
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
