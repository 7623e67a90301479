import { refusalsOf } from '../domain/domain-error.ts';
import type { Store, StoreRefusals, StoreTransaction } from '../ports/store.ts';
import { type DatabaseClient, inWriteTransaction } from './database/create-prisma-client.ts';
import { auditRepository } from './repositories/audit-repository.ts';
import { certificateRepository } from './repositories/certificate-repository.ts';
import { checklistRepository } from './repositories/checklist-repository.ts';
import { dailyCheckRepository } from './repositories/daily-check-repository.ts';
import { evidenceRepository } from './repositories/evidence-repository.ts';
import { hazardRepository } from './repositories/hazard-repository.ts';
import { jobRunRepository } from './repositories/job-run-repository.ts';
import { operatingCalendarRepository } from './repositories/operating-calendar-repository.ts';
import { organisationRepository } from './repositories/organisation-repository.ts';
import { monthlyMinutesRepository } from './repositories/monthly-minutes-repository.ts';
import { recordCardRepository } from './repositories/record-card-repository.ts';
import { retentionRepository } from './repositories/retention-repository.ts';
import { suggestionRepository } from './repositories/suggestion-repository.ts';
import { outboxRepository } from './repositories/outbox-repository.ts';
import { peopleRepository } from './repositories/people-repository.ts';
import { suspensionRepository } from './repositories/suspension-repository.ts';
import { leaveRepository } from './repositories/leave-repository.ts';
import { trainingRepository } from './repositories/training-repository.ts';
import { unitRepository } from './repositories/unit-repository.ts';
import { weeklyReportRepository } from './repositories/weekly-report-repository.ts';
import type { TransactionClient } from './transaction-client.ts';

const refuse = refusalsOf<StoreRefusals>();

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export function transactionRepositories(client: TransactionClient, provider: 'sqlite' | 'postgresql', now: () => Date): StoreTransaction {
  return {
    organisation: organisationRepository(client),
    units: unitRepository(client),
    certificates: certificateRepository(client),
    people: peopleRepository(client),
    checklists: checklistRepository(client),
    suspensions: suspensionRepository(client),
    operatingCalendar: operatingCalendarRepository(client),
    leaves: leaveRepository(client),
    training: trainingRepository(client),
    dailyChecks: dailyCheckRepository(client, provider),
    hazards: hazardRepository(client, provider),
    evidence: evidenceRepository(client),
    outbox: outboxRepository(client),
    audit: auditRepository(client, provider),
    jobRuns: jobRunRepository(client),
    weeklyReports: weeklyReportRepository(client),
    monthlyMinutes: monthlyMinutesRepository(client),
    suggestions: suggestionRepository(client),
    recordCards: recordCardRepository(client),
    retention: retentionRepository(client),
  };
}

export function createPrismaStore(client: DatabaseClient, provider: 'sqlite' | 'postgresql', now: () => Date = () => new Date()): Store {
  return {
    async transaction(work) {
      try {
        return await inWriteTransaction(client, (transaction) => work(transactionRepositories(transaction, provider, now)));
      } catch (error) {
        // Two processes doing the same thing at once: the unique key let one through; the other changed nothing.
        if (isUniqueViolation(error)) {
          throw refuse('store.done-elsewhere', {});
        }
        throw error;
      }
    },
  };
}
