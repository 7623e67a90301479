import type { Checklist } from '../checklists/checklist.ts';
import { resolveChecklist } from '../checklists/resolve-checklist.ts';
import { CHECKLIST_TEMPLATES } from '../checklists/templates/index.ts';
import { PlanFinding, planFinding } from './plan-finding.ts';
import { checkAppointments } from '../people/appointment-rules.ts';
import { checkHouseRules } from './house-rules.ts';
import { CONTACT_TYPE_LABELS, contactKey } from '../people/contact.ts';
import { certificateTitle, licencesWithCertificates } from '../units/certificate.ts';
import { isDirectorRequired, type DirectorRequirement } from '../units/director-requirement.ts';
import { gradeUnit, type UnitGrade } from '../units/unit-grade.ts';
import { UNIT_KIND_LABELS } from '../units/unit-kind.ts';
import type { OrganisationPlan, PersonPlan, UnitPlan } from './organisation-plan.ts';
import { isClockTime } from '../calendar/local-time.ts';

export interface ValidatedUnit {
  unitId: string;
  grade: UnitGrade;
  directorRequired: DirectorRequirement;
  /** The checklist the unit starts with, when its source resolved. */
  checklist?: Checklist;
}

export interface OrganisationValidation {
  /** Any error refuses the whole file. */
  errors: PlanFinding[];
  /** Recorded and shown, but the file is accepted. */
  warnings: PlanFinding[];
  units: ValidatedUnit[];
}

type Path = Array<string | number>;

const UNIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '单位编号',
  staff: '从业人员',
  revenueWan: '营业收入',
  checklist: '风险管控清单',
  certificates: '证书',
  cadence: '工作频次',
  times: '时间设置',
};


interface Findings {
  errors: PlanFinding[];
  warnings: PlanFinding[];
}

function unitFinding(code: string, unit: UnitPlan, unitIndex: number, field: string, sentence: string, path: Path): PlanFinding {
  return planFinding(code, `单位 ${unit.id} 的${UNIT_FIELD_LABELS[field] ?? field}：${sentence}`, {
    unitId: unit.id,
    field,
    fieldLabel: UNIT_FIELD_LABELS[field] ?? field,
    path: ['units', unitIndex, ...path],
  });
}

/** Re-anchors a finding whose path is relative to the unit so that it points into the whole file. */
function anchorToUnit(finding: PlanFinding, unitIndex: number): PlanFinding {
  const relative = Array.isArray(finding.details?.['path']) ? (finding.details['path'] as Path) : [];
  return planFinding(finding.code, finding.message, { ...finding.details, path: ['units', unitIndex, ...relative] });
}

function checkUnitIds(plan: OrganisationPlan, findings: Findings): void {
  const firstIndexOfId = new Map<string, number>();
  plan.units.forEach((unit, unitIndex) => {
    const earlier = firstIndexOfId.get(unit.id);
    if (earlier === undefined) {
      firstIndexOfId.set(unit.id, unitIndex);
      return;
    }
    findings.errors.push(
      unitFinding('UNIT_ID_DUPLICATE', unit, unitIndex, 'id', `单位编号 ${unit.id} 与第 ${earlier + 1} 个单位重复，每个单位的编号须唯一`, ['id']),
    );
  });
}

function checkFigures(unit: UnitPlan, unitIndex: number, findings: Findings): boolean {
  let valid = true;
  for (const field of ['staff', 'revenueWan'] as const) {
    const value = unit[field];
    if (!Number.isFinite(value) || value < 0) {
      valid = false;
      findings.errors.push(unitFinding('UNIT_FIGURES_INVALID', unit, unitIndex, field, `须为不小于 0 的数字（收到 ${value}）`, [field]));
    }
  }
  return valid;
}

function checkChecklist(unit: UnitPlan, unitIndex: number, findings: Findings): Checklist | undefined {
  const resolution = resolveChecklist(unit.checklist);
  for (const error of resolution.errors) {
    findings.errors.push(
      planFinding(error.code, `单位 ${unit.id} 的风险管控清单：${error.message}`, {
        ...error.details,
        unitId: unit.id,
        field: 'checklist',
        fieldLabel: UNIT_FIELD_LABELS['checklist'],
        path: ['units', unitIndex, ...((error.details?.['path'] as Path | undefined) ?? ['checklist'])],
      }),
    );
  }
  const source = unit.checklist;
  if (source.type === 'template') {
    const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.templateId === source.templateId);
    if (template !== undefined && template.kind !== unit.kind) {
      findings.warnings.push(
        unitFinding(
          'CHECKLIST_TEMPLATE_KIND_MISMATCH',
          unit,
          unitIndex,
          'checklist',
          `模板 ${template.templateId} 是为${UNIT_KIND_LABELS[template.kind]}编写的，本单位是${UNIT_KIND_LABELS[unit.kind]}，请确认检查项目适用`,
          ['checklist'],
        ),
      );
    }
  }
  return resolution.checklist;
}

function checkCadence(unit: UnitPlan, unitIndex: number, findings: Findings): void {
  const cadence = unit.cadence;
  if (cadence === undefined) return;
  const shifts = cadence.shifts ?? [];
  if (cadence.control === 'per-shift') {
    if (shifts.length === 0) {
      findings.errors.push(
        unitFinding('CADENCE_SHIFTS_MISSING', unit, unitIndex, 'cadence', '按班次管控（per-shift）须列出各班次的开始时间（shifts），如 08:30、16:30', ['cadence', 'control']),
      );
    }
    const seen = new Set<string>();
    shifts.forEach((shift, index) => {
      if (!isClockTime(shift)) {
        findings.errors.push(
          unitFinding('CADENCE_SHIFT_TIME_INVALID', unit, unitIndex, 'cadence', `班次时间 ${shift} 须为 HH:mm（24 小时制）`, ['cadence', 'shifts', index]),
        );
      } else if (seen.has(shift)) {
        findings.errors.push(
          unitFinding('CADENCE_SHIFT_DUPLICATE', unit, unitIndex, 'cadence', `班次时间 ${shift} 重复`, ['cadence', 'shifts', index]),
        );
      }
      seen.add(shift);
    });
  } else if (shifts.length > 0) {
    findings.warnings.push(
      unitFinding('CADENCE_SHIFTS_IGNORED', unit, unitIndex, 'cadence', '按日管控（daily）时不使用班次时间（shifts），已忽略', ['cadence', 'shifts']),
    );
  }
  if (cadence.weeklyDay !== undefined) {
    if (!Number.isInteger(cadence.weeklyDay) || cadence.weeklyDay < 1 || cadence.weeklyDay > 7) {
      findings.errors.push(
        unitFinding('CADENCE_WEEKLY_DAY_INVALID', unit, unitIndex, 'cadence', `周排查日（weeklyDay）须为 1（周一）到 7（周日），收到 ${cadence.weeklyDay}`, ['cadence', 'weeklyDay']),
      );
    } else if (cadence.investigation !== 'weekly') {
      findings.warnings.push(
        unitFinding('CADENCE_WEEKLY_DAY_IGNORED', unit, unitIndex, 'cadence', '双日排查（every-two-days）时不使用周排查日（weeklyDay），已忽略', ['cadence', 'weeklyDay']),
      );
    }
  }
}

/** The daily check has to open before it is reminded and reminded before it is closed. */
const DAILY_SEQUENCE = [
  { key: 'push', label: '推送' },
  { key: 'remind', label: '提醒' },
  { key: 'close', label: '截止' },
] as const;

function checkTimes(unit: UnitPlan, unitIndex: number, findings: Findings): void {
  const times = unit.times;
  if (times === undefined) return;
  let allValid = true;
  for (const key of ['push', 'remind', 'close', 'weekly', 'monthly'] as const) {
    const value = times[key];
    if (value !== undefined && !isClockTime(value)) {
      allValid = false;
      findings.errors.push(unitFinding('TIMES_INVALID', unit, unitIndex, 'times', `${key} 的时间 ${value} 须为 HH:mm（24 小时制）`, ['times', key]));
    }
  }
  if (!allValid) return;
  const given = DAILY_SEQUENCE.filter(({ key }) => times[key] !== undefined);
  for (let index = 1; index < given.length; index += 1) {
    const earlier = given[index - 1];
    const later = given[index];
    if (earlier === undefined || later === undefined) continue;
    const earlierTime = times[earlier.key] ?? '';
    const laterTime = times[later.key] ?? '';
    if (laterTime <= earlierTime) {
      findings.errors.push(
        unitFinding(
          'TIMES_OUT_OF_ORDER',
          unit,
          unitIndex,
          'times',
          `${later.label}时间（${later.key} ${laterTime}）须晚于${earlier.label}时间（${earlier.key} ${earlierTime}）`,
          ['times', later.key],
        ),
      );
    }
  }
}

function checkCertificatesListedOnce(unit: UnitPlan, unitIndex: number, findings: Findings): void {
  const firstIndex = new Map<string, number>();
  unit.certificates.forEach((certificate, certificateIndex) => {
    const key = `${certificate.kind}#${certificate.number}`;
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, certificateIndex);
      return;
    }
    findings.errors.push(
      unitFinding(
        'CERTIFICATE_DUPLICATE',
        unit,
        unitIndex,
        'certificates',
        `${certificateTitle(certificate)}与第 ${earlier + 1} 张证书的类别和编号相同，每张证书只列一次`,
        ['certificates', certificateIndex, 'number'],
      ),
    );
  });
}

function personLabel(unit: UnitPlan, person: PersonPlan): string {
  return `单位 ${unit.id} 的人员 ${person.id}（${person.name}）`;
}

/** A training entered with the file names its attendees by id: each must be a director or officer of the unit (Art. 15). */
function checkTrainingAttendees(unit: UnitPlan, unitIndex: number, findings: Findings): void {
  const trainable = new Map(unit.people.filter((person) => person.roles.includes('director') || person.roles.includes('officer')).map((person) => [person.id, person]));
  (unit.trainings ?? []).forEach((training, trainingIndex) => {
    training.people.forEach((id, attendeeIndex) => {
      if (trainable.has(id)) return;
      const known = unit.people.some((person) => person.id === id);
      findings.errors.push(
        planFinding(
          'TRAINING_ATTENDEE_UNKNOWN',
          `单位 ${unit.id} 的培训 ${training.date}「${training.subject}」：${known ? `${id} 不是质量安全总监或质量安全员` : `没有编号为 ${id} 的人员`}，参加人员须为本单位的质量安全总监或质量安全员（可选：${[...trainable.keys()].join('、')}）`,
          { unitId: unit.id, field: 'people', path: ['units', unitIndex, 'trainings', trainingIndex, 'people', attendeeIndex] },
        ),
      );
    });
  });
}

function checkPeopleListedOnce(unit: UnitPlan, unitIndex: number, findings: Findings): void {
  const firstById = new Map<string, number>();
  const firstByContact = new Map<string, number>();
  unit.people.forEach((person, personIndex) => {
    const earlierById = firstById.get(person.id);
    if (earlierById === undefined) {
      firstById.set(person.id, personIndex);
    } else {
      findings.errors.push(
        planFinding(
          'PERSON_ID_DUPLICATE',
          `${personLabel(unit, person)}：人员编号 ${person.id} 在本单位与第 ${earlierById + 1} 位人员重复，单位内人员编号须唯一`,
          { unitId: unit.id, personId: person.id, field: 'id', fieldLabel: '人员编号', path: ['units', unitIndex, 'people', personIndex, 'id'] },
        ),
      );
    }
    const key = contactKey(person.contact);
    const earlierByContact = firstByContact.get(key);
    if (earlierByContact === undefined) {
      firstByContact.set(key, personIndex);
    } else {
      const earlierPerson = unit.people[earlierByContact];
      const label = CONTACT_TYPE_LABELS[person.contact.type];
      findings.errors.push(
        planFinding(
          'PERSON_CONTACT_DUPLICATE',
          `${personLabel(unit, person)}：${label} ${person.contact.value} 与人员 ${earlierPerson?.id}（${earlierPerson?.name}）相同；` +
            '同一人在一个单位只列一次，兼任的角色请写在同一人员的 roles 中',
          {
            unitId: unit.id,
            personId: person.id,
            field: person.contact.type,
            fieldLabel: label,
            path: ['units', unitIndex, 'people', personIndex, person.contact.type],
          },
        ),
      );
    }
  });
}

/**
 * Checks a parsed organisation file against every rule the domain knows: grading (38号文 附件1), who must have a
 * director (Art. 5, a certificate held counting as its licence), appointments (Art. 3, 15), checklists (Art. 9), cadence and times (Q&A), and that units
 * and people are listed once. Every finding names the unit, the person where there is one, and the field, and
 * carries `details.path` into the file so the edge can name the line.
 */
export function validateOrganisationPlan(plan: OrganisationPlan): OrganisationValidation {
  const findings: Findings = { errors: [], warnings: [] };
  const units: ValidatedUnit[] = [];

  checkUnitIds(plan, findings);

  plan.units.forEach((unit, unitIndex) => {
    const figuresValid = checkFigures(unit, unitIndex, findings);
    const checklist = checkChecklist(unit, unitIndex, findings);
    checkCadence(unit, unitIndex, findings);
    checkTimes(unit, unitIndex, findings);
    checkPeopleListedOnce(unit, unitIndex, findings);
    findings.errors.push(...checkHouseRules(unit, unitIndex));
    checkTrainingAttendees(unit, unitIndex, findings);
    checkCertificatesListedOnce(unit, unitIndex, findings);

    const licences = licencesWithCertificates(unit.licences, unit.certificates);
    // Without valid figures the size is unknown; the licences alone may still require a director.
    let directorRequired = isDirectorRequired({ licences, size: 'micro', kind: unit.kind });
    if (figuresValid) {
      const grade = gradeUnit({ kind: unit.kind, staff: unit.staff, revenueWan: unit.revenueWan });
      directorRequired = isDirectorRequired({ licences, size: grade.size, kind: unit.kind });
      units.push({ unitId: unit.id, grade, directorRequired, ...(checklist ? { checklist } : {}) });
    }

    const appointments = checkAppointments({
      unitId: unit.id,
      unitName: unit.name,
      directorRequired,
      people: unit.people.map((person) => ({
        id: person.id,
        name: person.name,
        roles: person.roles,
        ...(person.assessment ? { assessment: person.assessment } : {}),
      })),
    });
    findings.errors.push(...appointments.errors.map((error) => anchorToUnit(error, unitIndex)));
    findings.warnings.push(...appointments.warnings.map((warning) => anchorToUnit(warning, unitIndex)));
  });

  return { errors: findings.errors, warnings: findings.warnings, units };
}
