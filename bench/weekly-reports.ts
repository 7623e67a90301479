import { docxDocumentRenderer } from '../src/documents/docx-document-renderer.ts';
import { runJob } from '../src/jobs/run-job.ts';
import { openDatabase } from '../src/store/open-database.ts';
import { parseOrganisationFile } from '../src/cli/organisation-file-schema.ts';
import { submitDailyCheck } from '../src/use-cases/daily-control/submit-daily-check.ts';
import { importOrganisation } from '../src/use-cases/organisation/import-organisation.ts';
import { compileWeeklyReportDraft } from '../src/use-cases/weekly-reports/compile-weekly-report.ts';
import { saveWeeklyInput } from '../src/use-cases/weekly-reports/save-weekly-input.ts';
import type { Engine, FreshDatabase } from './bench-engines.ts';
import { type BenchUnitShape, benchOrganisation, directorOpenId, officerOpenId } from './bench-organisation.ts';

// Saturday to Friday: the week the report compiled on Friday covers.
const week = ['2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];
const friday = '2026-11-06';

/** An organisation whose officers submitted every day of the week (zero-risk reports), through the use cases. */
async function organisationWithAWeek(databaseUrl: string, shape: BenchUnitShape, days: readonly string[]) {
  const database = await openDatabase(databaseUrl);
  const parsed = parseOrganisationFile(benchOrganisation(shape));
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T08:00:00+08:00') }, parsed.plan);
  const units = await database.store.transaction((transaction) => transaction.units.list());
  for (const day of days) {
    const now = new Date(`${day}T09:00:00+08:00`);
    for (const unit of units) {
      await runJob({ store: database.store }, { job: 'daily-push', unit, date: day, now: new Date(`${day}T08:30:00+08:00`) });
      const unitNumber = Number(unit.id.replace('unit-', ''));
      for (let officer = 1; officer <= shape.officersPerUnit; officer += 1) {
        await submitDailyCheck(database.store, { actorOpenId: officerOpenId(unitNumber, officer), target: 'current', mode: 'remaining-normal', now });
      }
    }
  }
  return { database, units };
}

/** The weekly report of one unit of 200 officers, 7 days of 15 items each: compile time in seconds. */
export async function measureWeeklyReportOfALargeUnit(_engine: Engine, fresh: FreshDatabase): Promise<{ seconds: number }> {
  const { database } = await organisationWithAWeek(fresh.url, { units: 1, officersPerUnit: 200, checklistItems: 15 }, week);
  try {
    const started = performance.now();
    await compileWeeklyReportDraft(database.store, { unitId: 'unit-1', date: friday, now: new Date(`${friday}T16:00:00+08:00`) });
    return { seconds: (performance.now() - started) / 1000 };
  } finally {
    await database.close();
  }
}

const directorInput = {
  investigation: { date: friday, scope: '生产车间、成品库', people: '质量安全总监、质量安全员', findings: '未发现问题' },
  analysis: '本周各岗位均按清单检查，未见系统性风险。',
  measures: '',
};

/** The weekly reports of 500 units (2 officers each, a week of records): compiled, confirmed by each director, .docx included. */
export async function measureWeeklyReportsOfManyUnits(_engine: Engine, fresh: FreshDatabase): Promise<{ seconds: number; reports: number }> {
  const unitCount = 500;
  const { database, units } = await organisationWithAWeek(fresh.url, { units: unitCount, officersPerUnit: 2 }, week.slice(2));
  try {
    const started = performance.now();
    for (const unit of units) {
      await compileWeeklyReportDraft(database.store, { unitId: unit.id, date: friday, now: new Date(`${friday}T16:00:00+08:00`) });
      const unitNumber = Number(unit.id.replace('unit-', ''));
      // As the director does from the card's form: the investigation and the analysis, confirmed in one step.
      await saveWeeklyInput(
        { store: database.store, documents: docxDocumentRenderer },
        { actorOpenId: directorOpenId(unitNumber), report: 'pending', change: directorInput, confirm: true, now: new Date(`${friday}T17:00:00+08:00`) },
      );
    }
    return { seconds: (performance.now() - started) / 1000, reports: units.length };
  } finally {
    await database.close();
  }
}
