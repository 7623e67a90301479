import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { buttonValue } from '../support/card-buttons.ts';
import { latestCard } from '../support/chat-views.ts';
import { createScratchDatabase, type ScratchDatabase } from '../support/postgres-server.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

const serverUrl = process.env.TEST_POSTGRES_URL;

describe.skipIf(!serverUrl)('the same rhythm on PostgreSQL (a deployment that outgrew one machine)', () => {
  let harness: Harness;
  let database: ScratchDatabase;

  beforeEach(async () => {
    database = await createScratchDatabase(serverUrl!, 'qs_e2e');
    harness = await startHarness({ databaseUrl: database.url });
    await harness.importOrganisation(undefined, new Date('2026-10-01T08:00:00+08:00'));
  });
  afterEach(async () => {
    await harness?.close();
    await database?.drop();
  });

  it('pushes once, takes a card answer and a hazard by text (a stray NUL in it included), and alerts the director', async () => {
    await harness.runJob('daily-push', '2026-11-06');
    await harness.runJob('daily-push', '2026-11-06');
    await harness.settle();
    harness.actAt('2026-11-06 09:00');
    const card = latestCard(harness.standIn, people.officerWang.openId, '2026-11-06');
    await harness.lark.pressButton({ operatorOpenId: people.officerWang.openId, messageId: card.messageId, value: buttonValue(card.card, '全部正常（零风险）') });
    await harness.lark.sendText(people.officerZhao.openId, '异常 2 原料未做\u0000进货查验 措施：已封存');
    await harness.lark.sendText(people.officerZhao.openId, '其余正常');
    await harness.settle();
    expect(harness.standIn.cardsTo(people.officerWang.openId)).toHaveLength(1);
    expect(latestCard(harness.standIn, people.officerWang.openId, '2026-11-06').text).toContain('提交人：王五');
    expect(latestCard(harness.standIn, people.director.openId, '原料未做进货查验').text).toContain('赵六');
  });

  it('confirms the weekly report by text and the records verify against the chain', async () => {
    harness.actAt('2026-11-06 16:30');
    await harness.runJob('weekly-report', '2026-11-06');
    await harness.lark.sendText(people.director.openId, '排查 原料仓：发现一批未查验原料');
    await harness.lark.sendText(people.director.openId, '排查日期 2026-11-06');
    await harness.lark.sendText(people.director.openId, '参加人员 李四、赵六');
    await harness.lark.sendText(people.director.openId, '研判 进货查验执行不到位');
    await harness.lark.sendText(people.director.openId, '确认周报');
    await harness.settle();
    expect((await harness.rows.weeklyReport.findFirstOrThrow()).status).toBe('confirmed');
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });
});
