import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardToText } from '../../src/lark/card-to-text.ts';
import { verifyRecords } from '../../src/use-cases/archive/verify-records.ts';
import { buttonValue } from '../support/card-buttons.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';
import { producerDefaultChecklist } from '../../src/domain/checklists/templates/producer-default.ts';

const day = '2026-11-02';

describe('日管控 in chat: a unit with a director, a principal and two officers', () => {
  let harness: Harness;

  const cardsOf = (openId: string) => harness.standIn.cardsTo(openId).map((card) => cardToText(card));
  const latestText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
  const checkOf = async (personKey: string, date = day) => {
    const person = await harness.rows.person.findFirstOrThrow({ where: { key: personKey } });
    return harness.rows.dailyCheck.findFirstOrThrow({ where: { officerId: person.id, date }, include: { answers: true } });
  };

  /** Today's checklist card, pushed to both officers. */
  const pushToday = async () => {
    await harness.runJob('daily-push', day);
    await harness.settle();
  };
  /** Today's check of 王五, pushed and submitted as zero-risk. */
  const wangSubmitsToday = async () => {
    await pushToday();
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.settle();
  };

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation();
    harness.actAt(`${day} 10:00`);
  });
  afterEach(async () => harness?.close());

  it('pushes today’s checklist card to exactly the two officers, once, however often the push runs', async () => {
    await harness.runJob('daily-push', day);
    await harness.runJob('daily-push', day);
    await harness.settle();
    for (const officer of [people.officerWang, people.officerZhao]) {
      const cards = cardsOf(officer.openId);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toContain('每日工业产品质量安全检查记录');
      expect(cards[0]).toContain('某某电器有限公司');
      expect(cards[0]).toContain(day);
    }
    expect(harness.standIn.messagesTo(people.director.openId)).toHaveLength(0);
    expect(harness.standIn.messagesTo(people.principal.openId)).toHaveLength(0);
  });

  it('someone else pressing an officer’s card is refused politely and changes nothing', async () => {
    await pushToday();
    const wangCard = harness.standIn.messagesTo(people.officerWang.openId)[0]!;
    const press = await harness.lark.pressButton({
      operatorOpenId: people.officerZhao.openId,
      messageId: wangCard.messageId,
      value: buttonValue(wangCard.current, '全部正常（零风险）'),
    });
    expect(press.status).toBe(200);
    expect(JSON.stringify(press.body)).toContain('只有本人可以填写');
    expect((await checkOf('wang')).status).toBe('open');
  });

  it('an officer submits a zero-risk report with one tap; the card turns into the submitted record', async () => {
    await pushToday();
    const wangCard = harness.standIn.messagesTo(people.officerWang.openId)[0]!;
    const press = await harness.lark.pressButton({ operatorOpenId: people.officerWang.openId, messageId: wangCard.messageId, value: buttonValue(wangCard.current, '全部正常（零风险）') });
    expect(JSON.stringify(press.body)).toContain('零风险报告');
    await harness.settle();
    const card = cardsOf(people.officerWang.openId)[0]!;
    expect(card).toContain('提交人：王五');
    expect(card).not.toContain('[按钮');
    const check = await checkOf('wang');
    expect(check).toMatchObject({ status: 'submitted', outcome: 'zero-risk', revision: 1 });
    expect(check.answers).toHaveLength(producerDefaultChecklist.items.length);
    expect(check.answers.every((answer) => answer.answer === 'normal')).toBe(true);
    expect(check.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the other officer reports a hazard by text; the director is alerted at once and can acknowledge', async () => {
    await pushToday();
    const sent = await harness.lark.sendText(people.officerZhao.openId, '异常 3 成品仓库灭火器过期 措施：已调换备用灭火器');
    expect(sent.status).toBe(200);
    await harness.settle();
    expect(latestText(people.officerZhao.openId)).toContain('已记录第 3 项');
    const alerts = harness.standIn.messagesTo(people.director.openId);
    expect(alerts).toHaveLength(1);
    const alertText = cardToText(alerts[0]!.current);
    expect(alertText).toContain('成品仓库灭火器过期');
    expect(alertText).toContain('已调换备用灭火器');
    expect(alertText).toContain('赵六');
    expect(harness.standIn.messagesTo(people.principal.openId)).toHaveLength(0);

    // The hazard answers its own item: the officer has not said anything of the others yet.
    const open = await checkOf('zhao');
    expect(open.status).toBe('open');
    expect(open.answers.map((answer) => [answer.position, answer.answer])).toEqual([[3, 'abnormal']]);
    expect(latestText(people.officerZhao.openId)).toContain('「其余正常」');
    await harness.lark.sendText(people.officerZhao.openId, '其余正常');
    await harness.settle();
    const check = await checkOf('zhao');
    expect(check).toMatchObject({ status: 'submitted', outcome: 'hazard' });
    expect(check.answers.filter((answer) => answer.answer === 'normal')).toHaveLength(producerDefaultChecklist.items.length - 1);
    const hazard = await harness.rows.hazard.findFirstOrThrow({ where: { dailyCheckId: check.id } });
    expect(hazard).toMatchObject({ description: '成品仓库灭火器过期', measures: '已调换备用灭火器', status: 'reported' });
    expect(cardsOf(people.officerZhao.openId)[0]).toContain('发现隐患 1 项');

    await harness.lark.pressButton({ operatorOpenId: people.director.openId, messageId: alerts[0]!.messageId, value: buttonValue(alerts[0]!.current, '确认收到') });
    await harness.settle();
    expect(cardToText(harness.standIn.messagesTo(people.director.openId)[0]!.current)).toContain('已确认收到：李四');
    expect((await harness.rows.hazard.findUniqueOrThrow({ where: { id: hazard.id } })).acknowledgedAt).not.toBeNull();
  });

  it('a hazard by text without the measures taken is refused asking for them: nothing is recorded and nobody alerted yet', async () => {
    await pushToday();
    await harness.lark.sendText(people.officerZhao.openId, '异常 3 成品仓库灭火器过期');
    await harness.settle();

    expect(latestText(people.officerZhao.openId)).toContain('请写明针对第 3 项已采取的应急措施');
    expect((await checkOf('zhao')).answers).toEqual([]);
    expect(await harness.rows.hazard.count()).toBe(0);
    expect(harness.standIn.messagesTo(people.director.openId)).toHaveLength(0);
  });

  it('a forged signature is refused with 401 and changes nothing', async () => {
    await wangSubmitsToday();
    const before = await harness.rows.inboundEvent.count();
    const forged = await harness.lark.sendText(people.officerWang.openId, '更正', { overrides: { signature: 'f'.repeat(64) } });
    expect(forged.status).toBe(401);
    const unsigned = await harness.lark.sendText(people.officerWang.openId, '更正', { overrides: { unsigned: true } });
    expect(unsigned.status).toBe(401);
    const wrongToken = await harness.lark.sendText(people.officerWang.openId, '更正', { overrides: { token: 'not-the-token' } });
    expect(wrongToken.status).toBe(401);
    expect(await harness.rows.inboundEvent.count()).toBe(before);
    expect((await checkOf('wang')).status).toBe('submitted');
  });

  it('a redelivered message has no second effect', async () => {
    const first = await harness.lark.sendText(people.officerWang.openId, '帮助', { messageId: 'om_replayed_help_0001' });
    const again = await harness.lark.sendText(people.officerWang.openId, '帮助', { messageId: 'om_replayed_help_0001' });
    expect([first.status, again.status]).toEqual([200, 200]);
    await harness.settle();
    const helpReplies = harness.standIn.textsTo(people.officerWang.openId).filter((text) => text.includes('质安助手可以为您做这些事'));
    expect(helpReplies).toHaveLength(1);
  });

  it('an answer after submission is refused; 更正 keeps the old revision and opens a new one', async () => {
    await wangSubmitsToday();
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.settle();
    expect(latestText(people.officerWang.openId)).toContain('无需重复提交');
    await harness.lark.sendText(people.officerWang.openId, '异常 5 包装标识缺少生产日期');
    await harness.settle();
    expect(latestText(people.officerWang.openId)).toContain('请先回复「更正」');
    expect(await harness.rows.hazard.count({ where: { description: '包装标识缺少生产日期' } })).toBe(0);
    await harness.lark.sendText(people.officerWang.openId, '更正');
    await harness.lark.sendText(people.officerWang.openId, '异常 5 包装标识缺少生产日期 措施：已补打生产日期');
    await harness.lark.sendText(people.officerWang.openId, '提交');
    await harness.settle();
    const check = await checkOf('wang');
    expect(check).toMatchObject({ status: 'submitted', outcome: 'hazard', revision: 2 });
    expect(check.answers.filter((answer) => answer.revision === 1).every((answer) => answer.answer === 'normal')).toBe(true);
    expect(check.answers.find((answer) => answer.revision === 2 && answer.position === 5)?.answer).toBe('abnormal');
    const audit = await harness.rows.auditEntry.findMany({ where: { recordId: { startsWith: check.id } } });
    expect(audit.map((entry) => entry.action)).toEqual(['daily-check.submitted', 'daily-check.corrected']);
  });

  it('a suspended day sends nothing and is recorded with its reason', async () => {
    await harness.database.store.transaction((transaction) => transaction.suspensions.add('acme-plant', { startDate: '2026-11-03', endDate: '2026-11-03', reason: '设备检修停产' }));
    const before = harness.standIn.messages.length;
    await harness.runJob('daily-push', '2026-11-03');
    await harness.settle();
    expect(harness.standIn.messages.length).toBe(before);
    const check = await checkOf('wang', '2026-11-03');
    expect(check).toMatchObject({ status: 'suspended', suspensionReason: '设备检修停产' });
  });

  it('an unanswered check is closed as missed and the director gets one digest naming who missed', async () => {
    await harness.runJob('daily-push', '2026-11-04');
    harness.actAt('2026-11-04 11:00');
    await harness.settle();
    await harness.lark.sendText(people.officerWang.openId, '零风险', { });
    await harness.runJob('daily-remind', '2026-11-04');
    await harness.settle();
    expect(latestText(people.officerZhao.openId)).toContain('还没有提交');
    await harness.runJob('daily-close', '2026-11-04');
    await harness.runJob('daily-close', '2026-11-04');
    await harness.settle();
    expect((await checkOf('zhao', '2026-11-04')).status).toBe('missed');
    const digests = cardsOf(people.director.openId).filter((card) => card.includes('日管控漏检汇总'));
    expect(digests).toHaveLength(1);
    expect(digests[0]).toContain('赵六');
    expect(digests[0]).not.toContain('王五');
    expect(cardsOf(people.officerZhao.openId).at(-1)).toContain('漏检');
  });

  it('a correction left unfinished at the close is dropped: the submitted record stands, not a missed day', async () => {
    await harness.runJob('daily-push', '2026-11-05');
    await harness.settle();
    harness.actAt('2026-11-05 09:00');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.lark.sendText(people.officerZhao.openId, '全部正常');
    await harness.lark.sendText(people.officerWang.openId, '更正');
    await harness.settle();
    expect((await checkOf('wang', '2026-11-05')).status).toBe('open');
    await harness.runJob('daily-close', '2026-11-05');
    await harness.settle();
    expect(await checkOf('wang', '2026-11-05')).toMatchObject({ status: 'submitted', outcome: 'zero-risk', revision: 1 });
    expect(cardsOf(people.director.openId).filter((card) => card.includes('日管控漏检汇总') && card.includes('2026-11-05'))).toHaveLength(0);
    expect((await verifyRecords(harness.database.archiveRows)).problems).toEqual([]);
  });
});
