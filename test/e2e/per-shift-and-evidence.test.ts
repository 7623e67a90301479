import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestCard } from '../support/chat-views.ts';
import { type Harness, organisationYaml, people, startHarness } from '../support/service-harness.ts';

const perShift = organisationYaml.replace("    checklist: producer-default\n", "    checklist: producer-default\n    cadence: { control: per-shift, shifts: ['08:00', '16:00'], investigation: weekly, scheduling: monthly }\n");

describe('a unit on per-shift control, and evidence of a rectification sent in chat', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation(perShift, new Date('2026-10-01T08:00:00+08:00'));
  });
  afterEach(async () => harness?.close());

  it('each shift is its own check and card; a chat word answers the latest open shift', async () => {
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    const cards = harness.standIn.cardsTo(people.officerWang.openId);
    expect(cards).toHaveLength(2);
    harness.actAt('2026-11-02 16:30');
    await harness.lark.sendText(people.officerWang.openId, '全部正常');
    await harness.settle();
    const wang = await harness.rows.person.findFirstOrThrow({ where: { key: 'wang' } });
    const checks = await harness.rows.dailyCheck.findMany({ where: { officerId: wang.id }, orderBy: { shift: 'asc' } });
    expect(checks.map((check) => [check.shift, check.status])).toEqual([
      ['08:00', 'open'],
      ['16:00', 'submitted'],
    ]);
  });

  it('a photo sent by the owner of a rectification is kept as its evidence', async () => {
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 17:00');
    await harness.lark.sendText(people.officerZhao.openId, '异常 2 原料仓湿度超标 措施：开启除湿机');
    await harness.settle();
    await harness.lark.sendText(people.director.openId, '整改 1 王五 2026-11-05');
    await harness.lark.sendText(people.officerWang.openId, '已整改 1 已开启除湿机，湿度恢复正常');
    await harness.settle();
    harness.actAt('2026-11-02 17:05');
    const photo = Buffer.from('humidity back to normal, photographed');
    await harness.lark.sendAttachment(people.officerWang.openId, { kind: 'image', bytes: photo, mediaType: 'image/png' });
    await harness.settle();
    expect(harness.standIn.textsTo(people.officerWang.openId).at(-1)).toContain('作为第 1 号隐患的整改证据保存');
    const evidence = await harness.rows.evidence.findFirstOrThrow();
    expect(evidence).toMatchObject({ step: 'rectification', kind: 'image', size: photo.byteLength });
    expect(latestCard(harness.standIn, people.director.openId, '原料仓湿度超标').text).toContain('已附证据 1 份');
  });

  it('帮助 tells each person the words of their role', async () => {
    await harness.lark.sendText(people.officerZhao.openId, '帮助');
    await harness.lark.sendText(people.director.openId, '帮助');
    await harness.lark.sendText(people.principal.openId, '帮助');
    await harness.settle();
    const help = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
    expect(help(people.officerZhao.openId)).toContain('全部正常');
    expect(help(people.officerZhao.openId)).not.toContain('确认周报');
    expect(help(people.director.openId)).toContain('确认周报');
    expect(help(people.principal.openId)).toContain('确认纪要');
    expect(help(people.principal.openId)).not.toContain('「全部正常」或「零风险」');
  });
});
