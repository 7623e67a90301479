import type { ArchiveOverview, ArchiveSnapshot } from './archive-snapshot.ts';
import { type DailyControlIndex, dailyControlIndex } from './daily-control-index.ts';
import { type MonthlySchedulingIndex, type WeeklyInvestigationIndex, monthlySchedulingIndex, weeklyInvestigationIndex } from './periodic-record-index.ts';
import { type HazardRectificationIndex, hazardRectificationIndex } from './hazard-rectification-index.ts';
import { type TrainingAssessmentIndex, trainingAssessmentIndex } from './training-assessment-index.ts';
import { type CertificateIndex, certificateIndex } from './certificate-index.ts';
import { localDateOf } from './archive-times.ts';

export type { CheckSlot, DailyControlCounts, DailyControlIndex, OfficerDailyControl } from './daily-control-index.ts';
export type { MonthlySchedulingIndex, PeriodicRecordLine, PeriodicRecordStatus, WeeklyInvestigationIndex } from './periodic-record-index.ts';
export type { HazardRectificationIndex, HazardRectificationLine, HazardRectificationTotals, RectificationState } from './hazard-rectification-index.ts';
export type { AssessmentState, ManagerRole, PostHolderAssessment, TrainingAssessmentIndex } from './training-assessment-index.ts';
export type { CertificateIndex, CertificateLine, CertificateValidity } from './certificate-index.ts';

/**
 * What an inspector checks for a period, point by point as 国市监质监发〔2023〕38号 附件2 lists it (§2.1–2.5), with
 * every gap named in a plain sentence a chat card can show as it is.
 */
export interface InspectionIndex {
  unit: Pick<ArchiveSnapshot['unit'], 'id' | 'name' | 'kind' | 'grade' | 'directorRequired'>;
  period: { from: string; to: string };
  /** The unit's local date of the export: what was due, and which deadlines had passed, is judged on this day. */
  asOf: string;
  dailyControl: DailyControlIndex;
  weeklyInvestigation: WeeklyInvestigationIndex;
  monthlyScheduling: MonthlySchedulingIndex;
  hazardRectification: HazardRectificationIndex;
  trainingAssessment: TrainingAssessmentIndex;
  /** The production licences and CCC certificates and their validity over the period (附件2 §3). */
  certificates: CertificateIndex;
  /** Every section's gaps in the order §2.1 to §2.5, then the certificates'; empty when nothing is missing. */
  gaps: string[];
}

export function compileInspectionIndex(snapshot: ArchiveOverview): InspectionIndex {
  const asOf = localDateOf(snapshot.generatedAt, snapshot.unit.timeZone);
  const dailyControl = dailyControlIndex(snapshot, asOf);
  const weeklyInvestigation = weeklyInvestigationIndex(snapshot, asOf);
  const monthlyScheduling = monthlySchedulingIndex(snapshot, asOf);
  const hazardRectification = hazardRectificationIndex(snapshot, asOf);
  const trainingAssessment = trainingAssessmentIndex(snapshot);
  const certificates = certificateIndex(snapshot);
  const { id, name, kind, grade, directorRequired } = snapshot.unit;
  return {
    unit: { id, name, kind, grade, directorRequired },
    period: { ...snapshot.period },
    asOf,
    dailyControl,
    weeklyInvestigation,
    monthlyScheduling,
    hazardRectification,
    trainingAssessment,
    certificates,
    gaps: [
      ...dailyControl.gaps,
      ...weeklyInvestigation.gaps,
      ...monthlyScheduling.gaps,
      ...hazardRectification.gaps,
      ...trainingAssessment.gaps,
      ...certificates.gaps,
    ],
  };
}
