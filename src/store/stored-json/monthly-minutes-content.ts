import { z } from 'zod';
import type * as records from '../../domain/records/daily-record-facts.ts';
import type * as directorReport from '../../domain/monthly-minutes/director-report.ts';
import type * as monthlyMinutes from '../../domain/monthly-minutes/monthly-minutes-content.ts';
import { type FieldSchemas, readsExactly } from './exact-schema.ts';
import { CoverageTotals, ReportedHazardLine } from './weekly-report-content.ts';

// Strict objects, as for the weekly report: the minutes are evidence, hashed when confirmed.

const ReportStatus = readsExactly<monthlyMinutes.WeeklyReportSummary['status']>()(z.enum(['draft', 'confirmed']));

const WeeklyReportSummary = z.strictObject({
  periodStart: z.string(),
  periodEnd: z.string(),
  status: ReportStatus,
  hazardsFound: z.number(),
  analysis: z.string(),
  measures: z.string(),
} satisfies FieldSchemas<monthlyMinutes.WeeklyReportSummary>);

const SuggestionFact = z.strictObject({
  number: z.number(),
  kind: readsExactly<records.SuggestionFact['kind']>()(z.enum(['suggestion', 'veto'])),
  proposerName: z.string(),
  proposerRole: z.string(),
  text: z.string(),
  createdDate: z.string(),
  decision: readsExactly<NonNullable<records.SuggestionFact['decision']>>()(z.enum(['adopted', 'rejected'])).optional(),
  answer: z.string().optional(),
  answeredByName: z.string().optional(),
  answeredDate: z.string().optional(),
} satisfies FieldSchemas<records.SuggestionFact>);

const DirectorReport = z.strictObject({
  text: z.string(),
  confirmedByName: z.string().optional(),
  confirmedAt: z.string().optional(),
} satisfies FieldSchemas<directorReport.DirectorReport>);

export const MonthlyMinutesContent = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  meeting: z.strictObject({ date: z.string(), chair: z.string(), reporter: z.string(), attendees: z.array(z.string()) }),
  weeklyReports: z.array(WeeklyReportSummary),
  dailyControl: CoverageTotals,
  hazards: z.strictObject({ found: z.number(), rectified: z.number(), stillOpen: z.array(ReportedHazardLine), foundThisPeriod: z.array(ReportedHazardLine) }),
  suggestions: z.array(SuggestionFact),
  proposedArrangements: z.array(z.string()),
  // Optional, never defaulted: minutes confirmed before these parts existed must read back exactly as they were hashed.
  directorReport: DirectorReport.optional(),
  summary: z.string().optional(),
} satisfies FieldSchemas<monthlyMinutes.MonthlyMinutesContent>);
