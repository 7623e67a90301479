import { describe, expect, it } from 'vitest';
import { certificateIndex } from '../../../src/domain/archive/certificate-index.ts';
import type { Certificate } from '../../../src/domain/units/certificate.ts';

const november = { from: '2026-11-01', to: '2026-11-30' };
const heaters: Certificate = { kind: 'ccc', number: '2023010701000123', scope: '电暖器', validUntil: '2027-03-31' };

describe('certificateIndex: each certificate’s validity over the period', () => {
  it('a certificate valid on the period’s last day is valid throughout, and no gap', () => {
    expect(certificateIndex({ certificates: [{ ...heaters, validUntil: '2026-11-30' }], period: november })).toEqual({
      certificates: [{ ...heaters, validUntil: '2026-11-30', validity: 'valid' }],
      gaps: [],
    });
  });

  it('one lapsed within the period or before it is a gap, naming the day it lapsed', () => {
    const index = certificateIndex({
      certificates: [
        { ...heaters, validUntil: '2026-11-29' },
        { kind: 'production-licence', number: 'XK06-014-00789', scope: '电线电缆', validUntil: '2026-10-30' },
      ],
      period: november,
    });
    expect(index.certificates.map((line) => [line.number, line.validity, line.lapsedOn])).toEqual([
      ['2023010701000123', 'lapsed-in-period', '2026-11-30'],
      ['XK06-014-00789', 'lapsed-before-period', '2026-10-31'],
    ]);
    expect(index.gaps).toEqual([
      '强制性产品认证证书 2023010701000123（电暖器）有效期至 2026-11-29，自 2026-11-30 起已失效，未登记接续的证书',
      '工业产品生产许可证 XK06-014-00789（电线电缆）有效期至 2026-10-30，自 2026-10-31 起已失效，未登记接续的证书',
    ]);
  });

  it('one lapsed on the period’s first day counts as lapsed within it', () => {
    expect(certificateIndex({ certificates: [{ ...heaters, validUntil: '2026-10-31' }], period: november }).certificates[0]?.validity).toBe('lapsed-in-period');
  });

  it('a lapsed certificate renewed under a new number is shown with its successor and is no gap', () => {
    const renewed: Certificate = { ...heaters, number: '2026010701000999', validUntil: '2031-11-14' };
    const index = certificateIndex({ certificates: [{ ...heaters, validUntil: '2026-11-14' }, renewed], period: november });
    expect(index.certificates[0]).toMatchObject({ number: heaters.number, validity: 'lapsed-in-period', succeededBy: renewed });
    expect(index.gaps).toEqual([]);
  });
});
