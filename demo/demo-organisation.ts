import { readFile } from 'node:fs/promises';
import { parseOrganisationFile } from '../src/cli/organisation-file-schema.ts';
import type { PlanFinding } from '../src/domain/organisation/plan-finding.ts';
import type { OrganisationPlan } from '../src/domain/organisation/organisation-plan.ts';
import type { Role } from '../src/domain/people/role.ts';
import { UNIT_KIND_LABELS } from '../src/domain/units/unit-kind.ts';

export interface DemoPerson {
  /** The person's id in the organisation file, e.g. `wangfang`. */
  key: string;
  name: string;
  roles: Role[];
  openId: string;
}

export interface DemoUnit {
  id: string;
  name: string;
  kindLabel: string;
  people: DemoPerson[];
}

export interface DemoOrganisation {
  yamlText: string;
  plan: OrganisationPlan;
  describe: (finding: PlanFinding) => string;
  units: DemoUnit[];
}

const organisationFile = new URL('./demo-organisation.yaml', import.meta.url);

/** The demo's organisation file, read and checked exactly as `qs org import` reads one. */
export async function loadDemoOrganisation(): Promise<DemoOrganisation> {
  const yamlText = await readFile(organisationFile, 'utf8');
  const parsed = parseOrganisationFile(yamlText);
  if (!parsed.ok) throw new Error(`演示组织文件有误：\n${parsed.problems.map((problem) => problem.message).join('\n')}`);
  const units = parsed.plan.units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    kindLabel: UNIT_KIND_LABELS[unit.kind],
    people: unit.people.map((person) => {
      if (person.contact.type !== 'openId') throw new Error(`演示人员 ${person.name} 须以 openId 给出`);
      return { key: person.id, name: person.name, roles: person.roles, openId: person.contact.value };
    }),
  }));
  return { yamlText, plan: parsed.plan, describe: parsed.describe, units };
}
