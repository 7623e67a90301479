/**
 * `npm run bench`: how fast the real service does what matters at scale, measured against the Lark stand-in on this
 * machine. Figures, not pass/fail: push throughput within Lark's limits, event round-trip latency, report compile time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseOrganisationFile } from '../src/cli/organisation-file-schema.ts';
import { readConfiguration } from '../src/config/configuration.ts';
import { runJob } from '../src/jobs/run-job.ts';
import { openIdFor } from '../lark-stand-in/lark-ids.ts';
import { startLarkStandIn } from '../lark-stand-in/lark-stand-in.ts';
import { createLogger } from '../src/logging/logger.ts';
import { startService } from '../src/start-service.ts';
import { openDatabase } from '../src/store/open-database.ts';
import { compileWeeklyReportDraft } from '../src/use-cases/weekly-reports/compile-weekly-report.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';

const units = 10;
const officersPerUnit = 20;
const appId = 'cli_0123456789abcdef';
const appSecret = 'bench-secret';
const encryptKey = 'bench-encrypt-key';
const verificationToken = 'bench-token';

function organisation(): string {
  const lines = ['units:'];
  for (let unit = 1; unit <= units; unit += 1) {
    lines.push(`  - id: unit-${unit}`, `    name: 基准测试单位${unit}`, '    kind: producer', '    staff: 500', '    revenueWan: 10000', '    licences: [ccc]', '    people:');
    lines.push(`      - { id: p, name: 负责人${unit}, role: principal, openId: ${openIdFor(`p${unit}`)} }`);
    lines.push(`      - { id: d, name: 总监${unit}, role: director, openId: ${openIdFor(`d${unit}`)}, assessment: { passed: true, date: 2026-01-01 } }`);
    for (let officer = 1; officer <= officersPerUnit; officer += 1) {
      lines.push(`      - { id: o${officer}, name: 安全员${unit}-${officer}, role: officer, openId: ${openIdFor(`o${unit}-${officer}`)}, assessment: { passed: true, date: 2026-01-01 } }`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'qs-bench-'));
  const databaseUrl = `file:${path.join(folder, 'qs.db')}`;
  const people = Array.from({ length: units }, (_, unit) => Array.from({ length: officersPerUnit }, (_, officer) => openIdFor(`o${unit + 1}-${officer + 1}`))).flat();
  const standIn = await startLarkStandIn({ appId, appSecret, users: people.map((openId) => ({ openId })) });
  for (let unit = 1; unit <= units; unit += 1) {
    standIn.addUser({ openId: openIdFor(`p${unit}`) });
    standIn.addUser({ openId: openIdFor(`d${unit}`) });
  }
  standIn.enforceRateLimits(true);
  const logger = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
  const configuration = readConfiguration({ LARK_APP_ID: appId, LARK_APP_SECRET: appSecret, LARK_DOMAIN: standIn.url, LARK_ENCRYPT_KEY: encryptKey, LARK_VERIFICATION_TOKEN: verificationToken, DATABASE_URL: databaseUrl, PORT: '0' });
  const service = await startService({ configuration, credentials: { appId, appSecret }, logger, scheduler: false });
  const database = await openDatabase(databaseUrl);
  const parsed = parseOrganisationFile(organisation());
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T08:00:00+08:00') }, parsed.plan);
  const waitForOutbox = async () => {
    while ((await database.outbox.pendingCount()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  const pushStarted = performance.now();
  for (let unit = 1; unit <= units; unit += 1) {
    const profile = await database.store.transaction((transaction) => transaction.units.get(`unit-${unit}`));
    await runJob({ store: database.store }, { job: 'daily-push', unit: profile!, date: '2026-11-02', now: new Date('2026-11-02T08:30:00+08:00') });
  }
  const queued = performance.now();
  await waitForOutbox();
  const delivered = performance.now();
  const cards = standIn.messages.length;
  const refused = standIn.requests.filter((request) => request.code === 230020 || request.code === 99991400).length;

  const lark = standIn.deliverer({ targetUrl: `http://127.0.0.1:${service.port}/lark/events`, verificationToken, encryptKey });
  const latencies: number[] = [];
  for (const openId of people.slice(0, 100)) {
    const started = performance.now();
    const answer = await lark.sendText(openId, '全部正常');
    latencies.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`delivery answered ${answer.status}`);
  }
  await waitForOutbox();

  const compileStarted = performance.now();
  await compileWeeklyReportDraft(database.store, { unitId: 'unit-1', date: '2026-11-06', now: new Date('2026-11-06T16:00:00+08:00') });
  const compiled = performance.now() - compileStarted;

  process.stdout.write(
    [
      `质安助手基准（本机，飞书替身开启限流：每人 5 条/秒，全应用 50 条/秒）`,
      `每日推送：${units} 个单位 × ${officersPerUnit} 名质量安全员 = ${cards} 张卡片`,
      `  写入发件箱 ${(queued - pushStarted).toFixed(0)} ms；全部送达 ${(delivered - pushStarted).toFixed(0)} ms（${((cards / (delivered - pushStarted)) * 1000).toFixed(1)} 张/秒）；被飞书限流拒绝 ${refused} 次`,
      `事件往返（加密签名的「全部正常」，100 次）：p50 ${percentile(latencies, 0.5).toFixed(1)} ms，p95 ${percentile(latencies, 0.95).toFixed(1)} ms，最慢 ${Math.max(...latencies).toFixed(1)} ms（飞书要求 3000 ms 内）`,
      `周报汇编（${officersPerUnit} 人的一周）：${compiled.toFixed(0)} ms`,
    ].join('\n') + '\n',
  );
  await service.close();
  await database.close();
  await standIn.close();
  await rm(folder, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
