import { parseArgs } from 'node:util';
import { localTimeAt } from '../src/domain/calendar/local-time.ts';
import { previousMonth } from '../src/domain/schedules/periods.ts';
import { DataFolderRefused, type SandboxOptions, SandboxPortTaken, startSandbox } from './start-sandbox.ts';

const usage = '用法：npm run sandbox [-- --port 端口] [--data 空文件夹] [--demo]（--demo 先演示上个月整月，再从月末开始）';

function readArguments(argv: string[]): SandboxOptions | string {
  let values: { port?: string; data?: string; demo?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, data: { type: 'string' }, demo: { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    return `参数有误：${(error as Error).message}`;
  }
  const options: SandboxOptions = { progress: true };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) return `--port 须为 1 到 65535 之间的整数，收到：${values.port}`;
    options.port = port;
  }
  if (values.data !== undefined) {
    if (values.data.trim() === '') return '--data 须给出一个文件夹';
    options.dataDir = values.data;
  }
  if (values.demo === true) options.demoMonth = previousMonth(localTimeAt(new Date(), 'Asia/Shanghai').date.slice(0, 7));
  return options;
}

async function main(): Promise<number> {
  const options = readArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${usage}\n`);
    return 2;
  }
  const ignored = ['LARK_APP_ID', 'LARK_APP_SECRET'].filter((name) => process.env[name]);
  if (ignored.length > 0) process.stdout.write(`已忽略环境变量 ${ignored.join('、')}：沙盒只连接本机的飞书替身，从不使用真实飞书凭据。\n`);
  if (options.demoMonth) process.stdout.write(`先演示 ${options.demoMonth} 整月（两家单位的日管控、周排查、月调度）……\n`);
  // The first Ctrl-C while starting stops the start (the demo's month stops after the day it is playing); once the
  // sandbox runs, it closes it. A second Ctrl-C ends the process at once, as usual.
  const starting = new AbortController();
  let stopRequested: () => void = () => starting.abort();
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    stopRequested();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let sandbox;
  try {
    sandbox = await startSandbox({ ...options, signal: starting.signal });
  } catch (error) {
    if (starting.signal.aborted) {
      process.stdout.write('\n已停止。\n');
      return 130;
    }
    if (error instanceof DataFolderRefused || error instanceof SandboxPortTaken) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`沙盒未能启动：${detail}\n`);
    return 1;
  }
  process.stdout.write(`质安助手沙盒已启动：${sandbox.url}\n数据文件夹：${sandbox.dataDir}（服务日志 service.log）\n按 Ctrl-C 停止。\n`);
  const running = sandbox;
  await new Promise<void>((resolve) => {
    stopRequested = resolve;
  });
  process.stdout.write('正在停止沙盒……\n');
  await running.close();
  return 0;
}

process.exitCode = await main();
