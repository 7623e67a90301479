import { refusalsOf } from "../domain/domain-error.js";
import { inTransaction } from "./database/create-prisma-client.js";
import { auditRepository } from "./repositories/audit-repository.js";
import { checklistRepository } from "./repositories/checklist-repository.js";
import { dailyCheckRepository } from "./repositories/daily-check-repository.js";
import { hazardRepository } from "./repositories/hazard-repository.js";
import { jobRunRepository } from "./repositories/job-run-repository.js";
import { organisationRepository } from "./repositories/organisation-repository.js";
import { monthlyMinutesRepository } from "./repositories/monthly-minutes-repository.js";
import { recordCardRepository } from "./repositories/record-card-repository.js";
import { retentionRepository } from "./repositories/retention-repository.js";
import { suggestionRepository } from "./repositories/suggestion-repository.js";
import { outboxRepository } from "./repositories/outbox-repository.js";
import { peopleRepository } from "./repositories/people-repository.js";
import { suspensionRepository } from "./repositories/suspension-repository.js";
import { unitRepository } from "./repositories/unit-repository.js";
import { weeklyReportRepository } from "./repositories/weekly-report-repository.js";
const refuse = refusalsOf();
function isUniqueViolation(error) {
    return typeof error === 'object' && error !== null && error.code === 'P2002';
}
export function transactionRepositories(client, provider, now) {
    return {
        organisation: organisationRepository(client),
        units: unitRepository(client),
        people: peopleRepository(client),
        checklists: checklistRepository(client),
        suspensions: suspensionRepository(client),
        dailyChecks: dailyCheckRepository(client, provider),
        hazards: hazardRepository(client, provider),
        outbox: outboxRepository(client, now),
        audit: auditRepository(client, provider),
        jobRuns: jobRunRepository(client),
        weeklyReports: weeklyReportRepository(client),
        monthlyMinutes: monthlyMinutesRepository(client),
        suggestions: suggestionRepository(client),
        recordCards: recordCardRepository(client),
        retention: retentionRepository(client),
    };
}
export function createPrismaStore(client, provider, now = () => new Date()) {
    return {
        async transaction(work) {
            try {
                return await inTransaction(client, (transaction) => work(transactionRepositories(transaction, provider, now)));
            }
            catch (error) {
                // Two processes doing the same thing at once: the unique key let one through; the other changed nothing.
                if (isUniqueViolation(error)) {
                    throw refuse('store.done-elsewhere', {});
                }
                throw error;
            }
        },
    };
}
//# sourceMappingURL=prisma-store.js.map