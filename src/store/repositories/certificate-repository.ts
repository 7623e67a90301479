import type { Licence } from '../../domain/units/licence.ts';
import type { CertificateRepository } from '../../ports/certificate-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

export function certificateRepository(client: TransactionClient): CertificateRepository {
  return {
    async ofUnit(unitId) {
      const rows = await client.certificate.findMany({
        where: { unitId },
        orderBy: [{ validUntil: 'asc' }, { kind: 'asc' }, { number: 'asc' }],
        select: { id: true, unitId: true, kind: true, number: true, scope: true, validUntil: true, lastReminder: true },
      });
      return rows.map((row) => ({ ...row, kind: row.kind as Licence }));
    },
    async recordReminder(certificateId, lastReminder) {
      await client.certificate.update({ where: { id: certificateId }, data: { lastReminder } });
    },
  };
}
