import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { buttonValue } from '../support/card-buttons.ts';
import { latestCard } from '../support/chat-views.ts';
import { createScratchDatabase, type ScratchDatabase } from '../support/postgres-server.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

const engines = [
  { name: 'SQLite', scratch: async (): Promise<ScratchDatabase | undefined> => undefined },
  ...(process.env.TEST_POSTGRES_URL ? [{ name: 'PostgreSQL', scratch: () => createScratchDatabase(process.env.TEST_POSTGRES_URL!, 'qs_concurrent') }] : []),
];

describe.each(engines)('answers to one record arriving at the same moment, on $name', ({ scratch }) => {
  let harness: Harness;
  let database: ScratchDatabase | undefined;

  beforeAll(async () => {
    database = await scratch();
    harness = await startHarness(database ? { databaseUrl: database.url } : {});
    await harness.importOrganisation(undefined, new Date('2026-10-30T08:00:00+08:00'));
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 09:00');
  });
  afterAll(async () => {
    await harness?.close();
    await database?.drop();
  });

  const submissionsOf = async (checkId: string) =>
    (await harness.database.archiveRows.auditChain()).filter((entry) => entry.recordId.startsWith(`${checkId}#`) && entry.action === 'daily-check.submitted');

  it('two hazards reported on the card at once both land, and the record is submitted and audited once', async () => {
    const card = latestCard(harness.standIn, people.officerWang.openId, '2026-11-02');
    const { checkId, revision } = buttonValue(card.card, '全部正常（零风险）') as { checkId: string; revision: number };
    await Promise.all(
      [2, 3].map((number) =>
        harness.lark.pressButton({
          operatorOpenId: people.officerWang.openId,
          messageId: card.messageId,
          value: { action: 'daily.report-hazard', checkId, revision, number },
          formValue: { hazard_description: `第 ${number} 项发现的问题`, hazard_measures: '已隔离待查' },
        }),
      ),
    );
    await harness.settle();
    await harness.lark.pressButton({ operatorOpenId: people.officerWang.openId, messageId: card.messageId, value: { action: 'daily.all-normal', checkId, revision } });
    await harness.settle();

    const check = await harness.database.store.transaction((transaction) => transaction.dailyChecks.get(checkId));
    expect(check?.answers.filter((answer) => answer.answer === 'abnormal').map((answer) => answer.number)).toEqual([2, 3]);
    expect(await submissionsOf(checkId)).toHaveLength(1);
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });

  it('two hazards sent by text at once both land, each audited once, and the day stays open until the officer submits it', async () => {
    const card = latestCard(harness.standIn, people.officerZhao.openId, '2026-11-02');
    const { checkId } = buttonValue(card.card, '全部正常（零风险）') as { checkId: string };
    await Promise.all([
      harness.lark.sendText(people.officerZhao.openId, '异常 2 原料未做进货查验 措施：已封存'),
      harness.lark.sendText(people.officerZhao.openId, '异常 3 成品标签缺失 措施：已下架'),
    ]);
    await harness.settle();

    const open = await harness.database.store.transaction((transaction) => transaction.dailyChecks.get(checkId));
    expect(open?.status).toBe('open');
    expect(open?.answers.map((answer) => [answer.number, answer.answer])).toEqual([
      [2, 'abnormal'],
      [3, 'abnormal'],
    ]);
    expect(await submissionsOf(checkId)).toHaveLength(0);

    await harness.lark.sendText(people.officerZhao.openId, '其余正常');
    expect((await harness.database.store.transaction((transaction) => transaction.dailyChecks.get(checkId)))?.status).toBe('submitted');
    expect(await submissionsOf(checkId)).toHaveLength(1);
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });
});
