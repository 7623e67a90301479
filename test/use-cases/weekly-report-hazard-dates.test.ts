import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { archiveSnapshotHead } from '../../src/use-cases/archive/archive-snapshot-from-rows.ts';
import { pushDailyChecklists } from '../../src/use-cases/daily-control/push-daily-checklists.ts';
import { reportDailyHazard } from '../../src/use-cases/daily-control/report-daily-hazard.ts';
import { submitDailyCheck } from '../../src/use-cases/daily-control/submit-daily-check.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { compileWeeklyReportDraft } from '../../src/use-cases/weekly-reports/compile-weekly-report.ts';
import { organisationYaml, people } from '../support/service-harness.ts';
import { openTestDatabase } from '../support/test-database.ts';

const at = (localDateTime: string) => new Date(`${localDateTime.replace(' ', 'T')}:00+08:00`);

describe('a hazard found on a check answered after its day', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const reportOfWeekEnding = async (date: string, now: Date) => {
    const { reportId } = await compileWeeklyReportDraft(database.store, { unitId: 'acme-plant', date, now });
    return (await database.store.transaction((transaction) => transaction.weeklyReports.get(reportId)))!.content;
  };

  beforeEach(async () => {
    database = await openTestDatabase();
    const parsed = parseOrganisationFile(organisationYaml);
    if (!parsed.ok) throw new Error('the harness organisation does not parse');
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: at('2026-10-30 09:00') }, parsed.plan, parsed.describe);
    await pushDailyChecklists(database.store, { unitId: 'acme-plant', date: '2026-11-06', now: at('2026-11-06 08:30') });
    await submitDailyCheck(database.store, { actorOpenId: people.officerWang.openId, target: 'current', mode: 'remaining-normal', now: at('2026-11-06 09:00') });
    // Friday's record is still open after midnight: the close has not reached it, so the answer goes to Friday.
    const late = at('2026-11-07 00:30');
    await reportDailyHazard(database.store, { actorOpenId: people.officerZhao.openId, target: 'current', number: 2, description: '成品仓库灭火器过期', measures: '已调换备用灭火器', serious: false, now: late });
    await submitDailyCheck(database.store, { actorOpenId: people.officerZhao.openId, target: 'current', mode: 'remaining-normal', now: late });
  });
  afterEach(async () => database.remove());

  it('is found in the week of its check, where the coverage counts that check', async () => {
    const week = await reportOfWeekEnding('2026-11-06', at('2026-11-07 09:00'));
    expect(week.coverage.totals.hazard).toBe(1);
    expect(week.hazardsFound.map((hazard) => [hazard.reportedDate, hazard.description])).toEqual([['2026-11-06', '成品仓库灭火器过期']]);
  });

  it('the archive dates it the same way: found on its check’s day, in the period that holds that day', async () => {
    const rows = (await database.archiveRows.unitRecords('acme-plant'))!;
    const friday = archiveSnapshotHead(rows, { from: '2026-11-06', to: '2026-11-06' }, at('2026-11-08 09:00'));
    expect(friday.hazards.map((hazard) => [hazard.reportedDate, hazard.description])).toEqual([['2026-11-06', '成品仓库灭火器过期']]);
  });

  it('the next week follows it up instead of counting it as found again', async () => {
    await reportOfWeekEnding('2026-11-06', at('2026-11-07 09:00'));
    const nextWeek = await reportOfWeekEnding('2026-11-13', at('2026-11-13 16:00'));
    expect(nextWeek.hazardsFound).toEqual([]);
    expect(nextWeek.earlierOpenHazards.map((hazard) => hazard.description)).toEqual(['成品仓库灭火器过期']);
  });
});
