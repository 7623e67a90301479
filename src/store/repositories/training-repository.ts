import type { AssessmentKind } from '../../domain/training/assessment-record.ts';
import type { TrainingRepository } from '../../ports/training-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

export function trainingRepository(client: TransactionClient): TrainingRepository {
  return {
    async addSession(unitId, { attendeeIds, ...session }) {
      const created = await client.trainingSession.create({
        data: { unitId, ...session, attendees: { create: attendeeIds.map((personId) => ({ personId })) } },
        select: { id: true },
      });
      return created.id;
    },
    async hasSession(unitId, date, subject) {
      return (await client.trainingSession.count({ where: { unitId, date, subject } })) > 0;
    },
    async assessment(personId, kind, date) {
      const row = await client.assessment.findUnique({ where: { personId_kind_date: { personId, kind, date } } });
      if (!row) return null;
      return {
        personId: row.personId,
        kind: row.kind as AssessmentKind,
        date: row.date,
        passed: row.passed,
        score: row.score,
        assessor: row.assessor,
        rectification: row.rectification,
        rectifiedOn: row.rectifiedOn,
        createdAt: row.createdAt,
      };
    },
    async addAssessment(entry) {
      await client.assessment.create({ data: entry });
    },
    async recordRectification(personId, date, rectification) {
      await client.assessment.update({
        where: { personId_kind_date: { personId, kind: 'spot-check', date } },
        data: { rectification: rectification.text, rectifiedOn: rectification.on },
      });
    },
  };
}
