import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { PlanFinding } from '../domain/organisation/plan-finding.ts';
import type { OrganisationPlan, PersonPlan, UnitPlan } from '../domain/organisation/organisation-plan.ts';
import type { Contact } from '../domain/people/contact.ts';
import { ROLES, ROLE_NAMES, type Role } from '../domain/people/role.ts';
import { CERTIFICATE_KINDS, CERTIFICATE_NAMES } from '../domain/units/certificate.ts';
import { LICENCES } from '../domain/units/licence.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '../domain/units/unit-kind.ts';
import { isClockTime, isTimeZone } from '../domain/calendar/local-time.ts';


function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}


const Text = z.string().trim().min(1, { error: '不能为空' });

const ClockTime = z.string().refine(isClockTime, { error: '须为 HH:mm（24 小时制），如 08:30' });

const IsoDate = z.string().refine(isCalendarDate, { error: '须为日期 YYYY-MM-DD，如 2024-03-01' });

const RoleName = z.enum(ROLES, {
  error: `角色须为 ${ROLES.map((role) => `${role}（${ROLE_NAMES[role]}）`).join('、')}之一`,
});

const Assessment = z.strictObject({
  passed: z.boolean({ error: 'passed 须为 true（通过）或 false（未通过）' }),
  date: IsoDate,
});

/** YAML reads an unquoted 13800000000 as a number; a phone number is still meant. */
const Mobile = z
  .union([z.string().trim(), z.number().int().nonnegative().transform(String)], { error: '手机号须为数字串，如 "13800000000"' })
  .pipe(z.string().regex(/^\+?\d{5,20}$/, { error: '手机号须为数字串，如 "13800000000"' }));

const CONTACT_FIELDS = ['openId', 'mobile', 'email'] as const;

const Person = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: '人员编号只能使用字母、数字、下划线和连字符' }),
    name: Text,
    role: RoleName.optional(),
    roles: z.array(RoleName).min(1, { error: '至少须有一个角色' }).optional(),
    openId: z.string().regex(/^\S+$/, { error: 'openId 不能为空或含空格' }).optional(),
    mobile: Mobile.optional(),
    email: z.email({ error: '邮箱格式不正确' }).optional(),
    otherPosts: z.array(Text).optional(),
    assessment: Assessment.optional(),
    appointedOn: IsoDate.optional(),
    appointmentDocument: Text.optional(),
  })
  .superRefine(
    (person, context) => {
      if (person.role !== undefined && person.roles !== undefined) {
        context.addIssue({ code: 'custom', path: ['roles'], message: 'role 与 roles 只能填写一个：单个角色用 role，多个角色用 roles 列表' });
      } else if (person.role === undefined && person.roles === undefined) {
        context.addIssue({ code: 'custom', path: [], message: '须填写角色：role（单个）或 roles（列表）' });
      }
      const given = CONTACT_FIELDS.filter((field) => person[field] !== undefined);
      if (given.length === 0) {
        context.addIssue({ code: 'custom', path: [], message: '须填写 openId、mobile、email 中的一项，机器人据此找到此人' });
      }
      for (const extra of given.slice(1)) {
        context.addIssue({ code: 'custom', path: [extra], message: `openId、mobile、email 只能填写一项，已填写 ${given[0]}` });
      }
    },
    // Run even when a field failed, so one pass reports every problem of the file.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** Inline items may carry more fields than the bot uses (CONTRACT). */
const InlineChecklistItem = z.looseObject({
  code: z.union([Text, z.number().transform(String)], { error: '编号（code）须为文字，如 X01' }),
  text: Text,
  guidance: z.string().trim().optional(),
  category: z.string().trim().optional(),
  frequency: z.string({ error: '管控频次（frequency）须为 daily、per-shift、weekly 或 monthly' }).trim().optional(),
  day: z.number({ error: 'day 须为数字：weekly 填星期几（1–7），monthly 填几号（1–31）' }).optional(),
});

const ChecklistField = z.union([Text, z.array(InlineChecklistItem).min(1, { error: '风险管控清单至少须有一项' })], {
  error: '须为内置模板编号（如 producer-default）或检查项列表',
});

const Cadence = z.strictObject({
  control: z.enum(['daily', 'per-shift']).default('daily'),
  shifts: z.array(ClockTime).optional(),
  investigation: z.enum(['weekly', 'every-two-days']).default('weekly'),
  weeklyDay: z.number().int({ error: '须为整数 1–7' }).min(1).max(7).optional(),
  scheduling: z.enum(['monthly', 'fortnightly']).default('monthly'),
});

const Times = z.strictObject({
  push: ClockTime.optional(),
  remind: ClockTime.optional(),
  close: ClockTime.optional(),
  weekly: ClockTime.optional(),
  monthly: ClockTime.optional(),
});

const DutyStatements = z.strictObject({
  directorDuties: Text.optional(),
  officerCode: Text.optional(),
});

/** A number read as YAML's integer would lose its leading zeros, so only text is taken. */
const CertificateEntry = z.strictObject({
  kind: z.enum(CERTIFICATE_KINDS, {
    error: `证书类别须为 ${CERTIFICATE_KINDS.map((kind) => `${kind}（${CERTIFICATE_NAMES[kind]}）`).join('、')}之一`,
  }),
  number: z.string({ error: '证书编号须为文字：数字编号请加引号，如 "2023010701000123"' }).trim().min(1, { error: '证书编号不能为空' }),
  scope: Text,
  validUntil: IsoDate,
});

const TrainingEntry = z.strictObject({
  date: IsoDate,
  subject: Text,
  hours: z.number({ error: '学时须为数字，如 4 或 1.5' }).positive({ error: '学时须大于 0' }),
  trainer: Text.optional(),
  content: Text.optional(),
  people: z.array(z.string().regex(/^[A-Za-z0-9_-]+$/, { error: '人员编号只能使用字母、数字、下划线和连字符' })).min(1, { error: '至少须有一名参加人员' }),
});

const CalendarBase = z.enum(['every-day', 'working-days', 'weekdays'], {
  error: 'calendar 须为 every-day（每天）、working-days（国家法定工作日，含调休）或 weekdays（按 weekdays 列出的星期）之一',
});

const DeclaredDay = z.strictObject({ date: IsoDate, reason: Text.optional() });

/** `calendar: working-days`, or `calendar: { base: weekdays, weekdays: [1, 2, 3, 4, 5, 6], closed: [{ date, reason }], open: [...] }`. */
const CalendarSetting = z.preprocess(
  (value) => (typeof value === 'string' ? { base: value } : value),
  z
    .strictObject({
      base: CalendarBase,
      weekdays: z
        .array(z.number({ error: 'weekdays 须为 1（周一）至 7（周日）的整数' }).int({ error: 'weekdays 须为 1（周一）至 7（周日）的整数' }).min(1, { error: 'weekdays 须为 1（周一）至 7（周日）的整数' }).max(7, { error: 'weekdays 须为 1（周一）至 7（周日）的整数' }))
        .min(1, { error: 'weekdays 至少须有一天' })
        .optional(),
      closed: z.array(DeclaredDay).optional(),
      open: z.array(DeclaredDay).optional(),
    })
    .superRefine((setting, context) => {
      if (setting.base === 'weekdays' && setting.weekdays === undefined) {
        context.addIssue({ code: 'custom', path: ['weekdays'], message: 'calendar 的 base 为 weekdays 时，须用 weekdays 列出营业的星期，如 [1, 2, 3, 4, 5, 6]（1 为周一）' });
      }
      if (setting.base !== 'weekdays' && setting.weekdays !== undefined) {
        context.addIssue({ code: 'custom', path: ['weekdays'], message: `calendar 的 weekdays 只在 base 为 weekdays 时填写（现为 ${setting.base}）` });
      }
      const closed = new Set((setting.closed ?? []).map((day) => day.date));
      (setting.open ?? []).forEach((day, index) => {
        if (closed.has(day.date)) context.addIssue({ code: 'custom', path: ['open', index, 'date'], message: `${day.date} 同时列在 calendar 的 closed 和 open 中，只能填写一处` });
      });
    }),
);

const HouseRules = z.strictObject({
  directorNotOfficer: z.boolean({ error: 'directorNotOfficer 须为 true 或 false' }).optional(),
  officerMostPosts: z.number({ error: '须为整数，如 2' }).int({ error: '须为整数，如 2' }).min(1, { error: '至少为 1（质量安全员岗位本身）' }).optional(),
});

const Unit = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: '单位编号只能使用小写字母、数字和连字符（a-z、0-9、-）' }),
  name: Text,
  kind: z.enum(UNIT_KINDS, {
    error: `单位类型须为 ${UNIT_KINDS.map((kind) => `${kind}（${UNIT_KIND_LABELS[kind]}）`).join('、')}之一`,
  }),
  staff: z.number({ error: '从业人员须为数字' }).nonnegative({ error: '从业人员不能为负数' }),
  revenueWan: z.number({ error: '营业收入（万元）须为数字' }).nonnegative({ error: '营业收入不能为负数' }),
  licences: z
    .array(z.enum(LICENCES, { error: '许可须为 production-licence（生产许可证）或 ccc（强制性产品认证）' }))
    .optional(),
  certificates: z.array(CertificateEntry).optional(),
  checklist: ChecklistField.optional(),
  calendar: CalendarSetting.optional(),
  timeZone: z.string().refine(isTimeZone, { error: '不是有效的时区名称，如 Asia/Shanghai' }).optional(),
  cadence: Cadence.optional(),
  times: Times.optional(),
  dutyStatements: DutyStatements.optional(),
  houseRules: HouseRules.optional(),
  trainings: z.array(TrainingEntry).optional(),
  people: z.array(Person).min(1, { error: '人员名单至少须有一人' }),
});

export const OrganisationFile = z.strictObject({
  units: z.array(Unit).min(1, { error: '至少须有一个单位' }),
});

export type OrganisationFile = z.infer<typeof OrganisationFile>;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象（字段: 值）',
};

/** Zod's fallback messages for issues no schema above words itself. */
function chineseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `须为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `至少须有 ${issue.minimum} 项`;
      if (issue.origin === 'string') return '不能为空';
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `须为 ${issue.values.map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return '不认识的字段';
    case 'invalid_format':
      return '格式不正确';
    default:
      return '内容不正确';
  }
}

const YAML_ERROR_NAMES: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一层级出现重复的字段',
  BAD_INDENT: '缩进不正确',
  TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  MISSING_CHAR: '缺少字符（括号或引号未闭合）',
  UNEXPECTED_TOKEN: '出现意外的内容',
  MULTIPLE_DOCS: '文件只能包含一个 YAML 文档',
  BLOCK_AS_IMPLICIT_KEY: '字段名的写法不正确',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行',
  BAD_SCALAR_START: '值的开头字符不正确（含特殊字符的值请加引号）',
};

type PathSegment = string | number;

export interface OrganisationFileProblem {
  line?: number;
  /** `units[0].people[2].role` */
  path: string;
  /** `第 12 行 units[0].people[2].role：…`, ready to print. */
  message: string;
}

export type OrganisationFileParse =
  | {
      ok: true;
      plan: OrganisationPlan;
      /** Line of a field in the file, for a domain finding's `details.path`; the nearest existing parent when absent. */
      lineOf: (path: readonly PathSegment[]) => number | undefined;
      /** A domain finding prefixed with the line it is about: `第 12 行：单位 …`. */
      describe: (finding: PlanFinding) => string;
    }
  | { ok: false; problems: OrganisationFileProblem[] };

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function rangeStart(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    return typeof start === 'number' ? start : undefined;
  }
  return undefined;
}

function findLine(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = document.contents;
  let offset = rangeStart(node);
  for (const segment of path) {
    if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(item) ?? offset;
    } else if (isMap(node) && typeof segment === 'string') {
      const map = node;
      const keyed = (name: string) => map.items.find((pair) => isScalar(pair.key) && pair.key.value === name);
      // The domain speaks of `roles`; the file may say `role`.
      const pair = keyed(segment) ?? (segment === 'roles' ? keyed('role') : undefined);
      if (pair === undefined) break;
      node = pair.value;
      offset = rangeStart(pair.key) ?? offset;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

function problemAt(line: number | undefined, path: readonly PropertyKey[], reason: string): OrganisationFileProblem {
  const fieldPath = formatFieldPath(path);
  const where = [line === undefined ? '' : `第 ${line} 行`, fieldPath].filter((part) => part !== '').join(' ');
  return { ...(line === undefined ? {} : { line }), path: fieldPath, message: where === '' ? reason : `${where}：${reason}` };
}

/**
 * A union that fails reports every branch; when all but one branch failed on the value's type, the remaining
 * branch's issues are the ones that explain the mistake (a list of items with one bad item, say).
 */
function expandIssue(issue: z.core.$ZodIssue): Array<{ path: PropertyKey[]; issue: z.core.$ZodIssue }> {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const meaningful = issue.errors.filter(
      (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    const onlyBranch = meaningful.length === 1 ? meaningful[0] : undefined;
    if (onlyBranch !== undefined) {
      return onlyBranch.flatMap((inner) =>
        expandIssue(inner).map((expanded) => ({ path: [...issue.path, ...expanded.path], issue: expanded.issue })),
      );
    }
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...issue.path, key], issue }));
  }
  return [{ path: issue.path, issue }];
}

const KNOWN_FIELDS: readonly string[] = [
  ...new Set([OrganisationFile, Unit, Person, Assessment, CertificateEntry, Cadence, Times].flatMap((schema) => Object.keys(schema.shape))),
];

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

function reasonOf(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const key = String(path[path.length - 1]);
  const closest = KNOWN_FIELDS.map((field) => ({ field, distance: editDistance(key.toLowerCase(), field.toLowerCase()) }))
    .filter(({ distance }) => distance <= 2)
    .sort((left, right) => left.distance - right.distance)[0];
  return closest === undefined
    ? '不认识的字段，请检查拼写（字段名区分大小写）'
    : `不认识的字段，是否想写 ${closest.field}？`;
}

function contactOf(person: OrganisationFile['units'][number]['people'][number]): Contact {
  if (person.openId !== undefined) return { type: 'openId', value: person.openId };
  if (person.mobile !== undefined) return { type: 'mobile', value: person.mobile };
  return { type: 'email', value: person.email ?? '' };
}

function toPersonPlan(person: OrganisationFile['units'][number]['people'][number]): PersonPlan {
  const roles: Role[] = [...new Set(person.roles ?? (person.role === undefined ? [] : [person.role]))];
  return {
    id: person.id,
    name: person.name,
    roles,
    contact: contactOf(person),
    ...(person.otherPosts === undefined ? {} : { otherPosts: person.otherPosts }),
    ...(person.assessment === undefined ? {} : { assessment: person.assessment }),
    ...(person.appointedOn === undefined ? {} : { appointedOn: person.appointedOn }),
    ...(person.appointmentDocument === undefined ? {} : { appointmentDocument: person.appointmentDocument }),
  };
}

function toUnitPlan(unit: OrganisationFile['units'][number]): UnitPlan {
  const checklist = unit.checklist ?? `${unit.kind}-default`;
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    staff: unit.staff,
    revenueWan: unit.revenueWan,
    licences: [...new Set(unit.licences ?? [])],
    certificates: unit.certificates ?? [],
    checklist:
      typeof checklist === 'string'
        ? { type: 'template', templateId: checklist }
        : {
            type: 'inline',
            items: checklist.map((item) => ({
              code: item.code,
              text: item.text,
              ...(item.guidance === undefined ? {} : { guidance: item.guidance }),
              ...(item.category === undefined ? {} : { category: item.category }),
              ...(item.frequency === undefined ? {} : { frequency: item.frequency }),
              ...(item.day === undefined ? {} : { day: item.day }),
            })),
          },
    calendar: unit.calendar?.base ?? 'every-day',
    ...(unit.calendar?.weekdays === undefined ? {} : { weekdays: [...new Set(unit.calendar.weekdays)].sort((left, right) => left - right) }),
    ...(unit.calendar?.closed === undefined ? {} : { closedDays: unit.calendar.closed.map((day) => ({ date: day.date, reason: day.reason ?? '单位安排休息' })) }),
    ...(unit.calendar?.open === undefined ? {} : { openDays: unit.calendar.open.map((day) => ({ date: day.date, reason: day.reason ?? '单位安排营业' })) }),
    ...(unit.timeZone === undefined ? {} : { timeZone: unit.timeZone }),
    ...(unit.cadence === undefined ? {} : { cadence: unit.cadence }),
    ...(unit.times === undefined ? {} : { times: unit.times }),
    ...(unit.dutyStatements === undefined ? {} : { dutyStatements: unit.dutyStatements }),
    ...(unit.houseRules === undefined ? {} : { houseRules: unit.houseRules }),
    ...(unit.trainings === undefined ? {} : { trainings: unit.trainings }),
    people: unit.people.map(toPersonPlan),
  };
}

/**
 * Reads an organisation file (YAML) into an OrganisationPlan. Every problem names its line and field path in
 * Chinese, and all of them are reported at once so the file can be fixed in one go. The rules of the domain
 * (who may hold which post, …) are not checked here: run validateOrganisationPlan on the plan, and use
 * `describe` to give its findings their lines.
 */
export function parseOrganisationFile(yamlText: string): OrganisationFileParse {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const line = error.linePos?.[0]?.line;
        const name = YAML_ERROR_NAMES[error.code] ?? 'YAML 语法错误';
        return problemAt(line, [], `${name}（${error.code}）`);
      }),
    };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    return { ok: false, problems: [problemAt(undefined, [], '文件为空：须包含 units（单位列表）')] };
  }
  const parsed = OrganisationFile.safeParse(data, { error: chineseIssueMessage });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .flatMap(expandIssue)
        .map(({ path, issue }) => problemAt(findLine(document, lineCounter, path), path, reasonOf(issue, path)))
        .sort((left, right) => (left.line ?? 0) - (right.line ?? 0)),
    };
  }
  const lineOf = (path: readonly PathSegment[]) => findLine(document, lineCounter, path);
  return {
    ok: true,
    plan: { units: parsed.data.units.map(toUnitPlan) },
    lineOf,
    describe: (finding) => {
      const path = finding.details?.['path'];
      const line = Array.isArray(path) ? lineOf(path as PathSegment[]) : undefined;
      return line === undefined ? finding.message : `第 ${line} 行：${finding.message}`;
    },
  };
}
