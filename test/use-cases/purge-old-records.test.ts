import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../src/cli/organisation-file-schema.ts';
import { isDomainError } from '../../src/domain/domain-error.ts';
import { purgeOldRecords } from '../../src/use-cases/archive/purge-old-records.ts';
import { answerSuggestion } from '../../src/use-cases/suggestions/answer-suggestion.ts';
import { proposeSuggestion } from '../../src/use-cases/suggestions/propose-suggestion.ts';
import { pushDailyChecklists } from '../../src/use-cases/daily-control/push-daily-checklists.ts';
import { reportDailyHazard } from '../../src/use-cases/daily-control/report-daily-hazard.ts';
import { submitDailyCheck } from '../../src/use-cases/daily-control/submit-daily-check.ts';
import { importOrganisation } from '../../src/use-cases/organisation/import-organisation.ts';
import { organisationYaml, people } from '../support/service-harness.ts';
import { openTestDatabase } from '../support/test-database.ts';

describe('purging records older than the retention period', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
    const parsed = parseOrganisationFile(organisationYaml);
    if (!parsed.ok) throw new Error('the harness organisation does not parse');
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2023-12-30T09:00:00+08:00') }, parsed.plan, parsed.describe);
  });
  afterEach(async () => database.remove());

  it('removes an old zero-risk day whole, and keeps whole the day whose hazard is still open', async () => {
    const now = new Date('2024-01-02T09:00:00+08:00');
    await pushDailyChecklists(database.store, { unitId: 'acme-plant', date: '2024-01-02', now });
    const zeroRisk = await submitDailyCheck(database.store, { actorOpenId: people.officerWang.openId, target: 'current', mode: 'remaining-normal', now });
    const hazard = await reportDailyHazard(database.store, {
      actorOpenId: people.officerZhao.openId,
      target: 'current',
      number: 2,
      description: '原料未做进货查验',
      measures: '已封存',
      serious: false,
      now,
    });
    await submitDailyCheck(database.store, { actorOpenId: people.officerZhao.openId, target: 'current', mode: 'remaining-normal', now });

    const removed = await purgeOldRecords(database.store, { before: '2024-02-01', today: '2026-12-03', retentionYears: 2, actor: 'test', now: new Date('2026-12-03T09:00:00+08:00') });

    expect(removed.dailyChecks).toBe(1);
    expect(await database.rows.dailyCheck.count({ where: { id: zeroRisk.view.checkId } })).toBe(0);
    expect(await database.rows.dailyAnswer.count({ where: { dailyCheckId: zeroRisk.view.checkId } })).toBe(0);
    expect(await database.rows.dailyAnswer.count({ where: { dailyCheckId: hazard.view.checkId } })).toBe(hazard.view.items.length);
  });

  it('keeps five years by default, and never removes a suggestion or a veto, answered or not', async () => {
    const proposed = new Date('2020-03-02T09:00:00+08:00');
    await proposeSuggestion(database.store, { actorOpenId: people.officerWang.openId, kind: 'veto', text: '原料批次 2020-03 检验不合格，建议停止生产', now: proposed });
    await proposeSuggestion(database.store, { actorOpenId: people.director.openId, kind: 'suggestion', text: '增加来料抽检频次', now: proposed });
    await answerSuggestion(database.store, { actorOpenId: people.principal.openId, suggestion: { number: 1 }, decision: 'adopted', answer: '已停产', now: proposed });

    const tooRecent = await purgeOldRecords(database.store, { before: '2024-02-01', today: '2026-12-03', retentionYears: 5, actor: 'test', now: new Date() }).catch((error: unknown) => error);
    expect(isDomainError(tooRecent) && tooRecent.details).toEqual({ limit: '2021-12-03', retentionYears: 5 });

    const removed = await purgeOldRecords(database.store, { before: '2021-01-01', today: '2026-12-03', retentionYears: 5, actor: 'test', now: new Date('2026-12-03T09:00:00+08:00') });
    expect(removed).not.toHaveProperty('suggestions');
    expect(await database.rows.suggestion.count()).toBe(2);
  });
});
