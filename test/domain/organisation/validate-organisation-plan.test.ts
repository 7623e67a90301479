import { describe, expect, it } from 'vitest';
import type { OrganisationPlan, PersonPlan, UnitPlan } from '../../../src/domain/organisation/organisation-plan.ts';
import { validateOrganisationPlan } from '../../../src/domain/organisation/validate-organisation-plan.ts';

const passed = { passed: true, date: '2024-03-01' };

function person(id: string, name: string, roles: PersonPlan['roles'], openId: string, extra: Partial<PersonPlan> = {}): PersonPlan {
  return { id, name, roles, contact: { type: 'openId', value: openId }, ...extra };
}

function plant(overrides: Partial<UnitPlan> = {}): UnitPlan {
  return {
    id: 'acme-plant',
    name: '某某电器有限公司',
    kind: 'producer',
    staff: 350,
    revenueWan: 8000,
    licences: ['production-licence', 'ccc'],
    certificates: [],
    checklist: { type: 'template', templateId: 'producer-default' },
    calendar: 'every-day',
    people: [
      person('zhang', '张三', ['principal'], 'ou_a1'),
      person('li', '李四', ['director'], 'ou_b2', { assessment: passed }),
      person('wang', '王五', ['officer'], 'ou_c3', { assessment: passed }),
      { id: 'zhao', name: '赵六', roles: ['officer'], contact: { type: 'mobile', value: '13800000000' }, assessment: passed },
    ],
    ...overrides,
  };
}

function shop(overrides: Partial<UnitPlan> = {}): UnitPlan {
  return {
    id: 'acme-shop',
    name: '某某电器门市部',
    kind: 'retailer',
    staff: 6,
    revenueWan: 80,
    licences: [],
    certificates: [],
    checklist: { type: 'template', templateId: 'retailer-default' },
    calendar: 'working-days',
    people: [person('zhang', '张三', ['principal'], 'ou_a1'), person('sun', '孙七', ['officer'], 'ou_d4', { assessment: passed })],
    ...overrides,
  };
}

function errorCodes(plan: OrganisationPlan): string[] {
  return validateOrganisationPlan(plan).errors.map((error) => error.code);
}

describe('validateOrganisationPlan', () => {
  it('accepts the CONTRACT example and reports each unit’s grade, director requirement and checklist', () => {
    const result = validateOrganisationPlan({ units: [plant(), shop()] });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.units.map((unit) => [unit.unitId, unit.grade.grade, unit.directorRequired.required])).toEqual([
      ['acme-plant', 'B', true],
      ['acme-shop', 'D', false],
    ]);
    expect(result.units[0]?.checklist?.items[0]?.code).toBe('P01');
  });

  it('accepts a director who is also an officer: the published Art. 6 has no such rule', () => {
    const unit = plant();
    unit.people[1] = person('li', '李四', ['director', 'officer'], 'ou_b2', { assessment: passed });
    expect(validateOrganisationPlan({ units: [unit] }).errors).toEqual([]);
  });

  it('a unit may have more than one director', () => {
    const unit = plant();
    unit.people.push(person('qian', '钱八', ['director'], 'ou_e5', { assessment: passed }));
    expect(validateOrganisationPlan({ units: [unit] }).errors).toEqual([]);
  });

  it('a unit’s own house rules refuse what the Orders allow, in the unit’s words, never as 第六条', () => {
    const unit = plant({ houseRules: { directorNotOfficer: true, officerMostPosts: 2 } });
    unit.people[1] = person('li', '李四', ['director', 'officer'], 'ou_b2', { assessment: passed });
    unit.people[2] = person('wang', '王五', ['officer'], 'ou_c3', { assessment: passed, otherPosts: ['来料检验员', '计量管理员'] });
    const errors = validateOrganisationPlan({ units: [unit] }).errors;
    expect(errors.map((error) => [error.code, error.details?.['path']])).toEqual([
      ['HOUSE_RULE_DIRECTOR_NOT_OFFICER', ['units', 0, 'people', 1, 'roles']],
      ['HOUSE_RULE_OFFICER_POSTS', ['units', 0, 'people', 2, 'otherPosts']],
    ]);
    expect(errors[0]?.message).toBe('单位 acme-plant 的人员 li（李四）：本单位规定（houseRules.directorNotOfficer）质量安全总监不兼任质量安全员');
    expect(errors[1]?.message).toContain('现担任 3 个：本单位质量安全员、来料检验员、计量管理员');
    for (const error of errors) expect(error.message).not.toContain('第六条');
  });

  it('refuses a licensed plant without a director, citing why one is required', () => {
    const unit = plant({ staff: 10, revenueWan: 100 });
    unit.people.splice(1, 1);
    const result = validateOrganisationPlan({ units: [unit] });
    expect(result.errors.map((error) => error.code)).toEqual(['DIRECTOR_REQUIRED_MISSING']);
    expect(result.errors[0]?.message).toContain('实施工业产品生产许可证管理的产品生产单位');
    expect(result.errors[0]?.details?.['path']).toEqual(['units', 0, 'people']);
  });

  it('a unit holding a CCC certificate is under CCC management: without a director it is refused (Art. 5)', () => {
    const unit = shop({ certificates: [{ kind: 'ccc', number: '2023010701000123', scope: '电暖器', validUntil: '2027-03-31' }] });
    const result = validateOrganisationPlan({ units: [unit] });
    expect(result.errors.map((error) => error.code)).toEqual(['DIRECTOR_REQUIRED_MISSING']);
    expect(result.errors[0]?.message).toContain('销售强制性产品认证管理的产品的单位');
  });

  it('refuses a certificate listed twice, pointing at the second', () => {
    const certificate = { kind: 'ccc' as const, number: '2023010701000123', scope: '电暖器', validUntil: '2027-03-31' };
    const result = validateOrganisationPlan({ units: [plant({ certificates: [certificate, { ...certificate, validUntil: '2028-03-31' }] })] });
    expect(result.errors.map((error) => [error.code, error.details?.['path']])).toEqual([['CERTIFICATE_DUPLICATE', ['units', 0, 'certificates', 1, 'number']]]);
    expect(result.errors[0]?.message).toBe('单位 acme-plant 的证书：强制性产品认证证书 2023010701000123（电暖器）与第 1 张证书的类别和编号相同，每张证书只列一次');
  });

  it('refuses two units with the same id', () => {
    const result = validateOrganisationPlan({ units: [plant(), plant({ name: '另一家' })] });
    expect(result.errors.map((error) => error.code)).toEqual(['UNIT_ID_DUPLICATE']);
    expect(result.errors[0]?.details?.['path']).toEqual(['units', 1, 'id']);
  });

  it('refuses the same person id twice in one unit, and the same person listed twice', () => {
    const unit = shop();
    unit.people.push(person('sun', '孙七七', ['officer'], 'ou_e5', { assessment: passed }));
    unit.people.push(person('qian', '钱九', ['officer'], 'ou_d4', { assessment: passed }));
    const result = validateOrganisationPlan({ units: [unit] });
    expect(result.errors.map((error) => error.code)).toEqual(['PERSON_ID_DUPLICATE', 'PERSON_CONTACT_DUPLICATE']);
    expect(result.errors[1]?.message).toContain('飞书 open_id ou_d4 与人员 sun（孙七）相同');
  });

  it('lets the same person hold different roles in different units', () => {
    const result = validateOrganisationPlan({
      units: [plant(), shop({ people: [person('zhang', '张三', ['principal'], 'ou_a1'), person('li', '李四', ['officer'], 'ou_b2', { assessment: passed })] })],
    });
    expect(result.errors).toEqual([]);
  });

  it('accepts an officer who is also an officer of another unit and holds other posts', () => {
    const sharedOfficer = person('wang', '王五', ['officer'], 'ou_c3', { assessment: passed, otherPosts: ['仓库检验员'] });
    expect(validateOrganisationPlan({ units: [plant(), shop({ people: [person('zhang', '张三', ['principal'], 'ou_a1'), sharedOfficer] })] }).errors).toEqual([]);
  });

  it('names the unit when its checklist template does not exist', () => {
    const result = validateOrganisationPlan({ units: [plant({ checklist: { type: 'template', templateId: 'factory' } })] });
    expect(result.errors.map((error) => error.code)).toEqual(['CHECKLIST_TEMPLATE_UNKNOWN']);
    expect(result.errors[0]?.message).toMatch(/^单位 acme-plant 的风险管控清单：没有名为 factory 的风险管控清单模板，可用模板：producer-default/);
  });

  it('warns when a unit uses a template written for another kind of unit', () => {
    const result = validateOrganisationPlan({ units: [shop({ checklist: { type: 'template', templateId: 'producer-default' } })] });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['CHECKLIST_TEMPLATE_KIND_MISMATCH']);
  });

  it('points inline checklist mistakes at the item', () => {
    const result = validateOrganisationPlan({
      units: [shop({ checklist: { type: 'inline', items: [{ code: 'A', text: '一' }, { code: 'A', text: '二' }] } })],
    });
    expect(result.errors[0]?.details?.['path']).toEqual(['units', 0, 'checklist', 1, 'code']);
  });

  it('refuses per-shift control without shift times, and ignores shifts of daily control with a warning', () => {
    expect(
      errorCodes({ units: [plant({ cadence: { control: 'per-shift', investigation: 'weekly', scheduling: 'monthly' } })] }),
    ).toEqual(['CADENCE_SHIFTS_MISSING']);
    const daily = validateOrganisationPlan({
      units: [plant({ cadence: { control: 'daily', shifts: ['08:30'], investigation: 'every-two-days', weeklyDay: 3, scheduling: 'fortnightly' } })],
    });
    expect(daily.errors).toEqual([]);
    expect(daily.warnings.map((warning) => warning.code)).toEqual(['CADENCE_SHIFTS_IGNORED', 'CADENCE_WEEKLY_DAY_IGNORED']);
  });

  it('refuses duplicate shifts and an impossible weekday', () => {
    expect(
      errorCodes({
        units: [plant({ cadence: { control: 'per-shift', shifts: ['08:30', '08:30'], investigation: 'weekly', weeklyDay: 8, scheduling: 'monthly' } })],
      }),
    ).toEqual(['CADENCE_SHIFT_DUPLICATE', 'CADENCE_WEEKLY_DAY_INVALID']);
  });

  it('refuses a reminder before the push or a close before the reminder', () => {
    const result = validateOrganisationPlan({ units: [plant({ times: { push: '09:00', remind: '08:00', close: '18:00' } })] });
    expect(result.errors.map((error) => error.code)).toEqual(['TIMES_OUT_OF_ORDER']);
    expect(result.errors[0]?.message).toBe('单位 acme-plant 的时间设置：提醒时间（remind 08:00）须晚于推送时间（push 09:00）');
    expect(errorCodes({ units: [plant({ times: { push: '08:00', close: '07:59' } })] })).toEqual(['TIMES_OUT_OF_ORDER']);
    expect(errorCodes({ units: [plant({ times: { push: '08:00', remind: '15:00', close: '18:00', weekly: '07:00' } })] })).toEqual([]);
  });

  it('refuses negative figures but still applies the licence rule', () => {
    const unit = plant({ staff: -5 });
    unit.people.splice(1, 1);
    const result = validateOrganisationPlan({ units: [unit] });
    expect(result.errors.map((error) => error.code)).toEqual(['UNIT_FIGURES_INVALID', 'DIRECTOR_REQUIRED_MISSING']);
    expect(result.units).toEqual([]);
  });

  it('keeps warnings apart from errors', () => {
    const unit = shop();
    unit.people[1] = person('sun', '孙七', ['officer'], 'ou_d4');
    const result = validateOrganisationPlan({ units: [unit] });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => [warning.code, warning.details?.['path']])).toEqual([
      ['ASSESSMENT_MISSING', ['units', 0, 'people', 1, 'assessment']],
    ]);
  });
});
