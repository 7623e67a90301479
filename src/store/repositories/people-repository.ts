import type { Role } from '../../domain/people/role.ts';
import type { PeopleRepository, UnitMember } from '../../ports/people-repository.ts';
import type { TransactionClient } from '../transaction-client.ts';

const memberSelect = {
  id: true,
  key: true,
  unitId: true,
  name: true,
  openId: true,
  appointments: { where: { endedAt: null }, select: { role: true } },
} as const;

function toMember(row: { id: string; key: string; unitId: string; name: string; openId: string | null; appointments: Array<{ role: string }> }): UnitMember {
  return { personId: row.id, key: row.key, unitId: row.unitId, name: row.name, openId: row.openId, roles: row.appointments.map((appointment) => appointment.role as Role) };
}

/** Members are the people holding at least one current appointment; a person whose posts all ended is history. */
export function peopleRepository(client: TransactionClient): PeopleRepository {
  return {
    async membersOf(unitId) {
      const rows = await client.person.findMany({ where: { unitId }, select: memberSelect, orderBy: { key: 'asc' } });
      return rows.map(toMember).filter((member) => member.roles.length > 0);
    },
    async byOpenId(openId) {
      const rows = await client.person.findMany({ where: { openId }, select: memberSelect, orderBy: { unitId: 'asc' } });
      return rows.map(toMember).filter((member) => member.roles.length > 0);
    },
    async get(personId) {
      const row = await client.person.findUnique({ where: { id: personId }, select: memberSelect });
      return row ? toMember(row) : null;
    },
  };
}
