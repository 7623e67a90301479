import type { Role } from '../../domain/people/role.ts';
import type { Store } from '../../ports/store.ts';

export interface HelpRequested {
  kind: 'help';
  /** The units the person belongs to and their roles there; empty for someone nobody registered. */
  memberships: Array<{ unitId: string; roles: Role[] }>;
}

/** 帮助: what the person may do depends on the roles they hold, unit by unit. */
export async function showHelp(store: Store, input: { actorOpenId: string }): Promise<HelpRequested> {
  return store.transaction(async (transaction) => {
    const memberships = await transaction.people.byOpenId(input.actorOpenId);
    return { kind: 'help', memberships: memberships.map((member) => ({ unitId: member.unitId, roles: member.roles })) };
  });
}
