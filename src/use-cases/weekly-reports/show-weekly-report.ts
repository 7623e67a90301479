import { WordedRefusal } from '../../domain/worded-refusal.ts';
import type { Store } from '../../ports/store.ts';
import { replied, type InteractionResult } from '../interaction-result.ts';
import { reportPeople } from './report-people.ts';
import { weeklyReportCardView } from './weekly-report-card.ts';

/** 周报: the director gets the draft to work on (the new card becomes the one that updates); the principal the latest report. */
export async function showWeeklyReport(store: Store, input: { actorOpenId: string }): Promise<InteractionResult> {
  return store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
    if (memberships.length === 0) throw new WordedRefusal('NOT_ALLOWED', '周报由质量安全总监和主要负责人查看。');
    const lines: string[] = [];
    for (const member of memberships) {
      const unit = await transaction.units.get(member.unitId);
      const report = await transaction.weeklyReports.latest(member.unitId);
      if (!unit || !report || !member.openId) {
        lines.push(`${unit?.name ?? member.unitId}：还没有周报。`);
        continue;
      }
      const { writer } = await reportPeople(transaction, unit.id);
      const isWriter = writer?.personId === member.personId;
      const audience = isWriter ? 'director' : 'principal';
      const outboxId = await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId, notification: { kind: 'weekly-report', view: weeklyReportCardView(report, unit, audience, writer?.name ?? '') } });
      if (isWriter && report.status === 'draft') await transaction.weeklyReports.setCard(report.id, outboxId);
      lines.push(`${unit.name}：${report.periodStart} 至 ${report.periodEnd} 的周报${report.status === 'confirmed' ? '（已确认）' : '（草稿，待总监确认）'}已发送。`);
    }
    return replied(lines.join('\n'), 'info');
  });
}
