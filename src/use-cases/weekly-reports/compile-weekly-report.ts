import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { investigationPeriodEnding } from '../../domain/schedules/periods.ts';
import type { Store } from '../../ports/store.ts';
import { compileReportContent } from './compile-report-content.ts';
import { reportPeople } from './report-people.ts';
import { weeklyReportCardView } from './weekly-report-card.ts';

/**
 * weekly-report: the draft 《每周工业产品质量安全排查治理报告》 for the period ending on `date`, compiled from the
 * bot's own records and sent to the director to complete. A period has one report: running again sends nothing.
 */
export async function compileWeeklyReportDraft(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ created: boolean; reportId: string }> {
  return store.transaction(async (transaction) => {
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const period = investigationPeriodEnding(input.date, unit.schedule.investigationMode);
    const existing = await transaction.weeklyReports.find(unit.id, period.periodStart);
    if (existing) return { created: false, reportId: existing.id };
    const content = await compileReportContent(transaction, unit, period, localTimeAt(input.now, unit.timeZone).date);
    const report = await transaction.weeklyReports.create({ unitId: unit.id, ...period, content, createdAt: input.now });
    const { writer } = await reportPeople(transaction, unit.id);
    if (writer?.openId) {
      const outboxId = await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: writer.openId,
        notification: { kind: 'weekly-report', view: weeklyReportCardView(report, unit, 'director', writer.name) },
      });
      await transaction.weeklyReports.setCard(report.id, outboxId);
    }
    return { created: true, reportId: report.id };
  });
}
