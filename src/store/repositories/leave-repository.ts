import type { LeaveWithSubstitute } from '../../domain/leave/leave-rules.ts';
import type { LeaveRepository } from '../../ports/leave-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

const leaveSelect = {
  id: true,
  personId: true,
  startDate: true,
  endDate: true,
  reason: true,
  // The newest naming applies; earlier ones stay on record.
  substitutions: { select: { substituteId: true }, orderBy: [{ namedAt: 'desc' as const }, { id: 'desc' as const }], take: 1 },
};

type LeaveRow = { id: string; personId: string; startDate: string; endDate: string; reason: string; substitutions: Array<{ substituteId: string }> };

function toLeave(row: LeaveRow): LeaveWithSubstitute {
  const substituteId = row.substitutions[0]?.substituteId;
  return { id: row.id, personId: row.personId, startDate: row.startDate, endDate: row.endDate, reason: row.reason, ...(substituteId ? { substituteId } : {}) };
}

export function leaveRepository(client: TransactionClient): LeaveRepository {
  return {
    async add(leave) {
      return (await client.leave.create({ data: leave, select: { id: true } })).id;
    },
    async get(leaveId) {
      const row = await client.leave.findUnique({ where: { id: leaveId }, select: leaveSelect });
      return row ? toLeave(row) : null;
    },
    async ofPersonFrom(unitId, personId, fromDate) {
      const rows = await client.leave.findMany({ where: { unitId, personId, endDate: { gte: fromDate } }, select: leaveSelect, orderBy: { startDate: 'asc' } });
      return rows.map(toLeave);
    },
    async covering(unitId, date) {
      const rows = await client.leave.findMany({ where: { unitId, startDate: { lte: date }, endDate: { gte: date } }, select: leaveSelect, orderBy: { startDate: 'asc' } });
      return rows.map(toLeave);
    },
    async overlapping(unitId, from, to) {
      return client.leave.findMany({
        where: { unitId, startDate: { lte: to }, endDate: { gte: from } },
        select: { id: true, personId: true, startDate: true, endDate: true, reason: true },
        orderBy: { startDate: 'asc' },
      });
    },
    async nameSubstitute(naming) {
      return (await client.leaveSubstitution.create({ data: naming, select: { id: true } })).id;
    },
  };
}
