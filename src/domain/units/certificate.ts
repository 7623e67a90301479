import { LICENCES, type Licence } from './licence.ts';

/**
 * A production licence or CCC certificate held (Order 75 Art. 4, 5; 38号文 附件2 producer §3.1–3.2, seller §3.4). A
 * certificate is valid through `validUntil` and lapsed from the day after: that day Art. 4 calls for the veto.
 */
export interface Certificate {
  kind: Licence;
  number: string;
  /** The products it covers, as the certificate names them: 电暖器, 电线电缆. */
  scope: string;
  /** YYYY-MM-DD, the last day it is valid. */
  validUntil: string;
}

export const CERTIFICATE_KINDS = LICENCES;

export const CERTIFICATE_NAMES: Readonly<Record<Licence, string>> = {
  'production-licence': '工业产品生产许可证',
  ccc: '强制性产品认证证书',
};

/** `强制性产品认证证书 2023010701000123（电暖器）`: how people and documents name one. */
export function certificateTitle(certificate: Pick<Certificate, 'kind' | 'number' | 'scope'>): string {
  return `${CERTIFICATE_NAMES[certificate.kind]} ${certificate.number}（${certificate.scope}）`;
}

/**
 * Holding a certificate puts the unit under that management, whether or not the file also lists it in `licences`:
 * Art. 5 then asks for a director just the same.
 */
export function licencesWithCertificates(licences: readonly Licence[], certificates: readonly Pick<Certificate, 'kind'>[]): Licence[] {
  return [...new Set([...licences, ...certificates.map((certificate) => certificate.kind)])];
}
