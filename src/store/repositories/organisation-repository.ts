import { DAILY, frequencyFromStored, storedFrequency } from '../../domain/checklists/item-frequency.ts';
import type { Role } from '../../domain/people/role.ts';
import type { Licence } from '../../domain/units/licence.ts';
import type { Change, OrganisationStore } from '../../ports/organisation-store.ts';
import { readStoredField } from '../stored-json/read-stored-field.ts';
import { TextList } from '../stored-json/text-list.ts';
import type { TransactionClient } from '../transaction-client.ts';

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

export function organisationRepository(client: TransactionClient): OrganisationStore {
  return {
    async saveUnit(unit) {
      const existing = await client.unit.findUnique({ where: { id: unit.id } });
      if (!existing) {
        await client.unit.create({ data: unit });
        return 'created';
      }
      const changed = (Object.keys(unit) as Array<keyof typeof unit>).some((field) => !sameJson(existing[field], unit[field]));
      if (!changed) return 'unchanged';
      await client.unit.update({ where: { id: unit.id }, data: unit });
      return 'updated';
    },
    async people(unitId) {
      const rows = await client.person.findMany({
        where: { unitId },
        select: { id: true, key: true, name: true, openId: true, mobile: true, email: true, otherPosts: true, appointments: { where: { endedAt: null }, select: { id: true, role: true, effectiveOn: true, document: true } } },
      });
      return rows.map((row) => ({
        personId: row.id,
        key: row.key,
        name: row.name,
        openId: row.openId,
        mobile: row.mobile,
        email: row.email,
        otherPosts: readStoredField(TextList, row.otherPosts, { table: 'Person', id: row.id, field: 'otherPosts' }),
        appointments: row.appointments.map((appointment) => ({ ...appointment, role: appointment.role as Role })),
      }));
    },
    async savePerson(unitId, person) {
      const existing = await client.person.findUnique({ where: { unitId_key: { unitId, key: person.key } } });
      if (!existing) {
        const created = await client.person.create({ data: { unitId, ...person }, select: { id: true } });
        return { personId: created.id, change: 'created' as Change };
      }
      const changed = existing.name !== person.name || existing.openId !== person.openId || existing.mobile !== person.mobile || existing.email !== person.email || !sameJson(existing.otherPosts, person.otherPosts);
      if (changed) await client.person.update({ where: { id: existing.id }, data: person });
      return { personId: existing.id, change: (changed ? 'updated' : 'unchanged') as Change };
    },
    async startAppointment({ unitId, personId, role, at, reason, effectiveOn, document }) {
      return (await client.appointment.create({ data: { unitId, personId, role, startedAt: at, reason, effectiveOn, document }, select: { id: true } })).id;
    },
    async endAppointment({ appointmentId, at, reason }) {
      await client.appointment.update({ where: { id: appointmentId }, data: { endedAt: at, endReason: reason } });
    },
    async currentChecklist(unitId) {
      const row = await client.checklist.findFirst({
        where: { unitId },
        orderBy: { version: 'desc' },
        select: { version: true, items: { orderBy: { position: 'asc' }, select: { code: true, text: true, guidance: true, category: true, frequency: true, frequencyDay: true } } },
      });
      if (!row) return null;
      return { version: row.version, items: row.items.map(({ frequency, frequencyDay, ...item }) => ({ ...item, frequency: frequencyFromStored(frequency, frequencyDay) })) };
    },
    async addChecklistVersion({ unitId, version, templateId, items, createdAt }) {
      await client.checklist.create({
        data: { unitId, version, templateId, createdAt, items: { create: items.map(({ frequency, ...item }, index) => ({ position: index + 1, ...item, ...storedFrequency(frequency ?? DAILY) })) } },
      });
    },
    async currentDutyStatement(unitId, kind) {
      return client.dutyStatement.findFirst({ where: { unitId, kind }, orderBy: { version: 'desc' }, select: { version: true, text: true } });
    },
    async addDutyStatement(input) {
      return (await client.dutyStatement.create({ data: input, select: { id: true } })).id;
    },
    async certificates(unitId) {
      const rows = await client.certificate.findMany({ where: { unitId }, orderBy: [{ kind: 'asc' }, { number: 'asc' }], select: { kind: true, number: true, scope: true, validUntil: true } });
      return rows.map((row) => ({ ...row, kind: row.kind as Licence }));
    },
    async saveCertificate({ unitId, certificate, at }) {
      const { kind, number, scope, validUntil } = certificate;
      const existing = await client.certificate.findUnique({ where: { unitId_kind_number: { unitId, kind, number } }, select: { id: true, validUntil: true } });
      if (!existing) {
        await client.certificate.create({ data: { unitId, kind, number, scope, validUntil, createdAt: at } });
        return;
      }
      await client.certificate.update({
        where: { id: existing.id },
        data: { scope, validUntil, ...(existing.validUntil === validUntil ? {} : { lastReminder: null }) },
      });
    },
    async recordAssessment(personId, assessment) {
      const existing = await client.assessment.findUnique({ where: { personId_kind_date: { personId, kind: 'assessment', date: assessment.date } } });
      if (existing) return false;
      await client.assessment.create({ data: { personId, kind: 'assessment', date: assessment.date, passed: assessment.passed } });
      return true;
    },
  };
}
