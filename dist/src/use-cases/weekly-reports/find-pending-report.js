import { reportPeople } from "./report-people.js";
import { refuseWeeklyReportAccess } from "./weekly-report-refusals.js";
/** The report the director means: the one on the card, or by text the oldest draft still waiting for them. */
export async function findReportForWriter(transaction, actorOpenId, reference) {
    const memberships = await transaction.people.byOpenId(actorOpenId);
    const candidates = [];
    if (reference === 'pending') {
        for (const report of await transaction.weeklyReports.drafts()) {
            const membership = memberships.find((member) => member.unitId === report.unitId);
            if (membership)
                candidates.push({ report, writer: membership });
        }
    }
    else {
        const report = await transaction.weeklyReports.get(reference.reportId);
        const membership = report ? memberships.find((member) => member.unitId === report.unitId) : undefined;
        if (report && membership)
            candidates.push({ report, writer: membership });
    }
    const found = candidates[0];
    if (!found) {
        throw refuseWeeklyReportAccess('weekly-report.not-found', { pending: reference === 'pending' });
    }
    const { writer } = await reportPeople(transaction, found.report.unitId);
    if (writer?.personId !== found.writer.personId) {
        throw refuseWeeklyReportAccess('weekly-report.not-the-writer', {});
    }
    return found;
}
//# sourceMappingURL=find-pending-report.js.map