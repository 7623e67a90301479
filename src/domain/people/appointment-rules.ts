import { PlanFinding, planFinding } from '../organisation/plan-finding.ts';
import type { DirectorRequirement } from '../units/director-requirement.ts';
import type { Assessment } from './assessment.ts';
import { ROLE_NAMES, type Role } from './role.ts';

export interface AppointedPerson {
  id: string;
  name: string;
  roles: readonly Role[];
  assessment?: Assessment;
}

export interface UnitAppointments {
  unitId: string;
  unitName: string;
  /** A bare `true` refuses a missing director with a generic reason; pass the requirement to cite its reasons. */
  directorRequired: boolean | DirectorRequirement;
  people: readonly AppointedPerson[];
}

export interface AppointmentCheck {
  errors: PlanFinding[];
  warnings: PlanFinding[];
}

type PersonField = 'roles' | 'assessment';

const PERSON_FIELD_LABELS: Readonly<Record<PersonField, string>> = {
  roles: '角色',
  assessment: '培训考核',
};

function personLabel(unitId: string, person: AppointedPerson): string {
  return `单位 ${unitId} 的人员 ${person.id}（${person.name}）`;
}

function personError(
  code: string,
  unitId: string,
  person: AppointedPerson,
  personIndex: number,
  field: PersonField,
  sentence: string,
  extra?: Record<string, unknown>,
): PlanFinding {
  return planFinding(code, `${personLabel(unitId, person)}：${sentence}`, {
    unitId,
    personId: person.id,
    field,
    fieldLabel: PERSON_FIELD_LABELS[field],
    path: ['people', personIndex, field],
    ...extra,
  });
}

function unitError(code: string, unitId: string, sentence: string, extra?: Record<string, unknown>): PlanFinding {
  return planFinding(code, `单位 ${unitId}：${sentence}`, {
    unitId,
    field: 'people',
    fieldLabel: '人员名单',
    path: ['people'],
    ...extra,
  });
}

function holdersOf(people: readonly AppointedPerson[], role: Role): Array<{ person: AppointedPerson; index: number }> {
  return people.flatMap((person, index) => (person.roles.includes(role) ? [{ person, index }] : []));
}

function namesOf(holders: ReadonlyArray<{ person: AppointedPerson }>): string {
  return holders.map(({ person }) => `${person.id}（${person.name}）`).join('、');
}

function checkPerson(unitId: string, person: AppointedPerson, index: number, result: AppointmentCheck): void {
  const roles = new Set(person.roles);
  if (roles.size === 0) {
    result.errors.push(
      personError('PERSON_WITHOUT_ROLE', unitId, person, index, 'roles', '未指定角色（主要负责人、质量安全总监或质量安全员）'),
    );
    return;
  }
  const managedPosts = (['director', 'officer'] as const).filter((role) => roles.has(role));
  if (managedPosts.length === 0) return;
  const postNames = managedPosts.map((role) => ROLE_NAMES[role]).join('、');
  if (person.assessment === undefined) {
    result.warnings.push(
      personError(
        'ASSESSMENT_MISSING',
        unitId,
        person,
        index,
        'assessment',
        `未记录培训考核结果；${postNames}须参加本单位组织的培训并通过考核后任职（第六条、第十五条）`,
      ),
    );
  } else if (!person.assessment.passed) {
    result.errors.push(
      personError(
        'ASSESSMENT_FAILED',
        unitId,
        person,
        index,
        'assessment',
        `${person.assessment.date} 的培训考核未通过，不得担任${postNames}（第十五条）`,
        { assessmentDate: person.assessment.date },
      ),
    );
  }
}

function requiredDirectorReasons(directorRequired: boolean | DirectorRequirement): string[] | undefined {
  if (typeof directorRequired === 'boolean') {
    return directorRequired ? ['该单位属于第五条规定应当配备质量安全总监的情形'] : undefined;
  }
  return directorRequired.required ? directorRequired.reasons : undefined;
}

/**
 * Checks one unit's appointments against Art. 3, 5, 6 and 15. Errors refuse the appointment; warnings are kept
 * on record but let it through (a missing assessment result is not proof of a failed one).
 * Paths in `details.path` are relative to the unit (`['people', 2, 'roles']`).
 */
export function checkAppointments(unit: UnitAppointments): AppointmentCheck {
  const result: AppointmentCheck = { errors: [], warnings: [] };
  const { unitId, people } = unit;

  const principals = holdersOf(people, 'principal');
  if (principals.length === 0) {
    result.errors.push(
      unitError(
        'PRINCIPAL_MISSING',
        unitId,
        '人员名单中没有主要负责人（法定代表人、法定代表委托人或实际控制人），每个单位须有且仅有一名主要负责人（第三条）',
      ),
    );
  }
  for (const extra of principals.slice(1)) {
    result.errors.push(
      personError(
        'PRINCIPAL_DUPLICATE',
        unitId,
        extra.person,
        extra.index,
        'roles',
        `每个单位只能有一名主要负责人，已有 ${namesOf(principals.slice(0, 1))}`,
      ),
    );
  }

  const directors = holdersOf(people, 'director');
  const reasons = requiredDirectorReasons(unit.directorRequired);
  if (directors.length === 0 && reasons !== undefined) {
    result.errors.push(
      unitError(
        'DIRECTOR_REQUIRED_MISSING',
        unitId,
        `须配备质量安全总监，但人员名单中没有质量安全总监。依据：${reasons.join('；')}`,
        { reasons },
      ),
    );
  }
  // Neither Order nor its Q&A sets a number of directors: a unit may appoint more than one.

  if (holdersOf(people, 'officer').length === 0) {
    result.errors.push(
      unitError(
        'OFFICER_MISSING',
        unitId,
        '人员名单中没有质量安全员，每个单位须至少配备一名质量安全员（第三条、第十条）',
      ),
    );
  }

  people.forEach((person, index) => checkPerson(unitId, person, index, result));
  return result;
}
