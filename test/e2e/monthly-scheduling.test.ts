import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { daysBetweenInclusive } from '../../src/domain/calendar/local-time.ts';
import { buttonValue } from '../support/card-buttons.ts';
import { filesTo, latestCard } from '../support/chat-views.ts';
import { docxText } from '../support/docx-text.ts';
import { type Harness, people, startHarness } from '../support/service-harness.ts';

const fridays = ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'];

const veto = '否决 第18日批次电源适配器出厂检验缺签字，建议暂停该批次销售';
const vetoAnswer = '经复核该批次签字已补齐，检验合格';

describe('月调度: a month of records, a rejected veto, and minutes confirmed by message', () => {
  describe('a veto, from the officer who raises it to the principal’s answer', () => {
    let harness: Harness;
    const lastText = (openId: string) => harness.standIn.textsTo(openId).at(-1) ?? '';

    beforeEach(async () => {
      harness = await startHarness();
      await harness.importOrganisation();
    });
    afterEach(async () => harness?.close());

    it('a veto goes to the principal, who alone may answer it; unanswered it is chased the same day, at each job of the day', async () => {
      harness.actAt('2026-11-19 10:00');
      await harness.lark.sendText(people.officerZhao.openId, veto);
      await harness.settle();
      expect(lastText(people.officerZhao.openId)).toContain('第 1 号');
      const principalCard = latestCard(harness.standIn, people.principal.openId, '否决');
      expect(principalCard.text).toContain('电源适配器');

      await harness.lark.sendText(people.director.openId, '驳回 1 我觉得没问题');
      await harness.settle();
      expect(lastText(people.director.openId)).toContain('由主要负责人答复');

      const chases = () => harness.standIn.textsTo(people.principal.openId).filter((text) => text.includes('第 1 号否决建议（停止生产/销售）已'));
      await harness.runJob('follow-ups', '2026-11-19');
      await harness.settle();
      expect(chases()).toHaveLength(0);
      await harness.runJob('daily-remind', '2026-11-19');
      await harness.runJob('daily-remind', '2026-11-19');
      await harness.settle();
      expect(chases()).toEqual([expect.stringContaining('已 6 小时仍未答复')]);
      expect(chases()[0]).toContain('主要负责人应当立即组织分析研判，采取处置措施（第四条）');
      await harness.runJob('daily-close', '2026-11-19');
      await harness.runJob('follow-ups', '2026-11-20');
      await harness.settle();
      expect(chases()).toHaveLength(3);

      harness.actAt('2026-11-21 11:00');
      await harness.lark.pressButton({
        operatorOpenId: people.principal.openId,
        messageId: principalCard.messageId,
        value: buttonValue(principalCard.card, '驳回'),
        formValue: { suggestion_answer: vetoAnswer },
      });
      await harness.settle();
      const suggestion = await harness.rows.suggestion.findFirstOrThrow();
      expect(suggestion).toMatchObject({ decision: 'rejected', answer: vetoAnswer });
      expect(latestCard(harness.standIn, people.officerZhao.openId, '否决').text).toContain('经复核该批次签字已补齐');

      await harness.lark.sendText(people.principal.openId, '采纳 1 立即停售');
      await harness.settle();
      expect(lastText(people.principal.openId)).toContain('答复不能修改');
      expect((await harness.rows.suggestion.findFirstOrThrow()).decision).toBe('rejected');
    });
  });

  describe('an adopted veto, tracked to done', () => {
    let harness: Harness;
    beforeEach(async () => {
      harness = await startHarness();
      await harness.importOrganisation();
    });
    afterEach(async () => harness?.close());

    it('its measure becomes a serious hazard of its own, assigned, rectified and verified like any other, and the principal is reminded of the recall', async () => {
      harness.actAt('2026-11-19 10:00');
      await harness.lark.sendText(people.officerZhao.openId, veto);
      await harness.lark.sendText(people.principal.openId, '采纳 1 暂停该批次销售，已售产品通知客户退换');
      await harness.settle();
      const reply = harness.standIn.textsTo(people.principal.openId).at(-1) ?? '';
      expect(reply).toContain('采纳的措施已登记为第 1 号隐患跟踪到完成');
      expect(reply).toContain('经确认存在缺陷的，应当按照国家有关规定进行召回（第四条）');
      expect(await harness.rows.hazard.findFirstOrThrow()).toMatchObject({ itemCode: 'veto', itemText: '否决建议（第 1 号）', serious: true, measures: '暂停该批次销售，已售产品通知客户退换', status: 'reported' });
      expect(latestCard(harness.standIn, people.director.openId, '电源适配器出厂检验缺签字').text).toContain('来源：否决建议（第 1 号）');

      await harness.lark.sendText(people.director.openId, '整改 1 王五 2026-11-21');
      harness.actAt('2026-11-20 15:00');
      await harness.lark.sendText(people.officerWang.openId, '已整改 1 该批次已全部下架封存，3 位客户已退换');
      await harness.lark.sendText(people.director.openId, '验证 1 通过');
      await harness.settle();
      expect(await harness.rows.hazard.findFirstOrThrow()).toMatchObject({ status: 'closed', rectification: '该批次已全部下架封存，3 位客户已退换' });
    });
  });

  describe('the month’s minutes, drafted from its records and its veto, changed and confirmed by text', () => {
    let harness: Harness;
    let refusedWithoutMeeting = '';
    let refusedAheadOfToday = '';
    let refusedWithoutDirectorReport = '';
    const directorsReport = '汇报 本月周排查发现隐患 2 项，均已落实整改；出厂检验签字缺失须逐批核对';
    const summary = '总结 本月日管控总体落实，漏检 1 次须杜绝；出厂检验环节列为下月重点';

    beforeAll(async () => {
      harness = await startHarness();
      await harness.importOrganisation();
      for (const day of daysBetweenInclusive('2026-11-01', '2026-11-30')) {
        await harness.runJob('daily-push', day);
        await harness.settle();
        harness.actAt(`${day} 09:00`);
        if (day === '2026-11-10') await harness.lark.sendText(people.officerWang.openId, '异常 4 不合格品未隔离存放 措施：已移入不合格品区');
        await harness.lark.sendText(people.officerWang.openId, day === '2026-11-10' ? '其余正常' : '全部正常');
        if (day === '2026-11-18') {
          await harness.lark.sendText(people.officerZhao.openId, '异常 6 出厂检验记录缺签字 措施：已暂停该批出厂');
          await harness.lark.sendText(people.officerZhao.openId, '其余正常');
        } else if (day !== '2026-11-25') await harness.lark.sendText(people.officerZhao.openId, '全部正常');
        if (day === '2026-11-19') await harness.lark.sendText(people.officerZhao.openId, veto);
        if (day === '2026-11-21') await harness.lark.sendText(people.principal.openId, `驳回 1 ${vetoAnswer}`);
        await harness.settle();
        await harness.runJob('daily-close', day);
        if (fridays.includes(day)) {
          harness.actAt(`${day} 16:30`);
          await harness.runJob('weekly-report', day);
          await harness.lark.sendText(people.director.openId, '排查 全厂各车间：未发现新问题');
          await harness.lark.sendText(people.director.openId, `排查日期 ${day}`);
          await harness.lark.sendText(people.director.openId, '参加人员 李四、王五、赵六');
          await harness.lark.sendText(people.director.openId, '研判 本周总体受控');
          await harness.lark.sendText(people.director.openId, '确认周报');
        }
        await harness.settle();
      }
      harness.actAt('2026-11-30 10:30');
      await harness.runJob('monthly-minutes', '2026-11-30');
      await harness.settle();
      await harness.lark.sendText(people.principal.openId, '安排 1. 完成第 1、2 号隐患整改\n2. 十二月组织一次质量安全培训');
      await harness.lark.sendText(people.principal.openId, '确认纪要');
      await harness.settle();
      refusedWithoutMeeting = harness.standIn.textsTo(people.principal.openId).at(-1) ?? '';
      await harness.lark.sendText(people.principal.openId, '会议 2026-12-01 张三、李四');
      await harness.settle();
      refusedAheadOfToday = harness.standIn.textsTo(people.principal.openId).at(-1) ?? '';
      await harness.lark.sendText(people.principal.openId, '会议 2026-11-30 张三、李四、王五');
      await harness.lark.sendText(people.principal.openId, summary);
      await harness.lark.sendText(people.principal.openId, '确认纪要');
      await harness.settle();
      refusedWithoutDirectorReport = harness.standIn.textsTo(people.principal.openId).at(-1) ?? '';
      harness.actAt('2026-11-30 17:40');
      await harness.lark.sendText(people.officerWang.openId, directorsReport);
      await harness.lark.sendText(people.director.openId, directorsReport);
      await harness.settle();
      harness.actAt('2026-11-30 18:00');
      await harness.lark.sendText(people.principal.openId, '确认纪要');
      await harness.settle();
    });
    afterAll(async () => harness?.close());

    it('the minutes are confirmed only once the principal has recorded the meeting as held: its date, never ahead of today, and who attended', async () => {
      expect(refusedWithoutMeeting).toContain('纪要还不能确认：尚未记录会议时间和参会人员、质量安全总监确认的汇报、主要负责人的总结');
      expect(refusedAheadOfToday).toContain('会议日期 2026-12-01 不在可记录的范围内');
      const minutes = await harness.rows.monthlyMinutes.findFirstOrThrow();
      expect((minutes.content as { meeting: { date: string; attendees: string[] } }).meeting).toMatchObject({ date: '2026-11-30', attendees: ['张三', '李四', '王五'] });
      const text = await docxText(filesTo(harness.standIn, people.director.openId).find((file) => file.fileName.includes('调度会议纪要'))!.bytes);
      expect(text).toContain('2026-11-30');
      expect(text).toContain('张三、李四、王五');
      expect(text).not.toContain('张三、李四、王五、赵六');
    });

    it('the director’s report is the director’s: drafted for them from the weekly reports, confirmed or rewritten by them alone, and the principal is told', async () => {
      const asked = harness.standIn.textsTo(people.director.openId).find((text) => text.includes('「质量安全总监汇报」须由您确认'));
      expect(asked).toContain('本期形成周排查报告 4 份（已确认 4 份）');
      expect(asked).toContain('属实请回复「确认汇报」');
      expect(refusedWithoutDirectorReport).toContain('纪要还不能确认：尚未记录质量安全总监确认的汇报');
      expect(harness.standIn.textsTo(people.officerWang.openId).at(-1)).toContain('纪要中的汇报由质量安全总监确认，您不能操作');
      expect(harness.standIn.textsTo(people.principal.openId).some((text) => text.includes('质量安全总监李四已确认') && text.includes('出厂检验签字缺失须逐批核对'))).toBe(true);
      const text = await docxText(filesTo(harness.standIn, people.principal.openId).find((file) => file.fileName.includes('调度会议纪要'))!.bytes);
      expect(text).toContain('本月周排查发现隐患 2 项，均已落实整改；出厂检验签字缺失须逐批核对');
      expect(text).toContain('（质量安全总监李四于 2026-11-30 17:40 确认）');
      expect(text).not.toContain('质安助手根据周排查报告起草');
      expect(text).toContain('本月日管控总体落实，漏检 1 次须杜绝；出厂检验环节列为下月重点');
    });

    it('the minutes are dated by the service’s clock: drafted before they were confirmed', async () => {
      const text = await docxText(filesTo(harness.standIn, people.principal.openId).find((file) => file.fileName.includes('调度会议纪要'))!.bytes);
      expect(text).toMatch(/编制时间：2026-11-30 \d\d:\d\d/);
      expect(text).toContain('主要负责人确认：张三　2026-11-30 18:00');
      const compiled = /编制时间：(\S+ \S+)/.exec(text)?.[1] ?? '';
      expect(compiled <= '2026-11-30 18:00').toBe(true);
    });

    it('the principal’s minutes hold the month’s hazards, and the arrangements as changed by text, confirmed', async () => {
      expect(latestCard(harness.standIn, people.principal.openId, '每月工业产品质量安全调度会议纪要').text).toContain('不合格品未隔离存放');
      const minutes = await harness.rows.monthlyMinutes.findFirstOrThrow();
      expect(minutes.status).toBe('confirmed');
      expect(minutes.arrangements).toEqual(['完成第 1、2 号隐患整改', '十二月组织一次质量安全培训']);
      expect(minutes.contentHash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('the director and both officers receive the confirmed minutes and a Word document with the month’s numbers', async () => {
      for (const person of [people.director, people.officerWang, people.officerZhao]) {
        expect(latestCard(harness.standIn, person.openId, '每月工业产品质量安全调度会议纪要').text).toContain('十二月组织一次质量安全培训');
        const files = filesTo(harness.standIn, person.openId).filter((file) => file.fileName.includes('调度会议纪要'));
        expect(files).toHaveLength(1);
        const text = await docxText(files[0]!.bytes);
        expect(text).toContain('每月工业产品质量安全调度会议纪要');
        expect(text).toContain('应检查 60 次，已提交 59 次');
        expect(text).toContain('漏检 1 次');
        expect(text).toContain('不合格品未隔离存放');
        expect(text).toContain('出厂检验记录缺签字');
        expect(text).toContain('经复核该批次签字已补齐');
        expect(text).toContain('十二月组织一次质量安全培训');
      }
      expect(await harness.rows.weeklyReport.count({ where: { status: 'confirmed' } })).toBe(4);
    });
  });
});
