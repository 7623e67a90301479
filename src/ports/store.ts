import type { AuditRepository } from './audit-repository.ts';
import type { CertificateRepository } from './certificate-repository.ts';
import type { ChecklistRepository } from './checklist-repository.ts';
import type { DailyCheckRepository } from './daily-check-repository.ts';
import type { EvidenceRepository } from './evidence.ts';
import type { HazardRepository } from './hazard-repository.ts';
import type { JobRunRepository } from './job-run-repository.ts';
import type { LeaveRepository } from './leave-repository.ts';
import type { MonthlyMinutesRepository } from './monthly-minutes-repository.ts';
import type { OperatingCalendarRepository } from './operating-calendar-repository.ts';
import type { OrganisationStore } from './organisation-store.ts';
import type { OutboxRepository } from './outbox-repository.ts';
import type { PeopleRepository } from './people-repository.ts';
import type { RecordCardRepository } from './record-card-repository.ts';
import type { RetentionRepository } from './retention-repository.ts';
import type { SuggestionRepository } from './suggestion-repository.ts';
import type { SuspensionRepository } from './suspension-repository.ts';
import type { TrainingRepository } from './training-repository.ts';
import type { UnitRepository } from './unit-repository.ts';
import type { WeeklyReportRepository } from './weekly-report-repository.ts';

/** What any change can meet: the same change made at the same moment by another process, which won. */
export interface StoreRefusals {
  'store.done-elsewhere': Record<string, never>;
}

/** Every repository, bound to one transaction: what a use case reads and writes commits or rolls back together. */
export interface StoreTransaction {
  organisation: OrganisationStore;
  units: UnitRepository;
  certificates: CertificateRepository;
  people: PeopleRepository;
  checklists: ChecklistRepository;
  suspensions: SuspensionRepository;
  operatingCalendar: OperatingCalendarRepository;
  training: TrainingRepository;
  leaves: LeaveRepository;
  dailyChecks: DailyCheckRepository;
  hazards: HazardRepository;
  evidence: EvidenceRepository;
  weeklyReports: WeeklyReportRepository;
  monthlyMinutes: MonthlyMinutesRepository;
  suggestions: SuggestionRepository;
  retention: RetentionRepository;
  recordCards: RecordCardRepository;
  outbox: OutboxRepository;
  audit: AuditRepository;
  jobRuns: JobRunRepository;
}

export interface Store {
  transaction<T>(work: (transaction: StoreTransaction) => Promise<T>): Promise<T>;
}
