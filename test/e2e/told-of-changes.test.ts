import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf } from '../../lark-stand-in/card-reading.ts';
import { latestCard } from '../support/chat-views.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

/** Lark does not notify a card update: whoever an item changed for is told by a message of its own. */
describe('the person whose item changed is told by a new message', () => {
  let harness: Harness;
  const texts = (openId: string) => harness.standIn.textsTo(openId);
  const say = async (openId: string, text: string) => {
    await harness.lark.sendText(openId, text);
    await harness.settle();
  };

  beforeAll(async () => {
    harness = await startHarness();
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    await harness.runJob('daily-push', '2026-11-02');
    await harness.settle();
    harness.actAt('2026-11-02 09:00');
    await say(people.officerWang.openId, '异常 7 标签缺少 CCC 标志 措施：已下架');
    await say(people.officerWang.openId, '其余正常');
    await say(people.director.openId, '整改 1 王五 2026-11-06');
    await say(people.officerWang.openId, '已整改 1 已补贴标志');
  });
  afterAll(async () => harness?.close());

  it('a rectification sent back reaches its owner as a message with the reason, and again when it is passed the card has no step left', async () => {
    const before = texts(people.officerWang.openId).length;
    await say(people.director.openId, '验证 1 不通过 标志贴错位置');
    const told = texts(people.officerWang.openId).slice(before);
    expect(told).toEqual([expect.stringContaining('第 1 号隐患（')]);
    expect(told[0]).toContain('整改验证未通过：标志贴错位置');

    await say(people.officerWang.openId, '已整改 1 已重新粘贴');
    await say(people.director.openId, '验证 1 通过');
    const closed = latestCard(harness.standIn, people.director.openId, '标签缺少 CCC 标志');
    expect(closed.text).toContain('已验证关闭');
    expect(buttonsOf(closed.card).map((button) => button.label)).toEqual([]);
  });

  it('the proposer of a suggestion is told the principal’s answer', async () => {
    await say(people.officerZhao.openId, '建议 仓库增设温湿度计');
    await say(people.principal.openId, '采纳 1 本月内采购安装');
    expect(texts(people.officerZhao.openId).at(-1)).toBe('您提出的第 1 号建议（仓库增设温湿度计）已由主要负责人张三答复：采纳，措施：本月内采购安装');
  });
});
