import { type Certificate, certificateTitle } from '../units/certificate.ts';
import { lapseDay, successorOf } from '../units/certificate-lapse.ts';
import type { ArchiveOverview } from './archive-snapshot.ts';

/**
 * A certificate's validity over the period: valid on every day of it, lapsed on a day within it, or lapsed before it
 * began. Valid only up to `validUntil`; lapsed from the day after.
 */
export type CertificateValidity = 'valid' | 'lapsed-in-period' | 'lapsed-before-period';

export interface CertificateLine extends Certificate {
  validity: CertificateValidity;
  /** The first day without it, when that day is on or before the period's last. */
  lapsedOn?: string;
  /** The certificate of the same kind and scope valid longer, which took over from a lapsed one. */
  succeededBy?: Certificate;
}

/**
 * The production licences and CCC certificates held (Order 75 Art. 4, 5; 38号文 附件2 producer §3.1–3.2, seller
 * §3.4). A certificate that lapsed during or before the period with none taking over is a gap: products under it
 * were made or sold without it, or the veto Art. 4 calls for is due.
 */
export interface CertificateIndex {
  certificates: CertificateLine[];
  gaps: string[];
}

function validityOf(certificate: Certificate, period: { from: string; to: string }): CertificateValidity {
  if (certificate.validUntil >= period.to) return 'valid';
  return lapseDay(certificate) >= period.from ? 'lapsed-in-period' : 'lapsed-before-period';
}

export function certificateIndex(snapshot: Pick<ArchiveOverview, 'certificates' | 'period'>): CertificateIndex {
  const certificates = [...snapshot.certificates]
    .sort((left, right) => left.kind.localeCompare(right.kind) || left.scope.localeCompare(right.scope) || left.validUntil.localeCompare(right.validUntil))
    .map((certificate): CertificateLine => {
      const validity = validityOf(certificate, snapshot.period);
      if (validity === 'valid') return { ...certificate, validity };
      const successor = successorOf(certificate, snapshot.certificates);
      return { ...certificate, validity, lapsedOn: lapseDay(certificate), ...(successor ? { succeededBy: successor } : {}) };
    });
  const gaps = certificates
    .filter((line) => line.validity !== 'valid' && line.succeededBy === undefined)
    .map((line) => `${certificateTitle(line)}有效期至 ${line.validUntil}，自 ${line.lapsedOn ?? ''} 起已失效，未登记接续的证书`);
  return { certificates, gaps };
}
