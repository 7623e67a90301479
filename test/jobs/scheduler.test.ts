import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { Scheduler } from '../../src/jobs/scheduler.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { organisationYaml } from '../support/service-harness.ts';
import { openTestDatabase } from '../support/test-database.ts';

const inUrumqiTime = organisationYaml.replace("    checklist: producer-default\n", "    checklist: producer-default\n    timeZone: Asia/Urumqi\n");

describe('the scheduler runs each unit’s jobs at the unit’s own local time', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let now: Date;
  let scheduler: Scheduler;

  beforeEach(async () => {
    database = await openTestDatabase();
    const parsed = parseOrganisationFile(inUrumqiTime);
    if (!parsed.ok) throw new Error('fixture');
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T00:00:00Z') }, parsed.plan);
    scheduler = new Scheduler({ store: database.store }, createLogger('silent'), () => now);
  });
  afterEach(async () => database.remove());

  const checks = () => database.rows.dailyCheck.findMany({ where: { date: '2026-11-02' } });

  it('pushes at 08:30 in Urumqi (UTC+6), not at 08:30 in Shanghai', async () => {
    now = new Date('2026-11-02T00:30:00Z');
    await scheduler.tick();
    expect(await checks()).toHaveLength(0);
    now = new Date('2026-11-02T02:30:00Z');
    await scheduler.tick();
    expect(await checks()).toHaveLength(2);
  });

  it('a minute later, or after a restart, does not push again', async () => {
    now = new Date('2026-11-02T02:30:00Z');
    await scheduler.tick();
    now = new Date('2026-11-02T02:31:00Z');
    await scheduler.tick();
    await new Scheduler({ store: database.store }, createLogger('silent'), () => now).tick();
    expect(await database.rows.outboxMessage.count({ where: { operation: 'send' } })).toBe(2);
  });

  it('a service down at 08:30 pushes when it comes back, and closes the day at 20:00', async () => {
    now = new Date('2026-11-02T05:00:00Z');
    await scheduler.tick();
    expect((await checks()).map((check) => check.status)).toEqual(['open', 'open']);
    now = new Date('2026-11-02T14:00:00Z');
    await scheduler.tick();
    expect((await checks()).map((check) => check.status)).toEqual(['missed', 'missed']);
  });
});
