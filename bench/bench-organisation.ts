import { openIdFor } from '../lark-stand-in/lark-ids.ts';

export interface BenchUnitShape {
  units: number;
  officersPerUnit: number;
  /** Items of the unit's own checklist; the built-in producer checklist when absent. */
  checklistItems?: number;
}

export const principalOpenId = (unit: number) => openIdFor(`bench-principal-${unit}`);
export const directorOpenId = (unit: number) => openIdFor(`bench-director-${unit}`);
export const officerOpenId = (unit: number, officer: number) => openIdFor(`bench-officer-${unit}-${officer}`);

/** Every person of the organisation, for the stand-in's directory. */
export function benchPeople(shape: BenchUnitShape): string[] {
  const people: string[] = [];
  for (let unit = 1; unit <= shape.units; unit += 1) {
    people.push(principalOpenId(unit), directorOpenId(unit));
    for (let officer = 1; officer <= shape.officersPerUnit; officer += 1) people.push(officerOpenId(unit, officer));
  }
  return people;
}

/** The organisation file of `units` producers under CCC, each with a principal, a director and its officers. */
export function benchOrganisation(shape: BenchUnitShape): string {
  const checklist =
    shape.checklistItems === undefined
      ? ['    checklist: producer-default']
      : ['    checklist:', ...Array.from({ length: shape.checklistItems }, (_, index) => `      - { code: item-${index + 1}, text: 基准检查项目${index + 1}：按规定查验并记录 }`)];
  const lines = ['units:'];
  for (let unit = 1; unit <= shape.units; unit += 1) {
    lines.push(`  - id: unit-${unit}`, `    name: 基准测试单位${unit}`, '    kind: producer', '    staff: 500', '    revenueWan: 10000', '    licences: [ccc]', ...checklist, '    people:');
    lines.push(`      - { id: principal, name: 负责人${unit}, role: principal, openId: ${principalOpenId(unit)} }`);
    lines.push(`      - { id: director, name: 总监${unit}, role: director, openId: ${directorOpenId(unit)}, assessment: { passed: true, date: 2026-01-01 } }`);
    for (let officer = 1; officer <= shape.officersPerUnit; officer += 1) {
      lines.push(`      - { id: officer-${officer}, name: 安全员${unit}-${officer}, role: officer, openId: ${officerOpenId(unit, officer)}, assessment: { passed: true, date: 2026-01-01 } }`);
    }
  }
  return `${lines.join('\n')}\n`;
}
