import { localTimeAt } from '../src/domain/calendar/local-time.ts';
import { runJob } from '../src/jobs/run-job.ts';
import type { Engine, FreshDatabase } from './bench-engines.ts';
import { officerOpenId } from './bench-organisation.ts';
import { percentile } from './percentile.ts';
import { startServiceUnderBench } from './service-under-bench.ts';

export interface EventLatencyFigures {
  sent: number;
  answeredOk: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** From the last delivery sent until every one was processed and every reply sent. */
  drainSeconds: number;
  failedDeliveries: number;
}

const perSecond = 200;
const seconds = 30;
const officers = 500;
const items = 13;

/**
 * Officers answering item by item, signed and encrypted as Lark sends them, at a steady 200 a second for 30 s:
 * open loop (each delivery leaves on schedule whether or not the last was answered), timed until the HTTP answer.
 */
export async function measureEventLatency(_engine: Engine, database: FreshDatabase): Promise<EventLatencyFigures> {
  const bench = await startServiceUnderBench(database.url, { units: 1, officersPerUnit: officers });
  try {
    const unit = (await bench.database.store.transaction((transaction) => transaction.units.get('unit-1')))!;
    // Today's checks: the answers are stamped now, and an answer belongs to the day it was given.
    await runJob({ store: bench.database.store }, { job: 'daily-push', unit, date: localTimeAt(new Date(), unit.timeZone).date, now: new Date() });
    await bench.drained();
    const total = perSecond * seconds;
    const latencies: number[] = [];
    let answeredOk = 0;
    const started = performance.now();
    const deliveries: Array<Promise<void>> = [];
    for (let index = 0; index < total; index += 1) {
      const due = started + (index * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Each officer answers the items in turn: item n of officer k, so no two deliveries repeat one answer.
      const officer = (index % officers) + 1;
      const item = Math.floor(index / officers) % items + 1;
      const sentAt = performance.now();
      deliveries.push(
        bench.lark.sendText(officerOpenId(1, officer), `正常 ${item}`).then(
          (answer) => {
            latencies.push(performance.now() - sentAt);
            if (answer.status === 200) answeredOk += 1;
          },
          () => undefined,
        ),
      );
    }
    await Promise.all(deliveries);
    const lastSent = performance.now();
    await bench.drained();
    const drainSeconds = (performance.now() - lastSent) / 1000;
    const status = await bench.database.operationalStatus();
    return {
      sent: total,
      answeredOk,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      maxMs: Math.max(...latencies),
      drainSeconds,
      failedDeliveries: status.inboundEvents.failed,
    };
  } finally {
    await bench.close();
  }
}
