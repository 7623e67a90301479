import { dueLapseNotice, LAPSE_TOLD, successorOf } from '../../domain/units/certificate-lapse.ts';
import type { CertificateLapseView } from '../../ports/notifications.ts';
import type { Store } from '../../ports/store.ts';

/**
 * Each morning: a production licence or CCC certificate 90, 30 or 7 days from lapsing, or lapsed since yesterday, is
 * told to the directors and principals (Order 75 Art. 4 calls for the veto once it has lapsed). Each notice goes
 * once: `lastReminder` remembers the nearest one sent, and the claim keeps two runs at the same moment from both
 * sending it. A certificate renewed under a new number (same kind and scope, valid longer) is no longer watched.
 */
export async function remindLapsingCertificates(store: Store, input: { unitId: string; date: string; now: Date }): Promise<{ approaching: number; lapsed: number }> {
  return store.transaction(async (transaction) => {
    const unit = await transaction.units.get(input.unitId);
    if (!unit) throw new Error(`unknown unit ${input.unitId}`);
    const certificates = await transaction.certificates.ofUnit(unit.id);
    const members = await transaction.people.membersOf(unit.id);
    const told = [
      ...members.filter((member) => member.roles.includes('director')).map((member) => ({ member, audience: 'director' as const })),
      ...members.filter((member) => member.roles.includes('principal') && !member.roles.includes('director')).map((member) => ({ member, audience: 'principal' as const })),
    ];
    const counts = { approaching: 0, lapsed: 0 };
    for (const certificate of certificates) {
      if (successorOf(certificate, certificates)) continue;
      const notice = dueLapseNotice(certificate, input.date);
      if (!notice) continue;
      const lastReminder = notice.kind === 'lapsed' ? LAPSE_TOLD : notice.threshold;
      if (!(await transaction.jobRuns.claim('certificate-lapse', unit.id, `${certificate.id}@${certificate.validUntil}@${lastReminder}`, input.now))) continue;
      await transaction.certificates.recordReminder(certificate.id, lastReminder);
      counts[notice.kind] += 1;
      for (const { member, audience } of told) {
        if (!member.openId) continue;
        const view: CertificateLapseView = {
          audience,
          personName: member.name,
          unitName: unit.name,
          unitKind: unit.kind,
          certificateKind: certificate.kind,
          number: certificate.number,
          scope: certificate.scope,
          validUntil: certificate.validUntil,
          stage: notice.kind,
          ...(notice.kind === 'approaching' ? { daysLeft: notice.daysLeft } : {}),
        };
        await transaction.outbox.enqueue({ operation: 'send', toOpenId: member.openId, notification: { kind: 'certificate-lapse', view } });
      }
    }
    return counts;
  });
}
