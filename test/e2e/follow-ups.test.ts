import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

describe('follow-ups: what was left undone is chased, once a day', () => {
  let harness: Harness;
  const texts = (openId: string) => harness.standIn.textsTo(openId);

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation();
    await harness.runJob('daily-push', '2026-11-06');
    harness.actAt('2026-11-06 09:00');
    await harness.lark.sendText(people.officerZhao.openId, '异常 2 原料仓湿度超标 措施：开启除湿机');
    await harness.lark.sendText(people.officerZhao.openId, '其余正常');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.settle();
    await harness.lark.sendText(people.director.openId, '整改 1 赵六 2026-11-07');
    await harness.runJob('weekly-report', '2026-11-06');
    await harness.settle();
  });
  afterEach(async () => harness?.close());

  it('the morning after, the director is reminded of the unconfirmed weekly report; the principal is not yet told', async () => {
    await harness.runJob('follow-ups', '2026-11-07');
    await harness.runJob('follow-ups', '2026-11-07');
    await harness.settle();
    expect(texts(people.director.openId).filter((text) => text.includes('还未确认'))).toHaveLength(1);
    expect(texts(people.principal.openId).filter((text) => text.includes('未由质量安全总监'))).toHaveLength(0);
  });

  it('two days after, the principal is told', async () => {
    await harness.runJob('follow-ups', '2026-11-08');
    await harness.settle();
    expect(texts(people.principal.openId).filter((text) => text.includes('超过两天未由质量安全总监'))).toHaveLength(1);
  });

  it('an overdue rectification reminds its owner and tells the director', async () => {
    await harness.runJob('follow-ups', '2026-11-08');
    await harness.settle();
    expect(texts(people.officerZhao.openId).some((text) => text.includes('整改期限 2026-11-07 已过'))).toBe(true);
    expect(texts(people.director.openId).some((text) => text.includes('由赵六负责整改，期限 2026-11-07 已过'))).toBe(true);
    const events = await harness.rows.hazardEvent.findMany({ where: { action: 'overdue-reminded' } });
    expect(events).toHaveLength(1);
  });
});
