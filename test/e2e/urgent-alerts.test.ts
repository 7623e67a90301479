import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** Lark does not ring for an ordinary message: a serious hazard and a veto are buzzed (加急) to whoever must act. */
describe('urgent alerts', () => {
  let harness: Harness;
  const buzzedFor = (openId: string) => harness.standIn.urgentCalls.filter((call) => call.openIds.includes(openId));
  const messageOf = (messageId: string) => harness.standIn.message(messageId);

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation();
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 10:00');
  });
  afterEach(async () => harness?.close());

  it('a serious hazard buzzes the director and the principal in the app, on the alert card itself', async () => {
    await harness.lark.sendText(people.officerWang.openId, '异常 4 严重 不合格品混入成品区 措施：已隔离');
    await harness.settle();
    for (const person of [people.director, people.principal]) {
      const calls = buzzedFor(person.openId);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.channel).toBe('app');
      expect(messageOf(calls[0]!.messageId)?.recipientOpenId).toBe(person.openId);
      expect(messageOf(calls[0]!.messageId)?.msgType).toBe('interactive');
    }
    expect(buzzedFor(people.officerWang.openId)).toHaveLength(0);
  });

  it('an ordinary hazard alerts the director without a buzz', async () => {
    await harness.lark.sendText(people.officerWang.openId, '异常 4 不合格品标识不清 措施：已重新标识');
    await harness.settle();
    expect(harness.standIn.cardsTo(people.director.openId).length).toBeGreaterThan(0);
    expect(harness.standIn.urgentCalls).toHaveLength(0);
  });

  it('a veto buzzes the principal and the director, not the officer who raised it', async () => {
    await harness.lark.sendText(people.officerZhao.openId, '否决 第二批电源适配器温升超标，建议停止销售');
    await harness.settle();
    expect(buzzedFor(people.principal.openId)).toHaveLength(1);
    expect(buzzedFor(people.director.openId)).toHaveLength(1);
    expect(buzzedFor(people.officerZhao.openId)).toHaveLength(0);
  });
});
