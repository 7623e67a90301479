import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardToText } from '../../src/lark/card-to-text.ts';
import { buttonValue } from '../support/card-buttons.ts';
import { filesTo, latestCard } from '../support/chat-views.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

const week = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];

describe('周排查: a week of checks, a hazard taken through its whole life, and the weekly report', () => {
  let harness: Harness;
  const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';
  /** The director's draft of the week's report, compiled on Friday afternoon. */
  const compileReport = async () => {
    harness.actAt('2026-11-06 16:30');
    await harness.runJob('weekly-report', '2026-11-06');
    await harness.settle();
    return latestCard(harness.standIn, people.director.openId, '每周工业产品质量安全排查治理报告');
  };

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation();
    for (const [index, day] of week.entries()) {
      await harness.runJob('daily-push', day);
      await harness.settle();
      harness.actAt(`${day} 09:30`);
      await harness.lark.sendText(people.officerWang.openId, '全部正常');
      if (index === 0) {
        await harness.lark.sendText(people.officerZhao.openId, '异常 3 成品仓库灭火器过期 措施：已调换备用灭火器');
        await harness.lark.sendText(people.officerZhao.openId, '其余正常');
      }
      if (index === 1) {
        const card = latestCard(harness.standIn, people.officerZhao.openId, day);
        await harness.lark.pressButton({ operatorOpenId: people.officerZhao.openId, messageId: card.messageId, value: buttonValue(card.card, '异常', 4) });
        const withForm = latestCard(harness.standIn, people.officerZhao.openId, day);
        await harness.lark.pressButton({
          operatorOpenId: people.officerZhao.openId,
          messageId: withForm.messageId,
          value: buttonValue(withForm.card, '上报隐患'),
          formValue: { hazard_description: '包装标识缺少生产日期', hazard_measures: '该批次暂停出库', hazard_serious: 'false' },
        });
        await harness.lark.sendText(people.officerZhao.openId, '全部正常');
      }
      if (index === 2 || index === 4) await harness.lark.sendText(people.officerZhao.openId, '零风险');
      await harness.settle();
      await harness.runJob('daily-close', day);
      await harness.settle();
    }
  });
  afterEach(async () => harness?.close());

  it('recorded the week as people answered it: two hazards, one missed day', async () => {
    const hazards = await harness.rows.hazard.findMany({ orderBy: { number: 'asc' } });
    expect(hazards.map((hazard) => hazard.description)).toEqual(['成品仓库灭火器过期', '包装标识缺少生产日期']);
    const missed = await harness.rows.dailyCheck.findMany({ where: { status: 'missed' } });
    expect(missed.map((check) => check.date)).toEqual(['2026-11-05']);
  });

  it('takes hazard 1 from report to closed, each step by the person whose step it is', async () => {
    harness.actAt('2026-11-06 10:00');
    const alert = latestCard(harness.standIn, people.director.openId, '成品仓库灭火器过期');
    const wang = await harness.rows.person.findFirstOrThrow({ where: { key: 'wang' } });
    await harness.lark.pressButton({
      operatorOpenId: people.director.openId,
      messageId: alert.messageId,
      value: buttonValue(alert.card, '指派整改'),
      formValue: { hazard_owner: wang.id, hazard_deadline: '2026-11-10' },
    });
    await harness.settle();
    const ownerCard = latestCard(harness.standIn, people.officerWang.openId, '成品仓库灭火器过期');
    expect(ownerCard.text).toContain('2026-11-10');

    await harness.lark.sendText(people.officerZhao.openId, '已整改 1 已更换');
    await harness.settle();
    expect(lastText(people.officerZhao.openId)).toContain('整改负责人不是您');

    await harness.lark.pressButton({
      operatorOpenId: people.officerWang.openId,
      messageId: ownerCard.messageId,
      value: buttonValue(ownerCard.card, '提交整改结果'),
      formValue: { hazard_rectification: '已更换新灭火器并张贴检查标签' },
    });
    await harness.lark.sendText(people.officerWang.openId, '验证 1 通过');
    await harness.settle();
    expect(lastText(people.officerWang.openId)).toContain('质量安全总监');

    const toVerify = latestCard(harness.standIn, people.director.openId, '成品仓库灭火器过期');
    await harness.lark.pressButton({ operatorOpenId: people.director.openId, messageId: toVerify.messageId, value: buttonValue(toVerify.card, '验证通过'), formValue: { hazard_verification_note: '现场查看合格' } });
    await harness.settle();

    const hazard = await harness.rows.hazard.findFirstOrThrow({ where: { number: 1 }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(hazard.status).toBe('closed');
    expect(hazard.events.map((event) => event.action).filter((action) => action !== 'card-sent')).toEqual(['reported', 'assigned', 'rectified', 'verified']);
    expect(latestCard(harness.standIn, people.director.openId, '成品仓库灭火器过期').text).toContain('已验证关闭');
  });

  it('compiles the report for the director and refuses to confirm it without the investigation and analysis, naming each field missing', async () => {
    const draft = await compileReport();
    expect(draft.text).toContain('2026-10-31');
    await harness.lark.sendText(people.director.openId, '确认周报');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('周报还不能确认，尚未填写：排查日期、排查范围、参加人员、排查发现、分析研判');
    await harness.lark.sendText(people.director.openId, '排查 原料仓：未发现问题');
    await harness.lark.sendText(people.director.openId, '研判 进货查验执行到位');
    await harness.lark.sendText(people.director.openId, '确认周报');
    await harness.settle();
    expect(lastText(people.director.openId)).toContain('尚未填写：排查日期、参加人员。');
    expect((await harness.rows.weeklyReport.findFirstOrThrow()).status).toBe('draft');
  });

  it('a confirmation from the card with a field still empty keeps what was written as the draft and names what is missing', async () => {
    const draft = await compileReport();
    const pressed = await harness.lark.pressButton({
      operatorOpenId: people.director.openId,
      messageId: draft.messageId,
      value: buttonValue(draft.card, '确认并报送主要负责人'),
      formValue: { weekly_investigation_date: '2026-11-06', weekly_scope: '成品仓库', weekly_people: '', weekly_findings: '未发现问题', weekly_analysis: '总体受控', weekly_measures: '' },
    });
    await harness.settle();
    expect(JSON.stringify(pressed.body)).toContain('尚未填写：参加人员');
    const report = await harness.rows.weeklyReport.findFirstOrThrow();
    expect(report.status).toBe('draft');
    expect(JSON.stringify(report.investigation)).toContain('成品仓库');
  });

  it('confirms with the director’s investigation and analysis; the principal gets the card and a Word document whose numbers match', async () => {
    const draft = await compileReport();
    await harness.lark.pressButton({
      operatorOpenId: people.director.openId,
      messageId: draft.messageId,
      value: buttonValue(draft.card, '确认并报送主要负责人'),
      formValue: {
        weekly_investigation_date: '2026-11-06',
        weekly_scope: '成品仓库、包装车间',
        weekly_people: '李四、王五',
        weekly_findings: '消防器材与包装标识各一项问题',
        weekly_analysis: '隐患集中在仓储和包装环节，属管理疏漏',
        weekly_measures: '每周二专项巡查仓库',
      },
    });
    await harness.settle();
    const report = await harness.rows.weeklyReport.findFirstOrThrow();
    expect(report.status).toBe('confirmed');
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);

    expect(latestCard(harness.standIn, people.principal.openId, '每周工业产品质量安全排查治理报告').text).toContain('隐患集中在仓储和包装环节');
    const files = filesTo(harness.standIn, people.principal.openId);
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toMatch(/\.docx$/);
    const text = await docxText(files[0]!.bytes);
    expect(text).toContain('每周工业产品质量安全排查治理报告');
    expect(text).toContain('某某电器有限公司');
    expect(text).toContain('应检查 10 次，已提交 9 次');
    expect(text).toContain('漏检 1 次');
    expect(text).toContain('提交率 90%');
    expect(text).toContain('成品仓库灭火器过期');
    expect(text).toContain('包装标识缺少生产日期');
    expect(text).toContain('隐患集中在仓储和包装环节');
    expect(text).toContain('李四');
  });

  it('running the weekly job again for the same week sends nothing new', async () => {
    await compileReport();
    const before = harness.standIn.messages.length;
    await harness.runJob('weekly-report', '2026-11-06');
    await harness.settle();
    expect(harness.standIn.messages.length).toBe(before);
    expect(await harness.rows.weeklyReport.count()).toBe(1);
  });
});

describe('周排查: a check of the investigation day missed after the report was compiled', () => {
  let harness: Harness;
  const reportCard = () => latestCard(harness.standIn, people.director.openId, '每周工业产品质量安全排查治理报告');
  /** An investigation day: the officers given answer in the morning, and the report is compiled at 16:00, before the 20:00 close. */
  const investigationDay = async (day: string, answering: ReadonlyArray<{ openId: string }>) => {
    await harness.runJob('daily-push', day);
    await harness.settle();
    harness.actAt(`${day} 09:30`);
    for (const officer of answering) await harness.lark.sendText(officer.openId, '全部正常');
    await harness.runJob('weekly-report', day);
    await harness.settle();
  };

  beforeEach(async () => {
    harness = await startHarness();
    await harness.importOrganisation(undefined, new Date('2026-10-30T09:00:00+08:00'));
    await investigationDay('2026-11-06', [people.officerWang]);
    await harness.runJob('daily-close', '2026-11-06');
    await harness.settle();
    await investigationDay('2026-11-13', [people.officerWang, people.officerZhao]);
  });
  afterEach(async () => harness?.close());

  it('the report compiled before the close could not list it; the next week’s report does, under its missed checks', async () => {
    const firstWeek = harness.standIn.cardsTo(people.director.openId).map((card) => cardToText(card)).find((text) => text.includes('2026-10-31 至 2026-11-06'));
    expect(firstWeek).toContain('本周无漏检');
    expect(firstWeek).not.toContain('上期报告编制后记为漏检');
    const nextWeek = reportCard().text;
    expect(nextWeek).toContain('2026-11-07 至 2026-11-13');
    expect(nextWeek).toContain('应检 2 份，已交 2 份（提交率 100%）');
    expect(nextWeek).toContain('五、漏检情况\n本周无漏检\n上期报告编制后记为漏检：2026-11-06 赵六');
  });

  it('the principal’s Word document of the next week’s report names it too', async () => {
    const draft = reportCard();
    await harness.lark.pressButton({
      operatorOpenId: people.director.openId,
      messageId: draft.messageId,
      value: buttonValue(draft.card, '确认并报送主要负责人'),
      formValue: { weekly_investigation_date: '2026-11-13', weekly_scope: '成品仓库', weekly_people: '李四', weekly_findings: '未发现问题', weekly_analysis: '上周五赵六漏检，已提醒', weekly_measures: '' },
    });
    await harness.settle();
    const files = filesTo(harness.standIn, people.principal.openId);
    expect(files.map((file) => file.fileName)).toEqual(['每周工业产品质量安全排查治理报告_某某电器有限公司_2026-11-07至2026-11-13.docx']);
    expect(await docxText(files[0]!.bytes)).toContain('上期报告编制后记为漏检：2026-11-06 赵六。');
  });
});
