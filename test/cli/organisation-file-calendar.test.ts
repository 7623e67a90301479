import { describe, expect, it } from 'vitest';
import { parseOrganisationFile, type OrganisationFileParse } from '../../src/cli/organisation-file-schema.ts';

const withCalendar = (calendar: string) => `units:
  - id: acme-plant
    name: 某某电器有限公司
    kind: producer
    staff: 350
    revenueWan: 8000
    checklist: producer-default
${calendar}
    people:
      - { id: zhang, name: 张三, role: principal, openId: ou_a1 }
      - { id: li, name: 李四, role: director, openId: ou_b2 }
      - { id: wang, name: 王五, role: officer, openId: ou_c3 }
`;

function messages(parse: OrganisationFileParse): string[] {
  if (parse.ok) throw new Error('expected the file to be refused');
  return parse.problems.map((problem) => problem.message);
}

function unitOf(parse: OrganisationFileParse) {
  if (!parse.ok) throw new Error(parse.problems.map((problem) => problem.message).join('\n'));
  return parse.plan.units[0]!;
}

describe('calendar in the organisation file: the unit’s operating days', () => {
  it('keeps the plain words, every-day when absent', () => {
    expect(unitOf(parseOrganisationFile(withCalendar('    calendar: working-days'))).calendar).toBe('working-days');
    expect(unitOf(parseOrganisationFile(withCalendar('')))).toMatchObject({ calendar: 'every-day' });
  });

  it('reads a weekday set with the days declared closed and open, each with its reason', () => {
    const unit = unitOf(
      parseOrganisationFile(
        withCalendar(
          [
            '    calendar:',
            '      base: weekdays',
            '      weekdays: [6, 1, 2, 3, 4, 5]',
            '      closed: [{ date: 2026-12-02, reason: 公司年会 }, { date: 2026-12-09 }]',
            '      open: [{ date: 2026-12-13, reason: 赶制订单 }]',
          ].join('\n'),
        ),
      ),
    );
    expect(unit).toMatchObject({
      calendar: 'weekdays',
      weekdays: [1, 2, 3, 4, 5, 6],
      closedDays: [{ date: '2026-12-02', reason: '公司年会' }, { date: '2026-12-09', reason: '单位安排休息' }],
      openDays: [{ date: '2026-12-13', reason: '赶制订单' }],
    });
  });

  it('names the field of each mistake in Chinese', () => {
    expect(messages(parseOrganisationFile(withCalendar('    calendar: sometimes')))).toEqual([
      expect.stringMatching(/^第 8 行 units\[0\]\.calendar\.base：calendar 须为 every-day（每天）、working-days/),
    ]);
    expect(messages(parseOrganisationFile(withCalendar('    calendar: { base: weekdays }')))).toEqual([
      expect.stringContaining('须用 weekdays 列出营业的星期'),
    ]);
    expect(messages(parseOrganisationFile(withCalendar('    calendar: { base: weekdays, weekdays: [0, 8] }')))).toEqual([
      expect.stringContaining('units[0].calendar.weekdays[0]：weekdays 须为 1（周一）至 7（周日）的整数'),
      expect.stringContaining('units[0].calendar.weekdays[1]：weekdays 须为 1（周一）至 7（周日）的整数'),
    ]);
    expect(messages(parseOrganisationFile(withCalendar('    calendar: { base: every-day, closed: [{ date: 2026-02-30 }], open: [{ date: 2026-12-13, reason: x }, { date: 2026-12-13 }] }')))).toEqual([
      expect.stringContaining('units[0].calendar.closed[0].date：须为日期 YYYY-MM-DD'),
    ]);
    expect(messages(parseOrganisationFile(withCalendar('    calendar: { base: every-day, closed: [{ date: 2026-12-13 }], open: [{ date: 2026-12-13 }] }')))).toEqual([
      expect.stringContaining('2026-12-13 同时列在 calendar 的 closed 和 open 中'),
    ]);
  });
});
