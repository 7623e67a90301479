import { z } from 'zod';
import type * as records from '../../domain/records/daily-record-facts.ts';
import type * as weeklyReports from '../../domain/weekly-reports/weekly-report-content.ts';
import { type FieldSchemas, readsExactly } from './exact-schema.ts';

// Strict objects: the content is evidence, hashed when confirmed, so what is read back must be exactly what was
// written; a field that is not part of the record is refused rather than dropped or passed on unread.

export const HazardStatus = readsExactly<records.HazardStatus>()(z.enum(['reported', 'assigned', 'rectified', 'closed', 'escalated']));

const DayState = readsExactly<records.DayState>()(z.enum(['zero-risk', 'hazard', 'missed', 'suspended', 'open']));

const coverageTotalsFields = {
  expected: z.number(),
  submitted: z.number(),
  zeroRisk: z.number(),
  hazard: z.number(),
  missed: z.number(),
  suspended: z.number(),
  submissionRate: z.number(),
} satisfies FieldSchemas<weeklyReports.CoverageTotals>;

export const CoverageTotals = z.strictObject(coverageTotalsFields);

const OfficerCoverage = z.strictObject({
  ...coverageTotalsFields,
  officerName: z.string(),
  days: z.array(z.strictObject({ date: z.string(), shift: z.string(), state: DayState })),
} satisfies FieldSchemas<weeklyReports.OfficerCoverage>);

export const ReportedHazardLine = z.strictObject({
  number: z.number(),
  reportedDate: z.string(),
  officerName: z.string(),
  source: z.enum(['weekly-investigation', 'monthly-meeting', 'complaint', 'regulator', 'veto', 'other']).optional(),
  itemCode: z.string(),
  itemText: z.string(),
  description: z.string(),
  measures: z.string(),
  serious: z.boolean(),
  status: HazardStatus,
  ownerName: z.string().optional(),
  deadline: z.string().optional(),
  statusLabel: z.string(),
  overdue: z.boolean(),
} satisfies FieldSchemas<weeklyReports.ReportedHazardLine>);

const MissedCheck = z.strictObject({ date: z.string(), shift: z.string(), officerName: z.string() } satisfies FieldSchemas<weeklyReports.MissedCheck>);

export const WeeklyReportContent = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  coverage: z.strictObject({ officers: z.array(OfficerCoverage), totals: CoverageTotals }),
  hazardsFound: z.array(ReportedHazardLine),
  earlierOpenHazards: z.array(ReportedHazardLine),
  topItems: z.array(z.strictObject({ itemCode: z.string(), itemText: z.string(), count: z.number() })),
  missedChecks: z.array(MissedCheck),
  // Absent when nothing was carried, and in every report stored before misses were carried at all.
  missedAfterPreviousReport: z.array(MissedCheck).optional(),
} satisfies FieldSchemas<weeklyReports.WeeklyReportContent>);

export const InvestigationRecord = z.strictObject({
  date: z.string(),
  scope: z.string(),
  people: z.string(),
  findings: z.string(),
} satisfies FieldSchemas<weeklyReports.InvestigationRecord>);

export const DirectorInput = z.strictObject({
  investigation: InvestigationRecord,
  analysis: z.string(),
  measures: z.string(),
} satisfies FieldSchemas<weeklyReports.DirectorInput>);
