import type { Store } from '../../ports/store.ts';

/** daily-remind: one nudge per open check; the job-run claim keeps a rerun from nudging twice. */
export async function remindDailyChecks(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ reminded: number; alreadyRun: boolean }> {
  return store.transaction(async (transaction) => {
    if (!(await transaction.jobRuns.claim('daily-remind', input.unitId, input.date, input.now))) return { reminded: 0, alreadyRun: true };
    const members = await transaction.people.membersOf(input.unitId);
    const names = new Map(members.map((member) => [member.personId, member]));
    let reminded = 0;
    for (const check of await transaction.dailyChecks.forDate(input.unitId, input.date)) {
      const officer = names.get(check.officerId);
      if (check.status !== 'open' || !officer?.openId) continue;
      const shift = check.shift ? `（${check.shift} 班次）` : '';
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: officer.openId,
        notification: {
          kind: 'text',
          text: `${officer.name}，您 ${input.date}${shift}的《每日工业产品质量安全检查记录》还没有提交。请在检查卡片上填写，或回复「全部正常」提交零风险报告、「异常 <序号> <描述>」上报隐患。今日截止后未提交将记为漏检。`,
        },
      });
      reminded += 1;
    }
    await transaction.jobRuns.finish('daily-remind', input.unitId, input.date, input.now);
    return { reminded, alreadyRun: false };
  });
}
