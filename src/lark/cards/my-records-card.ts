import { leaveNote } from '../../domain/leave/leave-note.ts';
import type { DayState } from '../../domain/records/daily-record-facts.ts';
import type { MyRecordsView } from '../../ports/notifications.ts';
import { card, type Card, markdown, note } from './card-json.ts';
import { escapeMarkdown } from './markdown-text.ts';

export const MY_RECORDS_TITLE = '我的检查记录';

const STATE_WORDS: Record<DayState, string> = {
  'zero-risk': '✅ 已提交（零风险）',
  hazard: '⚠️ 已提交，发现隐患',
  missed: '❌ 漏检',
  suspended: '⏸ 停产停业',
  open: '⏳ 未提交',
};

/** 我的记录: the officer's last 30 days, newest first, with what each day's record says. */
export function buildMyRecordsCard(view: MyRecordsView): Card {
  const { counts } = view;
  const totals = `应检 ${counts.expected} 次，已提交 ${counts.submitted} 次（零风险 ${counts.zeroRisk}，发现隐患 ${counts.withHazards}），漏检 ${counts.missed} 次，未提交 ${counts.open} 次${counts.suspended > 0 ? `，停产停业 ${counts.suspended} 次` : ''}`;
  const lines = view.days.map((day) => {
    const shift = day.shift.trim() ? `（${escapeMarkdown(day.shift)}）` : '';
    const leave = day.leave ? `（${escapeMarkdown(leaveNote(day.leave.substituteName))}）` : '';
    return `${day.date}${shift}　${STATE_WORDS[day.state]}${day.hazards > 0 ? ` ${day.hazards} 项` : ''}${leave}`;
  });
  return card({
    title: MY_RECORDS_TITLE,
    subtitle: `${view.unitName} · ${view.officerName}`,
    template: counts.missed > 0 ? 'orange' : 'blue',
    summary: `${MY_RECORDS_TITLE} ${view.from} 至 ${view.to}：已提交 ${counts.submitted} 次，漏检 ${counts.missed} 次`,
    elements: [
      markdown(`**${view.from} 至 ${view.to}**\n${totals}`),
      markdown(lines.length > 0 ? lines.join('\n') : '这段时间没有需要您填写的检查。'),
      note('回复「我的记录」可随时再看；漏检和隐患以存档记录为准。'),
    ],
  });
}
