import { reportPeople } from "./report-people.js";
import { weeklyReportCardView } from "./weekly-report-card.js";
import { refuseWeeklyReportAccess } from "./weekly-report-refusals.js";
/** 周报: the director gets the draft to work on (the new card becomes the one that updates); the principal the latest report. */
export async function showWeeklyReport(store, input) {
    return store.transaction(async (transaction) => {
        const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
        if (memberships.length === 0)
            throw refuseWeeklyReportAccess('weekly-report.not-a-reader', {});
        const units = [];
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
            if (isWriter && report.status === 'draft')
                await transaction.weeklyReports.setCard(report.id, outboxId);
            units.push({ unitName: unit.name, report: { periodStart: report.periodStart, periodEnd: report.periodEnd, status: report.status } });
        }
        return { kind: 'weekly-reports-shown', units };
    });
}
//# sourceMappingURL=show-weekly-report.js.map