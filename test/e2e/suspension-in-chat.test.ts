import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** 停工停产 declared where the principal and director already are: in chat, not only from the command line. */
describe('a suspension declared in chat', () => {
  let harness: Harness;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation();
    harness.actAt('2026-11-09 09:00');
  });
  afterEach(async () => harness?.close());

  it('the director declares it: everyone is told, and its days are recorded as suspended with the reason instead of pushed', async () => {
    await harness.lark.sendText(people.director.openId, '停产 2026-11-10 至 2026-11-11 设备检修');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('已登记');
    expect(lastText(people.director.openId)).toContain('2026-11-10 至 2026-11-11 停工停产（停业）：设备检修');
    expect(lastText(people.officerWang.openId)).toContain('设备检修');
    await harness.runJob('daily-push', '2026-11-10');
    await harness.settle();
    const checks = await harness.rows.dailyCheck.findMany({ where: { date: '2026-11-10' } });
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((check) => check.status === 'suspended')).toBe(true);
    expect(harness.standIn.cardsTo(people.officerWang.openId)).toHaveLength(0);
  });

  it('an officer may not declare one, an overlapping period is refused, and nothing is recorded twice', async () => {
    await harness.lark.sendText(people.officerWang.openId, '停产 2026-11-10 2026-11-11 设备检修');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('停产停业由主要负责人或质量安全总监登记');
    await harness.lark.sendText(people.principal.openId, '停业 2026-11-10 2026-11-12 盘点');
    await harness.lark.sendText(people.director.openId, '停产 2026-11-12 2026-11-13 设备检修');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('与已登记的停产停业期间 2026-11-10 至 2026-11-12（盘点）重叠');
    expect(await harness.rows.suspensionPeriod.count()).toBe(1);
  });
});
