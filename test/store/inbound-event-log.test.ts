import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/test-database.ts';

describe('the inbound event log', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => database.remove());

  const delivery = (key: string) => ({
    key,
    eventType: 'message',
    payload: { key },
    receivedAt: new Date('2026-11-02T09:00:00+08:00'),
    claim: { holder: 'this-process', until: new Date(Date.now() + 60_000) },
  });

  it('stores deliveries arriving together, each once, and tells a redelivery from a new one', async () => {
    await database.inboundEvents.record(delivery('message:om_seen_before'));
    const keys = [...Array.from({ length: 250 }, (_, index) => `message:om_burst_${index}`), 'message:om_seen_before', 'message:om_burst_7'];

    const stored = await Promise.all(keys.map((key) => database.inboundEvents.record(delivery(key))));

    expect(stored.filter((isNew) => isNew)).toHaveLength(250);
    expect(stored.slice(250)).toEqual([false, false]);
    expect(await database.rows.inboundEvent.count()).toBe(251);
    expect((await database.operationalStatus()).inboundEvents.inProgress).toBe(251);
  });
});
