/**
 * `npm run bench`: what the real service does at a real company's scale, against the Lark stand-in with Lark's rate
 * limits on and, for sending, Lark's latency from a company network. One table, SQLite and PostgreSQL side by side,
 * each figure with its goal; `npm run bench -- --only push,events --engine SQLite` measures some rows, on one engine.
 * Figures, not pass/fail.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { type Engine, BenchEngines, type FreshDatabase } from './bench-engines.ts';
import { measureEventLatency } from './event-latency.ts';
import { measurePushAtLatency } from './push-at-latency.ts';
import { measureStartUp } from './start-up.ts';
import { measureWeeklyReportOfALargeUnit, measureWeeklyReportsOfManyUnits } from './weekly-reports.ts';
import { measureYearArchive } from './year-archive.ts';

interface Row {
  name: string;
  what: string;
  goal: string;
  /** The cell for one engine: the figures in words. */
  measure(engine: Engine, database: FreshDatabase): Promise<string>;
}

const seconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} s`;

const rows: Row[] = [
  {
    name: 'push',
    what: '每日推送 2,000 名质量安全员，飞书延迟 150±30 ms',
    goal: '≥ 0.9 × 50/s，丢失 0，重复 0',
    async measure(engine, database) {
      const figures = await measurePushAtLatency(engine, database);
      return `${figures.shareOfLimit.toFixed(2)} × 50/s（${figures.cards} 张 / ${seconds(figures.seconds)}），丢失 ${figures.lost}，重复 ${figures.duplicated}，限流拒绝 ${figures.refusedForRate}`;
    },
  },
  {
    name: 'events',
    what: '事件应答：每秒 200 条签名加密的回答，持续 30 s',
    goal: 'p99 < 100 ms',
    async measure(engine, database) {
      const figures = await measureEventLatency(engine, database);
      return `p50 ${figures.p50Ms.toFixed(0)} ms，p99 ${figures.p99Ms.toFixed(0)} ms，最慢 ${figures.maxMs.toFixed(0)} ms；${figures.answeredOk}/${figures.sent} 得到 200，处理失败 ${figures.failedDeliveries}；发完后 ${seconds(figures.drainSeconds)} 处理并发送完毕`;
    },
  },
  {
    name: 'weekly',
    what: '周报汇编：200 名质量安全员 × 7 天 × 15 项',
    goal: '< 1 s',
    async measure(engine, database) {
      return seconds((await measureWeeklyReportOfALargeUnit(engine, database)).seconds);
    },
  },
  {
    name: 'weekly-units',
    what: '500 个单位的周报：汇编、总监确认、生成 .docx',
    goal: '< 30 s',
    async measure(engine, database) {
      const figures = await measureWeeklyReportsOfManyUnits(engine, database);
      return `${seconds(figures.seconds)}（${figures.reports} 份）`;
    },
  },
  {
    name: 'year',
    what: '一年存档：500 名质量安全员的导出和校验',
    goal: '各 < 60 s，内存不随期间增长',
    async measure(_engine, database) {
      const figures = await measureYearArchive(database.url);
      return `${figures.records} 份记录；导出 ${seconds(figures.exportMs / 1000)}（峰值内存 ${figures.exportPeakRssMb.toFixed(0)} MB），校验 ${seconds(figures.verifyMs / 1000)}（峰值内存 ${figures.verifyPeakRssMb.toFixed(0)} MB）`;
    },
  },
  {
    name: 'start',
    what: '启动：npm start（已编译）到 /healthz 应答',
    goal: 'SQLite < 1.5 s',
    async measure(engine, database) {
      const figures = await measureStartUp(engine, database);
      return `中位 ${seconds(figures.medianSeconds)}，最慢 ${seconds(figures.slowestSeconds)}（5 次）`;
    },
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, engine: { type: 'string' } } });
  const only = values.only?.split(',').map((name) => name.trim());
  const chosen = rows.filter((row) => !only || only.includes(row.name));
  const engines = new BenchEngines();
  const measured = engines.engines.filter((engine) => !values.engine || engine === values.engine);
  const table = [`| 测量 | 目标 | ${measured.join(' | ')} |`, `|---|---|${measured.map(() => '---').join('|')}|`];
  try {
    for (const row of chosen) {
      const cells: string[] = [];
      for (const engine of measured) {
        process.stderr.write(`${row.what}（${engine}）……\n`);
        const database = await engines.fresh(engine);
        try {
          cells.push(await row.measure(engine, database));
        } catch (error) {
          cells.push(`失败：${error instanceof Error ? error.message : String(error)}`.replace(/\|/g, '/').replace(/\n/g, ' '));
        } finally {
          await database.remove();
        }
      }
      table.push(`| ${row.what} | ${row.goal} | ${cells.join(' | ')} |`);
    }
  } finally {
    await engines.close();
  }
  const machine = `${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 2 ** 30).toFixed(1)} GB，Node ${process.version}`;
  process.stdout.write(`质安助手基准（${new Date().toISOString().slice(0, 10)}，${machine}）\n\n${table.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
