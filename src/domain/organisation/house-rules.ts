import { planFinding, type PlanFinding } from './plan-finding.ts';
import type { UnitPlan } from './organisation-plan.ts';

/**
 * Rules a unit sets for itself beyond the published Orders: the consultation draft of Order 76 had them as law,
 * the published texts do not, so a unit that wants them switches them on and they are reported as the unit's own.
 */
export interface HouseRules {
  /** 本单位规定：质量安全总监不兼任质量安全员. */
  directorNotOfficer?: boolean;
  /** 本单位规定：质量安全员最多担任的质量控制岗位数（本岗位在内）. */
  officerMostPosts?: number;
}

/** What breaks the unit's own rules, each finding pointing at the person's line in the file. */
export function checkHouseRules(unit: UnitPlan, unitIndex: number): PlanFinding[] {
  const rules = unit.houseRules;
  if (rules === undefined) return [];
  const findings: PlanFinding[] = [];
  unit.people.forEach((person, personIndex) => {
    const label = `单位 ${unit.id} 的人员 ${person.id}（${person.name}）`;
    const details = (field: string) => ({ unitId: unit.id, personId: person.id, field, path: ['units', unitIndex, 'people', personIndex, field] });
    if (rules.directorNotOfficer === true && person.roles.includes('director') && person.roles.includes('officer')) {
      findings.push(planFinding('HOUSE_RULE_DIRECTOR_NOT_OFFICER', `${label}：本单位规定（houseRules.directorNotOfficer）质量安全总监不兼任质量安全员`, details('roles')));
    }
    const mostPosts = rules.officerMostPosts;
    if (mostPosts !== undefined && person.roles.includes('officer')) {
      const posts = ['本单位质量安全员', ...new Set((person.otherPosts ?? []).map((post) => post.trim()).filter((post) => post !== ''))];
      if (posts.length > mostPosts) {
        findings.push(
          planFinding(
            'HOUSE_RULE_OFFICER_POSTS',
            `${label}：本单位规定（houseRules.officerMostPosts）质量安全员最多担任 ${mostPosts} 个质量控制岗位，现担任 ${posts.length} 个：${posts.join('、')}`,
            { ...details('otherPosts'), postCount: posts.length, mostPosts },
          ),
        );
      }
    }
  });
  return findings;
}
