import { describe, expect, it } from 'vitest';
import { parseOrganisationFile, type OrganisationFileParse } from '../../src/cli/organisation-file-schema.ts';
import { validateOrganisationPlan } from '../../src/domain/organisation/validate-organisation-plan.ts';

const contractExample = `units:
  - id: acme-plant            # stable id, [a-z0-9-]
    name: 某某电器有限公司
    kind: producer            # producer | wholesaler | retailer
    staff: 350                # 从业人员
    revenueWan: 8000          # 营业收入, 万元
    licences: [production-licence, ccc]   # optional
    checklist: producer-default           # a built-in template id, or a list of items (below)
    calendar: every-day       # every-day (default) | working-days (China's official calendar, 调休 included)
    people:
      - { id: zhang, name: 张三, role: principal, openId: ou_a1 }
      - { id: li,    name: 李四, role: director,  openId: ou_b2 }
      - { id: wang,  name: 王五, role: officer,   openId: ou_c3 }
      - { id: zhao,  name: 赵六, role: officer,   mobile: "13800000000" }   # open_id looked up via Lark
`;

function messages(parse: OrganisationFileParse): string[] {
  if (parse.ok) throw new Error('expected the file to be refused');
  return parse.problems.map((problem) => problem.message);
}

function accepted(parse: OrganisationFileParse) {
  if (!parse.ok) throw new Error(parse.problems.map((problem) => problem.message).join('\n'));
  return parse;
}

/** The CONTRACT example with one line replaced; line numbers stay those of the example. */
function exampleWithLine(lineNumber: number, text: string): string {
  const lines = contractExample.split('\n');
  lines[lineNumber - 1] = text;
  return lines.join('\n');
}

describe('houseRules: the unit’s own stricter rules', () => {
  const withHouseRules = (rules: string) => contractExample.replace('    calendar: every-day       #', `    houseRules: ${rules}\n    calendar: every-day       #`);

  it('reads them into the plan, and the unit’s director who is also an officer is then refused in the unit’s words', () => {
    const withBoth = withHouseRules('{ directorNotOfficer: true }').replace('{ id: li,    name: 李四, role: director,', '{ id: li,    name: 李四, roles: [director, officer],');
    const { plan } = accepted(parseOrganisationFile(withBoth));
    expect(plan.units[0]?.houseRules).toEqual({ directorNotOfficer: true });
    expect(validateOrganisationPlan(plan).errors.map((error) => error.message)).toEqual([
      '单位 acme-plant 的人员 li（李四）：本单位规定（houseRules.directorNotOfficer）质量安全总监不兼任质量安全员',
    ]);
  });

  it('refuses a rule it does not know, naming it', () => {
    expect(messages(parseOrganisationFile(withHouseRules('{ officerMostPosts: 0 }'))).join('\n')).toContain('officerMostPosts');
    expect(messages(parseOrganisationFile(withHouseRules('{ noWeekends: true }'))).join('\n')).toContain('noWeekends');
  });
});

describe('parseOrganisationFile: valid files', () => {
  it('reads the CONTRACT example into a plan', () => {
    const { plan } = accepted(parseOrganisationFile(contractExample));
    expect(plan.units).toHaveLength(1);
    const unit = plan.units[0]!;
    expect(unit).toMatchObject({
      id: 'acme-plant',
      name: '某某电器有限公司',
      kind: 'producer',
      staff: 350,
      revenueWan: 8000,
      licences: ['production-licence', 'ccc'],
      checklist: { type: 'template', templateId: 'producer-default' },
      calendar: 'every-day',
    });
    expect(unit.people.map((person) => [person.id, person.roles, person.contact])).toEqual([
      ['zhang', ['principal'], { type: 'openId', value: 'ou_a1' }],
      ['li', ['director'], { type: 'openId', value: 'ou_b2' }],
      ['wang', ['officer'], { type: 'openId', value: 'ou_c3' }],
      ['zhao', ['officer'], { type: 'mobile', value: '13800000000' }],
    ]);
    expect(validateOrganisationPlan(plan).errors).toEqual([]);
  });

  it('fills in defaults and accepts the optional sections', () => {
    const { plan } = accepted(
      parseOrganisationFile(`units:
  - id: shop-1
    name: 门市部
    kind: retailer
    staff: 4
    revenueWan: 60.5
    timeZone: Asia/Urumqi
    cadence: { control: per-shift, shifts: ["08:30", "16:30"], weeklyDay: 5 }
    times: { push: "08:00", remind: "15:00", close: "18:00", weekly: "17:00", monthly: "10:00" }
    people:
      - id: boss
        name: 老板
        roles: [principal, officer, officer]
        email: Boss@Example.com
        otherPosts: [收银质检]
        assessment: { passed: true, date: 2024-02-29 }
      - { id: clerk, name: 店员, role: officer, mobile: 13900000000 }
`),
    );
    const unit = plan.units[0]!;
    expect(unit.checklist).toEqual({ type: 'template', templateId: 'retailer-default' });
    expect(unit.calendar).toBe('every-day');
    expect(unit.licences).toEqual([]);
    expect(unit.timeZone).toBe('Asia/Urumqi');
    expect(unit.cadence).toEqual({ control: 'per-shift', shifts: ['08:30', '16:30'], investigation: 'weekly', weeklyDay: 5, scheduling: 'monthly' });
    expect(unit.times).toEqual({ push: '08:00', remind: '15:00', close: '18:00', weekly: '17:00', monthly: '10:00' });
    expect(unit.people[0]).toEqual({
      id: 'boss',
      name: '老板',
      roles: ['principal', 'officer'],
      contact: { type: 'email', value: 'Boss@Example.com' },
      otherPosts: ['收银质检'],
      assessment: { passed: true, date: '2024-02-29' },
    });
    expect(unit.people[1]?.contact).toEqual({ type: 'mobile', value: '13900000000' });
  });

  it('accepts an inline checklist whose items carry extra fields', () => {
    const { plan } = accepted(
      parseOrganisationFile(
        exampleWithLine(
          8,
          `    checklist:
      - { code: X01, text: 焊接工序抽检, guidance: 看焊点, owner: 车间 }
      - { code: X02, text: 包装标识 }`,
        ),
      ),
    );
    expect(plan.units[0]?.checklist).toEqual({
      type: 'inline',
      items: [
        { code: 'X01', text: '焊接工序抽检', guidance: '看焊点' },
        { code: 'X02', text: '包装标识' },
      ],
    });
  });

  it('reads the certificates of the CONTRACT and each person’s appointment date and document', () => {
    const { plan } = accepted(
      parseOrganisationFile(
        exampleWithLine(
          8,
          `    checklist: producer-default
    certificates:
      - { kind: ccc, number: "2023010701000123", scope: 电暖器, validUntil: 2027-03-31 }
      - { kind: production-licence, number: "XK06-014-00789", scope: 电线电缆, validUntil: 2026-12-31 }`,
        ).replace('{ id: li,    name: 李四, role: director,  openId: ou_b2 }', '{ id: li, name: 李四, role: director, openId: ou_b2, appointedOn: 2026-01-05, appointmentDocument: 质安任〔2026〕1号 }'),
      ),
    );
    expect(plan.units[0]?.certificates).toEqual([
      { kind: 'ccc', number: '2023010701000123', scope: '电暖器', validUntil: '2027-03-31' },
      { kind: 'production-licence', number: 'XK06-014-00789', scope: '电线电缆', validUntil: '2026-12-31' },
    ]);
    expect(plan.units[0]?.people[1]).toMatchObject({ appointedOn: '2026-01-05', appointmentDocument: '质安任〔2026〕1号' });
    expect(plan.units[0]?.people[2]).not.toHaveProperty('appointedOn');
  });

  it('gives a rule broken in the file the line it is on', () => {
    const parse = accepted(parseOrganisationFile(exampleWithLine(12, '      - { id: li, name: 李四, role: director, openId: ou_b2, assessment: { passed: false, date: 2026-01-10 } }')));
    const validation = validateOrganisationPlan(parse.plan);
    expect(validation.errors.map(parse.describe)).toEqual([
      '第 12 行：单位 acme-plant 的人员 li（李四）：2026-01-10 的培训考核未通过，不得担任质量安全总监（第十五条）',
    ]);
    expect(parse.lineOf(['units', 0, 'people', 3, 'mobile'])).toBe(14);
    expect(parse.lineOf(['units', 0, 'people', 1, 'assessment'])).toBe(12);
  });
});

describe('parseOrganisationFile: broken files', () => {
  it('names the line and field of a wrong role', () => {
    expect(messages(parseOrganisationFile(exampleWithLine(12, '      - { id: li, name: 李四, role: manager, openId: ou_b2 }')))).toEqual([
      '第 12 行 units[0].people[1].role：角色须为 principal（主要负责人）、director（质量安全总监）、officer（质量安全员）之一',
    ]);
  });

  it('requires exactly one of openId, mobile and email', () => {
    expect(messages(parseOrganisationFile(exampleWithLine(13, '      - { id: wang, name: 王五, role: officer }')))).toEqual([
      '第 13 行 units[0].people[2]：须填写 openId、mobile、email 中的一项，机器人据此找到此人',
    ]);
    expect(
      messages(parseOrganisationFile(exampleWithLine(13, '      - { id: wang, name: 王五, role: officer, openId: ou_c3, email: w@example.com }'))),
    ).toEqual(['第 13 行 units[0].people[2].email：openId、mobile、email 只能填写一项，已填写 openId']);
  });

  it('requires a role, and only one of role and roles', () => {
    expect(messages(parseOrganisationFile(exampleWithLine(13, '      - { id: wang, name: 王五, openId: ou_c3 }')))).toEqual([
      '第 13 行 units[0].people[2]：须填写角色：role（单个）或 roles（列表）',
    ]);
    expect(
      messages(parseOrganisationFile(exampleWithLine(13, '      - { id: wang, name: 王五, role: officer, roles: [officer], openId: ou_c3 }'))),
    ).toEqual(['第 13 行 units[0].people[2].roles：role 与 roles 只能填写一个：单个角色用 role，多个角色用 roles 列表']);
  });

  it('reports every problem of the file at once, in line order', () => {
    const broken = contractExample
      .replace('id: acme-plant ', 'id: Acme_Plant ')
      .replace('kind: producer ', 'kind: factory  ')
      .replace('staff: 350 ', 'staff: -3  ')
      .replace('revenueWan: 8000', 'revenueWan: lots')
      .replace('licences: [production-licence, ccc]', 'licence: [ccc]')
      .replace('{ id: wang,  name: 王五, role: officer,   openId: ou_c3 }', '{ id: wang, name: 王五, role: officer }');
    expect(messages(parseOrganisationFile(broken))).toEqual([
      '第 2 行 units[0].id：单位编号只能使用小写字母、数字和连字符（a-z、0-9、-）',
      '第 4 行 units[0].kind：单位类型须为 producer（生产单位）、wholesaler（批发单位）、retailer（零售单位）之一',
      '第 5 行 units[0].staff：从业人员不能为负数',
      '第 6 行 units[0].revenueWan：营业收入（万元）须为数字',
      '第 7 行 units[0].licence：不认识的字段，是否想写 licences？',
      '第 13 行 units[0].people[2]：须填写 openId、mobile、email 中的一项，机器人据此找到此人',
    ]);
  });

  it('reads each inline item’s 管控频次 (frequency and day), and refuses a weekly item without its weekday, naming the item', () => {
    const { plan } = accepted(
      parseOrganisationFile(
        exampleWithLine(
          8,
          `    checklist:
      - { code: X01, text: 原料进货查验 }
      - { code: X02, text: 交接班检查, frequency: per-shift }
      - { code: X03, text: 消防器材点检, frequency: weekly, day: 1 }
      - { code: X04, text: 计量器具核查, frequency: monthly, day: 31 }`,
        ),
      ),
    );
    expect(plan.units[0]?.checklist).toEqual({
      type: 'inline',
      items: [
        { code: 'X01', text: '原料进货查验' },
        { code: 'X02', text: '交接班检查', frequency: 'per-shift' },
        { code: 'X03', text: '消防器材点检', frequency: 'weekly', day: 1 },
        { code: 'X04', text: '计量器具核查', frequency: 'monthly', day: 31 },
      ],
    });
    expect(validateOrganisationPlan(plan).errors).toEqual([]);
    const refused = accepted(parseOrganisationFile(exampleWithLine(8, '    checklist:\n      - { code: X01, text: 一 }\n      - { code: X02, text: 二, frequency: weekly }')));
    expect(validateOrganisationPlan(refused.plan).errors.map((error) => error.message)).toEqual([
      expect.stringContaining('第 2 项（X02）：管控频次为 weekly 时须写明 day：星期几检查（1–7，1 为星期一）'),
    ]);
  });

  it('points at the inline checklist item that lacks its text', () => {
    expect(messages(parseOrganisationFile(exampleWithLine(8, '    checklist:\n      - { code: X01, text: 一 }\n      - { code: X02 }')))).toEqual([
      '第 10 行 units[0].checklist[1].text：缺少此项',
    ]);
  });

  it('refuses a checklist that is neither a template id nor a list', () => {
    expect(messages(parseOrganisationFile(exampleWithLine(8, '    checklist: 42')))).toEqual([
      '第 8 行 units[0].checklist：须为内置模板编号（如 producer-default）或检查项列表',
    ]);
  });

  it('refuses malformed times, dates, time zones and e-mail addresses', () => {
    const broken = contractExample
      .replace('    calendar: every-day', '    calendar: every-day\n    timeZone: Mars/Olympus\n    times: { push: "8:30" }')
      .replace('{ id: wang,  name: 王五, role: officer,   openId: ou_c3 }', '{ id: wang, name: 王五, role: officer, email: not-an-email, assessment: { passed: yes, date: 2023-02-29 } }');
    expect(messages(parseOrganisationFile(broken))).toEqual([
      '第 10 行 units[0].timeZone：不是有效的时区名称，如 Asia/Shanghai',
      '第 11 行 units[0].times.push：须为 HH:mm（24 小时制），如 08:30',
      '第 15 行 units[0].people[2].email：邮箱格式不正确',
      '第 15 行 units[0].people[2].assessment.passed：passed 须为 true（通过）或 false（未通过）',
      '第 15 行 units[0].people[2].assessment.date：须为日期 YYYY-MM-DD，如 2024-03-01',
    ]);
  });

  it('names the line and field of every bad certificate value and appointment date', () => {
    const broken = exampleWithLine(
      8,
      `    checklist: producer-default
    certificates:
      - { kind: iso9001, number: 2023010701000123, scope: "", validUntil: 2027-02-29 }
      - { kind: ccc, number: "2023", scope: 电暖器, validUntill: 2027-03-31 }`,
    ).replace('{ id: li,    name: 李四, role: director,  openId: ou_b2 }', '{ id: li, name: 李四, role: director, openId: ou_b2, appointedOn: 2026-13-01 }');
    expect(messages(parseOrganisationFile(broken))).toEqual([
      '第 10 行 units[0].certificates[0].kind：证书类别须为 production-licence（工业产品生产许可证）、ccc（强制性产品认证证书）之一',
      '第 10 行 units[0].certificates[0].number：证书编号须为文字：数字编号请加引号，如 "2023010701000123"',
      '第 10 行 units[0].certificates[0].scope：不能为空',
      '第 10 行 units[0].certificates[0].validUntil：须为日期 YYYY-MM-DD，如 2024-03-01',
      '第 11 行 units[0].certificates[1].validUntil：缺少此项',
      '第 11 行 units[0].certificates[1].validUntill：不认识的字段，是否想写 validUntil？',
      '第 15 行 units[0].people[1].appointedOn：须为日期 YYYY-MM-DD，如 2024-03-01',
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const parse = parseOrganisationFile(exampleWithLine(11, '      - { id: zhang, name: 张三, role: principal, openId: ou_a1'));
    expect(parse.ok).toBe(false);
    if (parse.ok) return;
    expect(parse.problems[0]?.line).toBe(12);
    expect(parse.problems[0]?.message).toMatch(/^第 12 行：/);
  });

  it('refuses a field given twice', () => {
    expect(messages(parseOrganisationFile(exampleWithLine(5, '    staff: 350\n    staff: 400')))).toEqual([
      '第 6 行：同一层级出现重复的字段（DUPLICATE_KEY）',
    ]);
  });

  it('refuses an empty file and a file without units', () => {
    expect(messages(parseOrganisationFile(''))).toEqual(['文件为空：须包含 units（单位列表）']);
    expect(messages(parseOrganisationFile('units: []\n'))).toEqual(['第 1 行 units：至少须有一个单位']);
  });
});
