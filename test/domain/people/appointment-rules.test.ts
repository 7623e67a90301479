import { describe, expect, it } from 'vitest';
import { checkAppointments, type AppointedPerson, type UnitAppointments } from '../../../src/domain/people/appointment-rules.ts';

const passed = { passed: true, date: '2024-03-01' };

function unit(people: AppointedPerson[], directorRequired: UnitAppointments['directorRequired'] = false): UnitAppointments {
  return { unitId: 'acme-plant', unitName: '某某电器有限公司', directorRequired, people };
}

const zhang: AppointedPerson = { id: 'zhang', name: '张三', roles: ['principal'] };
const li: AppointedPerson = { id: 'li', name: '李四', roles: ['director'], assessment: passed };
const wang: AppointedPerson = { id: 'wang', name: '王五', roles: ['officer'], assessment: passed };

function codes(people: AppointedPerson[], directorRequired: UnitAppointments['directorRequired'] = false): string[] {
  return checkAppointments(unit(people, directorRequired)).errors.map((error) => error.code);
}

describe('checkAppointments', () => {
  it('accepts a principal, a director and an officer who passed their assessments', () => {
    expect(checkAppointments(unit([zhang, li, wang], true))).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a director who is also an officer and an officer holding other posts: the published Art. 6 forbids neither', () => {
    expect(codes([zhang, { ...li, roles: ['director', 'officer'] }, wang])).toEqual([]);
  });

  it('requires exactly one principal', () => {
    expect(codes([li, wang])).toEqual(['PRINCIPAL_MISSING']);
    const twoPrincipals = checkAppointments(unit([zhang, { id: 'sun', name: '孙七', roles: ['principal'] }, wang]));
    expect(twoPrincipals.errors.map((error) => error.code)).toEqual(['PRINCIPAL_DUPLICATE']);
    expect(twoPrincipals.errors[0]?.message).toContain('人员 sun（孙七）：每个单位只能有一名主要负责人，已有 zhang（张三）');
  });

  it('refuses a unit that must have a director but has none, giving the reason', () => {
    const requirement = { required: true, reasons: ['实施强制性产品认证管理的产品生产单位，应当配备质量安全总监（第五条第二项）'] };
    const result = checkAppointments(unit([zhang, wang], requirement));
    expect(result.errors.map((error) => error.code)).toEqual(['DIRECTOR_REQUIRED_MISSING']);
    expect(result.errors[0]?.message).toContain('单位 acme-plant：须配备质量安全总监');
    expect(result.errors[0]?.message).toContain('实施强制性产品认证管理的产品生产单位');
  });

  it('accepts a unit without a director when none is required', () => {
    expect(codes([zhang, wang], { required: false, reasons: ['小型单位'] })).toEqual([]);
  });

  it('allows more than one director: the published rules set no number', () => {
    expect(codes([zhang, li, { id: 'zhou', name: '周八', roles: ['director'], assessment: passed }, wang])).toEqual([]);
  });

  it('requires at least one officer', () => {
    expect(codes([zhang, li])).toEqual(['OFFICER_MISSING']);
  });

  it('refuses a director or officer who failed the assessment (Art. 15)', () => {
    const result = checkAppointments(unit([zhang, { ...wang, assessment: { passed: false, date: '2024-02-20' } }]));
    expect(result.errors.map((error) => error.code)).toEqual(['ASSESSMENT_FAILED']);
    expect(result.errors[0]?.message).toBe(
      '单位 acme-plant 的人员 wang（王五）：2024-02-20 的培训考核未通过，不得担任质量安全员（第十五条）',
    );
  });

  it('warns, without refusing, when no assessment is recorded', () => {
    const result = checkAppointments(unit([zhang, { id: 'wang', name: '王五', roles: ['officer'] }]));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['ASSESSMENT_MISSING']);
    expect(result.warnings[0]?.message).toContain('人员 wang（王五）：未记录培训考核结果');
  });

  it('does not ask the principal for an assessment', () => {
    expect(checkAppointments(unit([zhang, wang])).warnings).toEqual([]);
  });

  it('refuses a person without any role', () => {
    expect(codes([zhang, wang, { id: 'qian', name: '钱九', roles: [] }])).toEqual(['PERSON_WITHOUT_ROLE']);
  });
});
