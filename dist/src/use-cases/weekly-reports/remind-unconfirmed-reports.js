import { addDays } from "../../domain/calendar/local-time.js";
import { reportPeople } from "./report-people.js";
/**
 * An unconfirmed weekly report: the morning after its period the writer is reminded; two days after, the principal
 * is told. Each message goes once (the job-run claim is keyed by the report).
 */
export async function remindUnconfirmedReports(store, input) {
    return store.transaction(async (transaction) => {
        const unit = await transaction.units.get(input.unitId);
        if (!unit)
            throw new Error(`unknown unit ${input.unitId}`);
        const today = input.date;
        let reminded = 0;
        let escalated = 0;
        for (const report of (await transaction.weeklyReports.drafts()).filter((draft) => draft.unitId === unit.id)) {
            const { writer, principal } = await reportPeople(transaction, unit.id);
            const period = { periodStart: report.periodStart, periodEnd: report.periodEnd };
            if (today > report.periodEnd && writer?.openId && (await transaction.jobRuns.claim('weekly-remind-writer', unit.id, report.id, input.now))) {
                await transaction.outbox.enqueue({
                    operation: 'send',
                    toOpenId: writer.openId,
                    notification: { kind: 'weekly-report-reminder', view: { audience: 'writer', personName: writer.name, unitName: unit.name, ...period } },
                });
                reminded += 1;
            }
            if (today >= addDays(report.periodEnd, 2) && principal?.openId && principal.personId !== writer?.personId && (await transaction.jobRuns.claim('weekly-tell-principal', unit.id, report.id, input.now))) {
                await transaction.outbox.enqueue({
                    operation: 'send',
                    toOpenId: principal.openId,
                    notification: { kind: 'weekly-report-reminder', view: { audience: 'principal', personName: principal.name, unitName: unit.name, ...period, ...(writer ? { writerName: writer.name } : {}) } },
                });
                escalated += 1;
            }
        }
        return { reminded, escalated };
    });
}
//# sourceMappingURL=remind-unconfirmed-reports.js.map