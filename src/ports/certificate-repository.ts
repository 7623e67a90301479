import type { RemindedCertificate } from '../domain/units/certificate-lapse.ts';

export interface HeldCertificate extends RemindedCertificate {
  id: string;
  unitId: string;
}

/** The certificates the daily follow-ups watch for their lapse (Order 75 Art. 4). */
export interface CertificateRepository {
  ofUnit(unitId: string): Promise<HeldCertificate[]>;
  /** Records the reminder just sent, in days before `validUntil` (LAPSE_TOLD for the lapse). */
  recordReminder(certificateId: string, lastReminder: number): Promise<void>;
}
