import { leaveNote } from '../../domain/leave/leave-note.ts';
import type { MissedChecksDigestView } from '../../ports/notifications.ts';
import { card, markdown, type Card } from './card-json.ts';
import { escapeMarkdown } from './markdown-text.ts';

export const MISSED_CHECKS_DIGEST_TITLE = '日管控漏检汇总';

/** Tells the director, after the day closed, whose daily check never came in. */
export function buildMissedChecksDigestCard(view: MissedChecksDigestView): Card {
  const counts = `**单位**：${escapeMarkdown(view.unitName)}\n**日期**：${view.date}\n应检 ${view.expectedCount} 份 / 已交 ${view.submittedCount} 份`;
  const missed =
    view.missed.length === 0
      ? '✅ 无人漏检，应检记录均已按时提交'
      : [
          `**漏检 ${view.missed.length} 人：**`,
          ...view.missed.map(({ officerName, shift, onLeave }) => {
            const name = escapeMarkdown(officerName);
            const leave = onLeave ? ` 漏检（${escapeMarkdown(leaveNote(onLeave.substituteName))}）` : '';
            return shift.trim() ? `· ${name}（${escapeMarkdown(shift)}）${leave}` : `· ${name}${leave}`;
          }),
        ].join('\n');
  return card({
    title: MISSED_CHECKS_DIGEST_TITLE,
    subtitle: `${view.unitName} · ${view.date}`,
    template: view.missed.length === 0 ? 'green' : 'orange',
    summary: `${MISSED_CHECKS_DIGEST_TITLE} ${view.date}：漏检 ${view.missed.length} 人`,
    elements: [markdown(counts), markdown(missed)],
  });
}
