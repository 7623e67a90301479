import { runJob } from '../src/jobs/run-job.ts';
import type { Engine, FreshDatabase } from './bench-engines.ts';
import { officerOpenId } from './bench-organisation.ts';
import { startServiceUnderBench } from './service-under-bench.ts';

export interface PushFigures {
  cards: number;
  seconds: number;
  /** Cards a second as a share of Lark's 50 calls a second. */
  shareOfLimit: number;
  lost: number;
  duplicated: number;
  refusedForRate: number;
}

const officers = 2_000;

/** The daily push of one unit of 2,000 officers, with Lark answering in 150 ms (± 30): how close to 50/s it gets. */
export async function measurePushAtLatency(_engine: Engine, database: FreshDatabase): Promise<PushFigures> {
  const bench = await startServiceUnderBench(database.url, { units: 1, officersPerUnit: officers }, { fixedMs: 150, jitterMs: 30 });
  try {
    const unit = (await bench.database.store.transaction((transaction) => transaction.units.get('unit-1')))!;
    const started = performance.now();
    await runJob({ store: bench.database.store }, { job: 'daily-push', unit, date: '2026-11-02', now: new Date('2026-11-02T08:30:00+08:00') });
    const recipients = Array.from({ length: officers }, (_, index) => officerOpenId(1, index + 1));
    while (bench.standIn.messages.length < officers && (await bench.database.outbox.pendingCount()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    const cardsPerOfficer = recipients.map((openId) => bench.standIn.cardsTo(openId).length);
    const sendCalls = bench.standIn.requests.filter((request) => request.method === 'POST' && request.path === '/open-apis/im/v1/messages').length;
    const cards = cardsPerOfficer.reduce((total, count) => total + count, 0);
    return {
      cards,
      seconds,
      shareOfLimit: cards / seconds / 50,
      lost: cardsPerOfficer.filter((count) => count === 0).length,
      // Counted at the stand-in, call by call: a repeated call that Lark's uuid de-duplication would have absorbed counts.
      duplicated: cardsPerOfficer.reduce((total, count) => total + Math.max(0, count - 1), 0) + Math.max(0, sendCalls - bench.standIn.messages.length),
      refusedForRate: bench.standIn.requests.filter((request) => request.status === 429 || request.code === 99991400 || request.code === 230020).length,
    };
  } finally {
    await bench.close();
  }
}
