import { leaveNote } from '../../domain/leave/leave-note.ts';
import type { UnitWeekView } from '../../ports/notifications.ts';
import { card, type Card, markdown, note } from './card-json.ts';
import { escapeMarkdown, shorten } from './markdown-text.ts';

export const UNIT_WEEK_TITLE = '本周日管控情况';

// A unit of thousands cannot be listed whole in one card (Lark caps a card's size): the names stop here.
const namesShown = 40;
const hazardsShown = 20;

/** 本周情况: the week so far at a glance — who is behind, and the hazards still open by owner and deadline. */
export function buildUnitWeekCard(view: UnitWeekView): Card {
  const { counts } = view;
  const totals = `质量安全员 ${view.officerCount} 人；应检 ${counts.expected} 次，已提交 ${counts.submitted} 次（零风险 ${counts.zeroRisk}，发现隐患 ${counts.withHazards}），漏检 ${counts.missed} 次，今日未提交 ${counts.open} 次`;
  const behind = view.behind.slice(0, namesShown).map((officer) => {
    const leave = officer.leaveToday ? `今日${leaveNote(officer.leaveToday.substituteName)}` : '';
    const parts = [officer.missed > 0 ? `漏检 ${officer.missed} 次` : '', officer.openToday ? '今日未提交' : '', leave].filter((part) => part !== '');
    return `· ${escapeMarkdown(officer.officerName)}：${parts.join('，')}`;
  });
  if (view.behind.length > namesShown) behind.push(`……等共 ${view.behind.length} 人`);
  const hazards = view.openHazards.slice(0, hazardsShown).map((hazard) => {
    const owner = hazard.ownerName ? escapeMarkdown(hazard.ownerName) : '未指派';
    const deadline = hazard.deadline ? `期限 ${hazard.deadline}${hazard.overdue ? '（已逾期）' : ''}` : '未定期限';
    return `· 第 ${hazard.number} 号 ${escapeMarkdown(shorten(hazard.description, 40))}：${owner}，${deadline}`;
  });
  if (view.openHazards.length > hazardsShown) hazards.push(`……等共 ${view.openHazards.length} 项，回复「隐患」查看全部`);
  return card({
    title: UNIT_WEEK_TITLE,
    subtitle: `${view.unitName} · ${view.from} 至 ${view.to}`,
    template: counts.missed > 0 || view.openHazards.some((hazard) => hazard.overdue) ? 'orange' : 'blue',
    summary: `${UNIT_WEEK_TITLE} ${view.from} 至 ${view.to}：漏检 ${counts.missed} 次，未关闭隐患 ${view.openHazards.length} 项`,
    elements: [
      markdown(`**${view.from} 至 ${view.to}**\n${totals}`),
      markdown(behind.length > 0 ? [`**未按时提交（${view.behind.length} 人）：**`, ...behind].join('\n') : '✅ 本周记录均已按时提交'),
      markdown(hazards.length > 0 ? [`**未关闭的隐患（${view.openHazards.length} 项）：**`, ...hazards].join('\n') : '✅ 没有未关闭的隐患'),
      note('每日截止后未提交的记为漏检；回复「本周情况」可随时再看。'),
    ],
  });
}
