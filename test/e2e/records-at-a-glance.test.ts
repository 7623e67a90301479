import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCard } from '../support/chat-views.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** 我的记录 and 本周情况: what a person asks to see of their own records and of the unit's week. */
describe('records at a glance', () => {
  let harness: Harness;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
  const ask = async (openId: string, text: string) => {
    await harness.lark.sendText(openId, text);
    await harness.settle();
  };

  beforeAll(async () => {
    harness = await startHarness();
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    // Monday and Tuesday closed; Wednesday is today, not yet closed.
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04']) {
      await harness.runJob('daily-push', day);
      await harness.settle();
      harness.actAt(`${day} 09:00`);
      if (day === '2026-11-03') {
        await harness.lark.sendText(people.officerWang.openId, '异常 7 标签缺少 CCC 标志 措施：已下架');
        await harness.lark.sendText(people.officerWang.openId, '其余正常');
      } else await harness.lark.sendText(people.officerWang.openId, '全部正常');
      if (day === '2026-11-02') await harness.lark.sendText(people.officerZhao.openId, '全部正常');
      if (day === '2026-11-03') {
        harness.actAt('2026-11-03 10:00');
        await harness.lark.sendText(people.director.openId, '整改 1 王五 2026-11-03');
      }
      await harness.settle();
      if (day !== '2026-11-04') await harness.runJob('daily-close', day);
    }
    harness.actAt('2026-11-04 10:00');
  });
  afterAll(async () => harness?.close());

  it('我的记录 shows an officer each day of the last 30 with its state, and the totals', async () => {
    await ask(people.officerWang.openId, '我的记录');
    expect(lastText(people.officerWang.openId)).toContain('2026-10-06 至 2026-11-04：应检 3 次，已提交 3 次（零风险 2，发现隐患 1），漏检 0 次');
    const card = latestCard(harness.standIn, people.officerWang.openId, '我的检查记录').text;
    expect(card).toContain('2026-11-03　⚠️ 已提交，发现隐患 1 项');
    expect(card).toContain('2026-11-04　✅ 已提交（零风险）');

    await ask(people.officerZhao.openId, '我的记录');
    expect(lastText(people.officerZhao.openId)).toContain('应检 3 次，已提交 1 次（零风险 1，发现隐患 0），漏检 1 次');
    const zhao = latestCard(harness.standIn, people.officerZhao.openId, '我的检查记录').text;
    expect(zhao).toContain('2026-11-03　❌ 漏检');
    expect(zhao).toContain('2026-11-04　⏳ 未提交');
  });

  it('本周情况 shows the director who is behind this week and the open hazards by owner and deadline', async () => {
    await ask(people.director.openId, '本周情况');
    expect(lastText(people.director.openId)).toContain('本周（2026-11-02 至 2026-11-04）：应检 6 次，已提交 4 次，漏检 1 次，今日未提交 1 次，未按时提交 1 人；未关闭隐患 1 项（逾期 1 项）');
    const card = latestCard(harness.standIn, people.director.openId, '本周日管控情况').text;
    expect(card).toContain('赵六：漏检 1 次，今日未提交');
    expect(card).not.toContain('王五：');
    expect(card).toContain('第 1 号 标签缺少 CCC 标志：王五，期限 2026-11-03（已逾期）');
  });

  it('each is refused to whom it does not belong, saying what they can see instead', async () => {
    await ask(people.officerWang.openId, '本周情况');
    expect(lastText(people.officerWang.openId)).toContain('「本周情况」由质量安全总监和主要负责人查看');
    await ask(people.director.openId, '我的记录');
    expect(lastText(people.director.openId)).toContain('您不是质量安全员');
  });
});
