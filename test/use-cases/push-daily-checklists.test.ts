import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import type { Store } from '../../src/ports/store.ts';
import { pushBatchSize, pushDailyChecklists } from '../../src/use-cases/daily-control/push-daily-checklists.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { largeOrganisationFile } from '../support/large-organisation.ts';
import { openTestDatabase } from '../support/test-database.ts';

const officers = 450;
const date = '2026-11-02';
const now = new Date('2026-11-02T08:30:00+08:00');


/** The same store, except that writing the nth daily check fails, as a lost connection would. */
function failingAtCheck(store: Store, failing: number): Store {
  let created = 0;
  return {
    transaction: (work) =>
      store.transaction((transaction) => {
        const dailyChecks = transaction.dailyChecks;
        return work({
          ...transaction,
          dailyChecks: {
            ...dailyChecks,
            find: dailyChecks.find.bind(dailyChecks),
            setCard: dailyChecks.setCard.bind(dailyChecks),
            create: (...parameters: Parameters<typeof dailyChecks.create>) => {
              created += 1;
              if (created === failing) throw new Error('connection lost');
              return dailyChecks.create(...parameters);
            },
          },
        });
      }),
  };
}

describe('the daily push of a large unit', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
    const parsed = parseOrganisationFile(largeOrganisationFile(officers, { staff: 600, revenueWan: 30000 }));
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-30T09:00:00+08:00') }, parsed.plan, parsed.describe);
  });
  afterEach(async () => database.remove());

  it('keeps the cards of batches already written when it fails part-way, and a second run completes the rest once each', async () => {
    await expect(pushDailyChecklists(failingAtCheck(database.store, pushBatchSize + 10), { unitId: 'big-plant', date, now })).rejects.toThrow('connection lost');

    expect(await database.rows.dailyCheck.count({ where: { date } })).toBe(pushBatchSize);
    expect(await database.outbox.pendingCount()).toBe(pushBatchSize);

    const [summary] = await pushDailyChecklists(database.store, { unitId: 'big-plant', date, now });
    expect(summary).toMatchObject({ pushed: officers - pushBatchSize, alreadyDone: pushBatchSize, suspended: 0 });
    expect(await database.rows.dailyCheck.count({ where: { date } })).toBe(officers);
    expect(await database.outbox.pendingCount()).toBe(officers);
  });
});
