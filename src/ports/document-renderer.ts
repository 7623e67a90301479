import type { EvidenceStep } from '../domain/evidence/evidence-step.ts';
import type { MonthlyMinutesDocument } from '../domain/monthly-minutes/monthly-minutes-content.ts';
import type { WeeklyReportDocument } from '../domain/weekly-reports/weekly-report-content.ts';

/** A photo or file kept as evidence of a hazard's step, as a document shows it; the renderer finds its bytes by hash. */
export interface DocumentEvidence {
  hazardNumber: number;
  step: EvidenceStep;
  senderName: string;
  /** Local date and time it was received. */
  receivedAt: string;
  fileName: string;
  kind: 'image' | 'file';
  sha256: string;
  size: number;
}

/** Turns records into the Word documents people sign and inspectors read. */
export interface DocumentRenderer {
  /** With the evidence of its hazards, each photo shown and each file listed with its SHA-256. */
  weeklyReport(report: WeeklyReportDocument, evidence?: readonly DocumentEvidence[]): Promise<Uint8Array>;
  monthlyMinutes(minutes: MonthlyMinutesDocument): Promise<Uint8Array>;
}
