import { ROLE_NAMES, type Role } from '../../domain/people/role.ts';
import type { HelpRequested } from '../../use-cases/assistance/show-help.ts';
import type { ChatAnswer } from '../handlers/chat-answer.ts';

// The catalogue lives beside the grammar (chat-words.ts): a new chat word is one parser line and one line here.
const wordsByRole: Record<Role, string[]> = {
  officer: [
    '「全部正常」或「零风险」：提交今天的零风险报告（所有检查项正常）',
    '「异常 <序号> <隐患描述> 措施：<已采取的措施>」：上报某一检查项的隐患，例如「异常 3 灭火器过期 措施：已更换」；加「严重」二字同时报告主要负责人',
    '「正常 <序号>」「不适用 <序号>」：逐项填写；「其余正常」：检查后其余各项都正常时提交；「提交」：全部填写后提交',
    '「更正」：修改今天已提交的记录（原记录保留备查）',
    '也可以直接在检查卡片上点按钮填写',
    '被指派整改时：「已整改 <隐患编号> <整改情况>」提交整改结果，可再发送照片或文件作为佐证',
    '「建议 <内容>」向主要负责人提建议；「否决 <产品和理由>」提出停止生产/销售的否决建议；「我的建议」查看处理情况',
  ],
  director: [
    '隐患卡片上「确认收到」「指派整改」「升级报告主要负责人」「验证通过/不通过」，或用文字：',
    '「整改 <隐患编号> <负责人> <期限>」指派整改，例如「整改 3 王五 2026-12-05」',
    '「验证 <隐患编号> 通过」或「验证 <隐患编号> 不通过 <原因>」验证整改结果',
    '「升级 <隐患编号> <原因>」升级报告主要负责人；「隐患」查看未关闭的隐患',
    '「周报」查看本期周报；「排查 <范围>：<发现>」「排查日期 <日期>」「参加人员 <姓名>」「研判 <分析研判>」「周报措施 <措施>」填写周报；「确认周报」确认并报送主要负责人',
    '每天截止后会收到漏检汇总',
    '「建议 <内容>」「否决 <产品和理由>」向主要负责人报告；「我的建议」查看处理情况',
    '「纪要」查看已确认的调度会议纪要',
    '「导出 2026-11」接收该月的存档备查档案（压缩包）及缺漏清单；只说「导出」为上个月',
  ],
  principal: [
    '收到严重隐患、升级的隐患或单位未设总监时的隐患报告，在卡片上确认收到并决定整改',
    '「周报」查看最新的周报；「隐患」查看未关闭的隐患',
    '「纪要」查看本月调度会议纪要；「会议 <日期> <参会人员>」记录调度会议的召开时间和参会人员；「安排 <每行一条>」修改下月重点工作安排；「确认纪要」确认并分发',
    '对建议和否决：「采纳 <编号> <措施>」或「驳回 <编号> <理由>」；「我的建议」查看待答复的建议',
    '「导出 2026-11」接收该月的存档备查档案（压缩包）及缺漏清单；只说「导出」为上个月',
  ],
};

export function helpReply(outcome: HelpRequested): ChatAnswer {
  if (outcome.memberships.length === 0) {
    return {
      reply: '您好，我是质安助手，负责日管控、周排查、月调度。您还没有被登记为任何单位的主要负责人、质量安全总监或质量安全员，请联系管理员在组织文件中登记。',
      tone: 'info',
    };
  }
  const sections = outcome.memberships.flatMap((member) =>
    member.roles.map((role) => [`【${member.unitId} · ${ROLE_NAMES[role]}】`, ...wordsByRole[role].map((line) => `· ${line}`)].join('\n')),
  );
  return { reply: ['质安助手可以为您做这些事：', ...sections, '「帮助」：再次查看本说明'].join('\n'), tone: 'info' };
}
