import { chainHash, genesisHash } from '../src/domain/archive/audit-chain.ts';
import { recordHashes } from '../src/domain/archive/record-hashes.ts';
import { addDays, instantAt } from '../src/domain/calendar/local-time.ts';
import { isInvestigationDay, isSchedulingDay } from '../src/domain/schedules/periods.ts';
import { parseOrganisationFile } from '../src/cli/organisation-file-schema.ts';
import { jobInstant, runJob } from '../src/jobs/run-job.ts';
import { createPrismaClient, type DatabaseClient } from '../src/store/database/create-prisma-client.ts';
import type { Database } from '../src/store/open-database.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';

export const UNIT_ID = 'year-plant';
export const FIRST_DAY = '2025-01-01';
const TIME_ZONE = 'Asia/Shanghai';
/** Rows per createMany: SQLite refuses more than 999 parameters in one statement, and an answer row has eight. */
const ROWS_PER_STATEMENT = 1_000;
/** Days written per transaction: large enough to be quick, small enough to hold. */
const DAYS_PER_TRANSACTION = 7;

function organisationFile(officers: number): string {
  const people = [
    '      - { id: principal, name: 张总, role: principal, openId: ou_principal }',
    '      - { id: director, name: 李总监, role: director, openId: ou_director, assessment: { passed: true, date: 2024-12-10 } }',
    ...Array.from({ length: officers }, (_, index) => `      - { id: officer-${index}, name: 安全员${index}, role: officer, openId: ou_officer_${index}, assessment: { passed: true, date: 2024-12-10 } }`),
  ];
  return ['units:', `  - id: ${UNIT_ID}`, '    name: 年度基准电器制造有限公司', '    kind: producer', '    staff: 3000', '    revenueWan: 50000', '    licences: [ccc]', '    checklist: producer-default', '    people:', ...people, ''].join('\n');
}

/** A deterministic spread: the same database every run, without a random generator to seed. */
function spread(day: number, officer: number): number {
  return ((day + 1) * 7_919 + (officer + 1) * 104_729) % 1_000;
}

interface AuditFactRow {
  at: Date;
  unitId: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  contentHash: string;
}

async function createInStatements<Row>(rows: readonly Row[], create: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) await create(rows.slice(start, start + ROWS_PER_STATEMENT));
}

/**
 * A year (or `days`) of a unit of `officers` officers, as the product would have stored it: every officer's daily
 * check each day — mostly zero-risk, a few with a hazard reported, a few missed — with answers and audit entries
 * whose content hashes come from the same functions the product uses, chained in order; then the product's own jobs
 * compile the weekly reports and monthly minutes from them. `verify` accepts the result as intact.
 */
export async function seedYearOfRecords(database: Database, databaseUrl: string, options: { officers: number; days: number }): Promise<{ dailyChecks: number; lastDay: string }> {
  const parsed = parseOrganisationFile(organisationFile(options.officers));
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: TIME_ZONE, now: new Date('2024-12-31T09:00:00+08:00') }, parsed.plan, parsed.describe);
  const unit = (await database.store.transaction((transaction) => transaction.units.get(UNIT_ID)))!;
  const client = createPrismaClient(databaseUrl);
  try {
    const lastDay = addDays(FIRST_DAY, options.days - 1);
    const dailyChecks = await seedDailyRecords(client, options, lastDay);
    for (let day = 0; day < options.days; day += 1) {
      const date = addDays(FIRST_DAY, day);
      if (isInvestigationDay(date, { mode: unit.schedule.investigationMode, weeklyDay: unit.schedule.weeklyDay })) {
        await runJob({ store: database.store }, { job: 'weekly-report', unit, date, now: jobInstant(unit, 'weekly-report', date, new Date()) });
      }
      if (isSchedulingDay(date, unit.schedule.schedulingMode)) {
        await runJob({ store: database.store }, { job: 'monthly-minutes', unit, date, now: jobInstant(unit, 'monthly-minutes', date, new Date()) });
      }
    }
    return { dailyChecks, lastDay };
  } finally {
    await client.$disconnect();
  }
}

async function seedDailyRecords(client: DatabaseClient, options: { officers: number; days: number }, lastDay: string): Promise<number> {
  const officers = await client.appointment.findMany({ where: { unitId: UNIT_ID, role: 'officer' }, select: { personId: true }, orderBy: { personId: 'asc' } });
  const director = await client.appointment.findFirstOrThrow({ where: { unitId: UNIT_ID, role: 'director' }, select: { personId: true } });
  const checklist = await client.checklist.findFirstOrThrow({ where: { unitId: UNIT_ID }, orderBy: { version: 'desc' }, include: { items: { orderBy: { position: 'asc' } } } });
  let tail = (await client.auditEntry.findFirst({ orderBy: { sequence: 'desc' }, select: { hash: true } }))?.hash ?? genesisHash;
  let hazardNumber = 0;
  let count = 0;
  for (let firstDay = 0; firstDay < options.days; firstDay += DAYS_PER_TRANSACTION) {
    const checks: Array<{ id: string; unitId: string; officerId: string; date: string; shift: string; checklistId: string; status: string; outcome?: string; revision: number; submittedAt?: Date; createdAt: Date }> = [];
    const answers: Array<{ id: string; dailyCheckId: string; revision: number; position: number; answer: string; description: string | null; measures: string | null; serious: boolean; answeredAt: Date }> = [];
    const hazards: Array<{ id: string; number: number; unitId: string; dailyCheckId: string; itemCode: string; itemText: string; description: string; measures: string; serious: boolean; reportedById: string; reportedAt: Date; status: string }> = [];
    const events: Array<{ id: string; hazardId: string; action: string; actorId: string; at: Date; details: object }> = [];
    const facts: AuditFactRow[] = [];
    for (let day = firstDay; day < Math.min(firstDay + DAYS_PER_TRANSACTION, options.days); day += 1) {
      const date = addDays(FIRST_DAY, day);
      if (date > lastDay) break;
      const closedAt = instantAt(date, '18:00', TIME_ZONE);
      const closures: AuditFactRow[] = [];
      for (const [index, officer] of officers.entries()) {
        const roll = spread(day, index);
        const id = `${date}-${String(index).padStart(4, '0')}`;
        count += 1;
        if (roll < 7) {
          checks.push({ id, unitId: UNIT_ID, officerId: officer.personId, date, shift: '', checklistId: checklist.id, status: 'missed', revision: 1, createdAt: instantAt(date, '08:30', TIME_ZONE) });
          closures.push({ at: closedAt, unitId: UNIT_ID, actor: 'system', action: 'daily-check.missed', recordType: 'daily-check', recordId: `${id}#1`, contentHash: recordHashes.dailyCheckClosure({ checkId: id, unitId: UNIT_ID, officerId: officer.personId, date, shift: '', status: 'missed', reason: null }) });
          continue;
        }
        const submittedAt = new Date(instantAt(date, '09:00', TIME_ZONE).getTime() + roll * 3_000);
        const hazardItem = roll >= 997 ? checklist.items[roll % checklist.items.length] : undefined;
        const recordAnswers = checklist.items.map((item) => {
          const abnormal = item === hazardItem;
          return { number: item.position, answer: abnormal ? ('abnormal' as const) : ('normal' as const), serious: false, ...(abnormal ? { description: `${item.text}：发现不符合项`, measures: '已隔离相关产品并通知质量安全总监' } : {}) };
        });
        checks.push({ id, unitId: UNIT_ID, officerId: officer.personId, date, shift: '', checklistId: checklist.id, status: 'submitted', outcome: hazardItem ? 'hazard' : 'zero-risk', revision: 1, submittedAt, createdAt: instantAt(date, '08:30', TIME_ZONE) });
        for (const answer of recordAnswers) {
          answers.push({ id: `${id}-${answer.number}`, dailyCheckId: id, revision: 1, position: answer.number, answer: answer.answer, description: answer.description ?? null, measures: answer.measures ?? null, serious: false, answeredAt: submittedAt });
        }
        const contentHash = recordHashes.dailyCheckSubmission({ unitId: UNIT_ID, officerId: officer.personId, date, shift: '', checklistId: checklist.id, checklistVersion: checklist.version, revision: 1, submittedAt, answers: recordAnswers });
        if (hazardItem) {
          hazardNumber += 1;
          const hazard = { id: `hazard-${hazardNumber}`, number: hazardNumber, unitId: UNIT_ID, dailyCheckId: id, itemCode: hazardItem.code, itemText: hazardItem.text, description: `${hazardItem.text}：发现不符合项`, measures: '已隔离相关产品并通知质量安全总监', serious: false, reportedById: officer.personId, reportedAt: submittedAt, status: 'reported' };
          hazards.push(hazard);
          events.push({ id: `${hazard.id}-reported`, hazardId: hazard.id, action: 'reported', actorId: officer.personId, at: submittedAt, details: { alertedPersonIds: [director.personId] } });
          facts.push({ at: submittedAt, unitId: UNIT_ID, actor: officer.personId, action: 'hazard.reported', recordType: 'hazard', recordId: hazard.id, contentHash: recordHashes.hazardReport(hazard) });
        }
        facts.push({ at: submittedAt, unitId: UNIT_ID, actor: officer.personId, action: 'daily-check.submitted', recordType: 'daily-check', recordId: `${id}#1`, contentHash });
      }
      facts.push(...closures);
    }
    const audit = facts.map((fact) => {
      const previousHash = tail;
      tail = chainHash(previousHash, fact);
      return { ...fact, previousHash, hash: tail };
    });
    await client.$transaction(async (transaction) => {
      await createInStatements(checks, (chunk) => transaction.dailyCheck.createMany({ data: chunk }));
      await createInStatements(answers, (chunk) => transaction.dailyAnswer.createMany({ data: chunk }));
      await createInStatements(hazards, (chunk) => transaction.hazard.createMany({ data: chunk }));
      await createInStatements(events, (chunk) => transaction.hazardEvent.createMany({ data: chunk }));
      // One statement after another in chain order: the sequence the database gives follows the order of the rows.
      await createInStatements(audit, (chunk) => transaction.auditEntry.createMany({ data: chunk }));
    }, { timeout: 600_000 });
  }
  return count;
}
