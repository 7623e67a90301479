import type { Role } from '../domain/people/role.ts';

export interface UnitMember {
  personId: string;
  key: string;
  unitId: string;
  name: string;
  openId: string | null;
  roles: Role[];
}

export interface PeopleRepository {
  membersOf(unitId: string): Promise<UnitMember[]>;
  byOpenId(openId: string): Promise<UnitMember[]>;
  get(personId: string): Promise<UnitMember | null>;
}
