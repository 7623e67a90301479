import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { compileMonthlyMinutes } from '../../src/domain/monthly-minutes/compile-monthly-minutes.ts';
import { compileWeeklyReport } from '../../src/domain/weekly-reports/compile-weekly-report.ts';
import { StoredRowError } from '../../src/store/stored-json/read-stored-field.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { novemberFacts } from '../domain/monthly-minutes/november-2026.ts';
import { UNIT, WEEK, weekHazards, weekRecords } from '../domain/weekly-reports/week-of-2026-11-02.ts';
import { organisationYaml } from '../support/service-harness.ts';
import { openTestDatabase } from '../support/test-database.ts';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

const unitId = 'acme-plant';
const weeklyContent = compileWeeklyReport({ ...UNIT, ...WEEK, records: weekRecords, hazards: weekHazards });
const minutesContent = compileMonthlyMinutes(novemberFacts);
const arrangements = ['约谈温控器供货商', '十二月起每周抽检出厂记录'];

/** A unit with a weekly report, monthly minutes and a hazard with one step of history, all written through the store. */
async function storedRecords(database: TestDatabase) {
  const parsed = parseOrganisationFile(organisationYaml);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T09:00:00+08:00') }, parsed.plan, parsed.describe);
  return database.store.transaction(async (transaction) => {
    const [officer] = (await transaction.people.membersOf(unitId)).filter((member) => member.roles.includes('officer'));
    const report = await transaction.weeklyReports.create({ unitId, periodStart: WEEK.periodStart, periodEnd: WEEK.periodEnd, content: weeklyContent, createdAt: new Date('2026-11-06T16:00:00+08:00') });
    const minutes = await transaction.monthlyMinutes.create({ unitId, periodStart: novemberFacts.periodStart, periodEnd: novemberFacts.periodEnd, content: minutesContent, arrangements, createdAt: new Date('2026-11-30T16:00:00+08:00') });
    const hazard = await transaction.hazards.create({
      unitId,
      dailyCheckId: 'check-of-2026-11-02',
      itemCode: 'P01',
      itemText: '原材料进货查验',
      description: '温控器无合格证',
      measures: '暂停使用该批次',
      serious: false,
      reportedById: officer!.personId,
      reportedAt: new Date('2026-11-02T10:00:00+08:00'),
    });
    const eventId = await transaction.hazards.recordEvent(hazard.id, 'assigned', officer!.personId, new Date('2026-11-02T11:00:00+08:00'), { ownerId: officer!.personId, deadline: '2026-11-09' });
    return { reportId: report.id, minutesId: minutes.id, hazardId: hazard.id, eventId, officerId: officer!.personId };
  });
}

describe('JSON kept in a column is read back through the schema of what was written there', () => {
  let database: TestDatabase;
  let ids: Awaited<ReturnType<typeof storedRecords>>;
  beforeEach(async () => {
    database = await openTestDatabase();
    ids = await storedRecords(database);
  });
  afterEach(async () => database.remove());

  it('a weekly report and monthly minutes compiled from real records read back exactly as they were written', async () => {
    const { report, minutes } = await database.store.transaction(async (transaction) => ({
      report: await transaction.weeklyReports.get(ids.reportId),
      minutes: await transaction.monthlyMinutes.get(ids.minutesId),
    }));
    expect(report?.content).toEqual(weeklyContent);
    expect(minutes?.content).toEqual(minutesContent);
    expect(minutes?.arrangements).toEqual(arrangements);
    const archived = await database.archiveRows.unit(unitId);
    expect(archived?.weeklyReports[0]?.content).toEqual(weeklyContent);
    expect(archived?.monthlyMinutes[0]?.content).toEqual(minutesContent);
    expect(archived?.unit.licences).toEqual(['production-licence', 'ccc']);
    expect(archived?.hazards[0]?.events[0]?.details).toEqual({ ownerId: ids.officerId, deadline: '2026-11-09' });
  });

  const damages = [
    {
      column: 'a unit’s shift times',
      where: () => ({ table: 'Unit', id: unitId, field: 'shiftTimes' }),
      damage: () => database.rows.unit.update({ where: { id: unitId }, data: { shiftTimes: '08:00,20:00' } }),
      read: () => database.store.transaction((transaction) => transaction.units.get(unitId)),
    },
    {
      column: 'a person’s other posts',
      where: () => ({ table: 'Person', id: ids.officerId, field: 'otherPosts' }),
      damage: () => database.rows.person.update({ where: { id: ids.officerId }, data: { otherPosts: [{ post: '仓库主管' }] } }),
      read: () => database.store.transaction((transaction) => transaction.organisation.people(unitId)),
    },
    {
      column: 'a weekly report’s content',
      where: () => ({ table: 'WeeklyReport', id: ids.reportId, field: 'content' }),
      damage: () => database.rows.weeklyReport.update({ where: { id: ids.reportId }, data: { content: { ...weeklyContent, coverage: { totals: weeklyContent.coverage.totals } } as object } }),
      read: () => database.store.transaction((transaction) => transaction.weeklyReports.get(ids.reportId)),
    },
    {
      column: 'a weekly report’s investigation, as the archive reads it',
      where: () => ({ table: 'WeeklyReport', id: ids.reportId, field: 'investigation' }),
      damage: () => database.rows.weeklyReport.update({ where: { id: ids.reportId }, data: { investigation: { date: '2026-11-06', scope: '仓库', people: '李四', findings: '无', signedBy: '李四' } } }),
      read: () => database.archiveRows.unit(unitId),
    },
    {
      column: 'the minutes’ arrangements',
      where: () => ({ table: 'MonthlyMinutes', id: ids.minutesId, field: 'arrangements' }),
      damage: () => database.rows.monthlyMinutes.update({ where: { id: ids.minutesId }, data: { arrangements: '约谈温控器供货商' } }),
      read: () => database.store.transaction((transaction) => transaction.monthlyMinutes.get(ids.minutesId)),
    },
    {
      column: 'the minutes’ content, as the archive reads it',
      where: () => ({ table: 'MonthlyMinutes', id: ids.minutesId, field: 'content' }),
      damage: () => database.rows.monthlyMinutes.update({ where: { id: ids.minutesId }, data: { content: { ...minutesContent, dailyControl: { ...minutesContent.dailyControl, expected: '十二' } } as object } }),
      read: () => database.archiveRows.unit(unitId),
    },
    {
      column: 'a step of a hazard’s history',
      where: () => ({ table: 'HazardEvent', id: ids.eventId, field: 'details' }),
      damage: () => database.rows.hazardEvent.update({ where: { id: ids.eventId }, data: { details: ['ownerId', ids.officerId] } }),
      read: () => database.store.transaction((transaction) => transaction.hazards.events(ids.hazardId)),
    },
    {
      column: 'the cards a hazard sent',
      where: () => ({ table: 'HazardEvent', id: ids.eventId, field: 'details' }),
      damage: () => database.rows.hazardEvent.update({ where: { id: ids.eventId }, data: { details: { cards: [{ outboxId: 'outbox-1' }] } } }),
      read: () => database.store.transaction((transaction) => transaction.hazards.cards(ids.hazardId)),
    },
  ];

  it.each(damages)('$column changed by hand is refused with an error naming the table, the row and the column', async ({ where, damage, read }) => {
    await damage();
    const error = await read().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(StoredRowError);
    expect(error).toMatchObject(where());
    for (const named of Object.values(where())) expect((error as Error).message).toContain(named);
  });
});
