import { ROLE_NAMES, type Role } from '../../domain/people/role.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';

const wordsByRole: Record<Role, string[]> = {
  officer: [
    '「全部正常」或「零风险」：提交今天的零风险报告（所有检查项正常）',
    '「异常 <序号> <隐患描述>」：上报某一检查项的隐患，例如「异常 3 灭火器过期 措施：已更换」；加「严重」二字同时报告主要负责人',
    '「正常 <序号>」「不适用 <序号>」：逐项填写；「提交」：全部填写后提交',
    '「更正」：修改今天已提交的记录（原记录保留备查）',
    '也可以直接在检查卡片上点按钮填写',
  ],
  director: [
    '收到隐患报告卡片后点「确认收到」',
    '每天截止后会收到漏检汇总',
  ],
  principal: [
    '收到严重隐患报告、或单位未设质量安全总监时的隐患报告，点「确认收到」',
  ],
};

export async function showHelp(store: Store, input: { actorOpenId: string }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const memberships = await transaction.people.byOpenId(input.actorOpenId);
    if (memberships.length === 0) {
      return replied('您好，我是质安助手，负责日管控、周排查、月调度。您还没有被登记为任何单位的主要负责人、质量安全总监或质量安全员，请联系管理员在组织文件中登记。', 'info');
    }
    const sections = memberships.flatMap((member) =>
      member.roles.map((role) => [`【${member.unitId} · ${ROLE_NAMES[role]}】`, ...wordsByRole[role].map((line) => `· ${line}`)].join('\n')),
    );
    return replied(['质安助手可以为您做这些事：', ...sections, '「帮助」：再次查看本说明'].join('\n'), 'info');
  });
}
