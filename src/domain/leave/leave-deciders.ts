import type { Role } from '../people/role.ts';

/** Who is told of leave and names substitutes: the unit's director, or its principal where the unit has no director. */
export function leaveDeciders<Member extends { roles: readonly Role[] }>(members: readonly Member[]): Member[] {
  const directors = members.filter((member) => member.roles.includes('director'));
  return directors.length > 0 ? directors : members.filter((member) => member.roles.includes('principal'));
}
