import type { Store } from '../../ports/store.ts';
import { reportPeople } from './report-people.ts';
import { weeklyReportCardView } from './weekly-report-card.ts';
import { refuseWeeklyReportAccess } from './weekly-report-refusals.ts';

export interface WeeklyReportsShown {
  kind: 'weekly-reports-shown';
  /** Per unit of the person: the report whose card was just sent, or none when the unit has no report yet. */
  units: Array<{ unitName: string; report?: { periodStart: string; periodEnd: string; status: 'draft' | 'confirmed' } }>;
}

/** 周报: the director gets the draft to work on (the new card becomes the one that updates); the principal the latest report. */
export async function showWeeklyReport(store: Store, input: { actorOpenId: string }): Promise<WeeklyReportsShown> {
  return store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
    if (memberships.length === 0) throw refuseWeeklyReportAccess('weekly-report.not-a-reader', {});
    const units: WeeklyReportsShown['units'] = [];
    for (const member of memberships) {
      const unit = await transaction.units.get(member.unitId);
      const report = await transaction.weeklyReports.latest(member.unitId);
      if (!unit || !report || !member.openId) {
        units.push({ unitName: unit?.name ?? member.unitId });
        continue;
      }
      const { writer } = await reportPeople(transaction, unit.id);
      const isWriter = writer?.personId === member.personId;
      const audience = isWriter ? 'director' : 'principal';
      const outboxId = await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId, notification: { kind: 'weekly-report', view: weeklyReportCardView(report, unit, audience, writer?.name ?? '') } });
      if (isWriter && report.status === 'draft') await transaction.weeklyReports.setCard(report.id, outboxId);
      units.push({ unitName: unit.name, report: { periodStart: report.periodStart, periodEnd: report.periodEnd, status: report.status } });
    }
    return { kind: 'weekly-reports-shown', units };
  });
}
