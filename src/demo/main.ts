import { parseArgs } from 'node:util';
import { runDemo } from './run-demo.ts';
import { formatSummary } from './demo-summary.ts';

const usage = '用法：npm run demo [-- --days 天数] [-- --out 输出文件夹]';

async function main(): Promise<number> {
  let values: { days?: string; out?: string };
  try {
    ({ values } = parseArgs({ options: { days: { type: 'string' }, out: { type: 'string' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const days = values.days === undefined ? undefined : Number(values.days);
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
    process.stderr.write(`--days 须为正整数，收到：${values.days}\n${usage}\n`);
    return 2;
  }
  process.stdout.write('质安助手演示：在本机启动服务和飞书替身，演示上个月两家单位的日管控、周排查、月调度……\n');
  const summary = await runDemo({ ...(days === undefined ? {} : { days }), outputDir: values.out ?? 'demo-output', progress: true });
  process.stdout.write(`${formatSummary(summary)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`演示未完成：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
