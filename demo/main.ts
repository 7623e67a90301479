import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatSummary } from './demo-summary.ts';
import { OutputFolderRefused, runDemo } from './run-demo.ts';

const usage = '用法：npm run demo [-- --days 天数] [--out 输出文件夹]（默认演示上个月整月，输出到 demo-output）';

function readArguments(): { days?: number; outputDir: string } | string {
  let values: { days?: string; out?: string };
  try {
    ({ values } = parseArgs({ options: { days: { type: 'string' }, out: { type: 'string' } }, strict: true }));
  } catch (error) {
    return (error as Error).message;
  }
  const outputDir = values.out ?? 'demo-output';
  if (values.days === undefined) return { outputDir };
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1) return `--days 须为正整数，收到：${values.days}`;
  return { days, outputDir };
}

async function main(): Promise<number> {
  const options = readArguments();
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${usage}\n`);
    return 2;
  }
  process.stdout.write('质安助手演示：在本机启动服务和飞书替身，演示上个月两家单位的日管控、周排查、月调度……\n');
  try {
    const summary = await runDemo({ ...options, progress: true });
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof OutputFolderRefused) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`演示未完成：${detail}\n服务日志：${path.join(options.outputDir, 'service.log')}\n`);
    return 1;
  }
}

process.exitCode = await main();
