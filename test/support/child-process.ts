import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { waitLimitMs } from './wait-limit.ts';

export const serviceEntry = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
export const commandLineEntry = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
// Resolved here rather than by name: children run in a temporary folder, where `--import tsx` would not resolve.
const tsxLoader = import.meta.resolve('tsx');
const tsconfigPath = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildResult extends ChildExit {
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  /** The child's whole environment besides PATH: nothing else is inherited, so the host's settings cannot leak in. */
  env: Record<string, string>;
  /** A folder without a `.env`, since the entry points load one from their working directory. */
  cwd: string;
}

export interface RunningChild {
  readonly process: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Settles when the process has exited. */
  readonly exited: Promise<ChildExit>;
  /** Resolves with the first line of stdout or stderr that matches. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  waitForExit(timeoutMs?: number): Promise<ChildExit>;
  /** Sends `signal`, and SIGKILL if the process is still there after `graceMs`. Harmless once it has exited. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<ChildExit>;
}

function describeOutput(child: { stdout: string; stderr: string }): string {
  return `\n--- stdout ---\n${child.stdout}\n--- stderr ---\n${child.stderr}`;
}

/** Starts a TypeScript entry point the way `npm start` / `npm run qs` would, through tsx. */
export function spawnTypeScript(entry: string, args: readonly string[], options: ChildOptions): RunningChild {
  const child = spawn(process.execPath, ['--import', tsxLoader, entry, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', TSX_TSCONFIG_PATH: tsconfigPath, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    notify();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    notify();
  });
  let exit: ChildExit | undefined;
  const exited = new Promise<ChildExit>((resolve, reject) => {
    child.once('error', reject);
    // 'close' rather than 'exit': by then every byte of output has been read.
    child.once('close', (code, signal) => {
      exit = { code, signal };
      notify();
      resolve(exit);
    });
  });

  const running: RunningChild = {
    process: child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    waitForLine(pattern, timeoutMs = waitLimitMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = `${stdout}\n${stderr}`.split('\n').find((candidate) => pattern.test(candidate));
          if (line !== undefined) {
            finish();
            resolve(line);
          } else if (exit !== undefined) {
            finish();
            reject(new Error(`the process exited (${JSON.stringify(exit)}) without printing ${pattern}${describeOutput(running)}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms${describeOutput(running)}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async waitForExit(timeoutMs = waitLimitMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`the process did not exit within ${timeoutMs} ms${describeOutput(running)}`)), timeoutMs);
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async stop(signal = 'SIGTERM', graceMs = 10_000) {
      if (exit !== undefined) return exit;
      child.kill(signal);
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(killer);
      }
    },
  };
  return running;
}

/** Runs a command to completion; a command that hangs is killed and the test fails naming it. */
export async function runTypeScript(entry: string, args: readonly string[], options: ChildOptions & { timeoutMs?: number }): Promise<ChildResult> {
  const child = spawnTypeScript(entry, args, options);
  try {
    const exit = await child.waitForExit(options.timeoutMs ?? waitLimitMs);
    return { ...exit, stdout: child.stdout, stderr: child.stderr };
  } finally {
    await child.stop('SIGKILL');
  }
}

/** A port nobody listens on right now, for a child that cannot report the port it picked. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns something other than undefined, false or null. */
export function pollUntil<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeoutMs = waitLimitMs): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (value === undefined || value === null || value === false) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 50 },
  );
}

/** Waits until GET /healthz answers 200; fails at once, with the child's output, if the child exits first. */
export async function waitForHealthy(baseUrl: string, child: RunningChild, timeoutMs = waitLimitMs): Promise<void> {
  let exit: ChildExit | undefined;
  void child.exited.then((value) => {
    exit = value;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit !== undefined) throw new Error(`the service exited (${JSON.stringify(exit)}) before /healthz answered${describeOutput(child)}`);
    const status = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.status,
      () => undefined,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${baseUrl}/healthz did not answer 200 within ${timeoutMs} ms${describeOutput(child)}`);
}
