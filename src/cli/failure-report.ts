import { ConfigurationError } from '../config/configuration.ts';
import { isDatabaseBusy } from '../store/database/database-busy.ts';
import { CommandError } from './cli-context.ts';

// sysexits' EX_TEMPFAIL: a script running the command may try again later.
const databaseBusyExitCode = 75;

/** What the person at the command line reads when a command stops, and the exit code; a stack only for a fault. */
export function failureReport(error: unknown): { text: string; exitCode: number } {
  if (error instanceof CommandError) return { text: error.message, exitCode: error.exitCode };
  if (error instanceof ConfigurationError) return { text: error.message, exitCode: 2 };
  if (isDatabaseBusy(error)) {
    return {
      text: '数据库正忙：正在运行的服务或另一条命令一直在写入数据库，本命令等待后仍未能写入，未完成的操作没有保存。请稍后重试（重复运行不会重复写入）。',
      exitCode: databaseBusyExitCode,
    };
  }
  return { text: error instanceof Error ? (error.stack ?? error.message) : String(error), exitCode: 1 };
}
