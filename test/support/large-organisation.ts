/** An organisation file of one producer unit with a principal, a director and `officers` officers, for tests at scale. */
export function largeOrganisationFile(officers: number, size: { staff: number; revenueWan: number }): string {
  const people = [
    '      - { id: principal, name: 张总, role: principal, openId: ou_principal }',
    '      - { id: director, name: 李总监, role: director, openId: ou_director, assessment: { passed: true, date: 2026-01-10 } }',
    ...Array.from({ length: officers }, (_, index) => `      - { id: officer-${index}, name: 安全员${index}, role: officer, openId: ou_officer_${index}, assessment: { passed: true, date: 2026-01-10 } }`),
  ];
  return ['units:', '  - id: big-plant', '    name: 大型电器制造有限公司', '    kind: producer', `    staff: ${size.staff}`, `    revenueWan: ${size.revenueWan}`, '    licences: [ccc]', '    checklist: producer-default', '    people:', ...people, ''].join('\n');
}
