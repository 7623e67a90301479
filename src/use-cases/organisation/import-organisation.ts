import type { ChecklistItem } from '../../domain/checklists/checklist.ts';
import { DAILY, storedFrequency } from '../../domain/checklists/item-frequency.ts';
import { contentHash } from '../../domain/archive/canonical-hash.ts';
import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { DUTY_STATEMENT_TITLES, type DutyStatementKind } from '../../domain/archive/archive-snapshot.ts';
import { defaultDutyStatement } from '../../domain/archive/default-duty-statements.ts';
import { PlanFinding } from '../../domain/organisation/plan-finding.ts';
import type { OrganisationPlan, PersonPlan, UnitPlan } from '../../domain/organisation/organisation-plan.ts';
import { validateOrganisationPlan, type ValidatedUnit } from '../../domain/organisation/validate-organisation-plan.ts';
import { ROLE_NAMES, type Role } from '../../domain/people/role.ts';
import { certificateTitle, licencesWithCertificates } from '../../domain/units/certificate.ts';
import type { Directory } from '../../ports/directory.ts';
import type { PersonRecord, StoredPerson, UnitRecord } from '../../ports/organisation-store.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import { importDeclaredDays, importOperatingCalendar, settleNewUnitCalendar } from './import-operating-days.ts';

export class OrganisationImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`组织文件未导入，没有写入任何内容：\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'OrganisationImportRefused';
  }
}

export interface ImportReport {
  changes: string[];
  warnings: string[];
  units: ValidatedUnit[];
}

export interface ImportDependencies {
  store: Store;
  /** Needed only when the file gives people by mobile or email. */
  directory: Directory | undefined;
  defaultTimeZone: string;
  now: Date;
}

const defaults = { push: '08:30', remind: '16:00', close: '20:00', weekly: '16:00', monthly: '10:00' };

function unitRecord(unit: UnitPlan, validated: ValidatedUnit, defaultTimeZone: string): UnitRecord {
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    staff: unit.staff,
    revenueWan: unit.revenueWan,
    licences: licencesWithCertificates(unit.licences, unit.certificates),
    grade: validated.grade.grade,
    directorRequired: validated.directorRequired.required,
    timeZone: unit.timeZone ?? defaultTimeZone,
    calendar: unit.calendar,
    controlMode: unit.cadence?.control ?? 'daily',
    shiftTimes: unit.cadence?.shifts ?? [],
    investigationMode: unit.cadence?.investigation ?? 'weekly',
    weeklyDay: unit.cadence?.weeklyDay ?? 5,
    schedulingMode: unit.cadence?.scheduling ?? 'monthly',
    pushTime: unit.times?.push ?? defaults.push,
    remindTime: unit.times?.remind ?? defaults.remind,
    closeTime: unit.times?.close ?? defaults.close,
    weeklyTime: unit.times?.weekly ?? defaults.weekly,
    monthlyTime: unit.times?.monthly ?? defaults.monthly,
  };
}

async function resolveOpenIds(plan: OrganisationPlan, directory: Directory | undefined): Promise<Map<PersonPlan, string | null>> {
  const people = plan.units.flatMap((unit) => unit.people.map((person) => ({ unit, person })));
  const toLookUp = people.filter(({ person }) => person.contact.type !== 'openId');
  const resolved = new Map<PersonPlan, string | null>(people.map(({ person }) => [person, person.contact.type === 'openId' ? person.contact.value : null]));
  if (toLookUp.length === 0) return resolved;
  if (!directory) {
    throw new OrganisationImportRefused([
      `${toLookUp.map(({ unit, person }) => `${unit.id}/${person.id}`).join('、')} 只提供了手机号或邮箱：需要设置 LARK_APP_ID 和 LARK_APP_SECRET，才能从飞书通讯录查出 open_id（或在文件中直接写 openId）`,
    ]);
  }
  const found = await directory.lookUpOpenIds({
    mobiles: toLookUp.filter(({ person }) => person.contact.type === 'mobile').map(({ person }) => person.contact.value),
    emails: toLookUp.filter(({ person }) => person.contact.type === 'email').map(({ person }) => person.contact.value),
  });
  const missing: string[] = [];
  for (const { unit, person } of toLookUp) {
    const openId = found.get(person.contact.value) ?? found.get(person.contact.value.toLowerCase());
    if (openId) resolved.set(person, openId);
    else missing.push(`单位 ${unit.id} 的人员 ${person.id}（${person.name}）：飞书通讯录中找不到${person.contact.type === 'mobile' ? '手机号' : '邮箱'} ${person.contact.value}，请核对，或确认此人在应用的可用范围内`);
  }
  if (missing.length > 0) throw new OrganisationImportRefused(missing);
  return resolved;
}

/** A changed 管控频次 is a changed list: the version in force says which items are due when. */
function sameItems(left: readonly ChecklistItem[], right: readonly ChecklistItem[]): boolean {
  const facts = (items: readonly ChecklistItem[]) => items.map(({ frequency, ...item }) => ({ ...item, ...storedFrequency(frequency ?? DAILY) }));
  return contentHash(facts(left)) === contentHash(facts(right));
}

async function endAppointment(transaction: StoreTransaction, unitId: string, appointmentId: string, endReason: string, at: Date): Promise<void> {
  await transaction.organisation.endAppointment({ appointmentId, at, reason: endReason });
  await transaction.audit.append({
    at,
    unitId,
    actor: 'organisation-import',
    action: 'appointment.ended',
    recordType: 'appointment',
    recordId: `${appointmentId}#end`,
    contentHash: recordHashes.appointmentEnd({ appointmentId, endedAt: at, endReason }),
  });
}

function appointmentDetails(effectiveOn: string | null, document: string): string {
  const parts = [effectiveOn === null ? '' : `${effectiveOn} 起`, document === '' ? '' : `任命文件：${document}`].filter((part) => part !== '');
  return parts.length === 0 ? '' : `（${parts.join('，')}）`;
}

/**
 * An appointment keeps the day and document it started with: they are part of its sealed record. A file that now
 * says otherwise about a post held all along is told so rather than silently ignored.
 */
function unchangedAppointmentWarnings(unit: UnitPlan, person: PersonPlan, held: StoredPerson['appointments']): string[] {
  return held
    .filter((appointment) => person.roles.includes(appointment.role))
    .filter(
      (appointment) =>
        (person.appointedOn !== undefined && person.appointedOn !== appointment.effectiveOn) ||
        (person.appointmentDocument !== undefined && person.appointmentDocument !== appointment.document),
    )
    .map(
      (appointment) =>
        `单位 ${unit.id} 的人员 ${person.id}（${person.name}）已担任${ROLE_NAMES[appointment.role]}，任命记录${appointmentDetails(appointment.effectiveOn, appointment.document) || '（未记任命日期和任命文件）'}` +
        '在任命时已存档，不因本次文件中的 appointedOn、appointmentDocument 改动；如属重新任命，请先在文件中免去该职务并导入，再重新任命',
    );
}

async function importCertificates(transaction: StoreTransaction, unit: UnitPlan, now: Date): Promise<string[]> {
  const changes: string[] = [];
  const stored = await transaction.organisation.certificates(unit.id);
  for (const certificate of unit.certificates) {
    const current = stored.find((candidate) => candidate.kind === certificate.kind && candidate.number === certificate.number);
    if (current && current.scope === certificate.scope && current.validUntil === certificate.validUntil) continue;
    await transaction.organisation.saveCertificate({ unitId: unit.id, certificate, at: now });
    if (!current) {
      changes.push(`登记 ${unit.id} 的${certificateTitle(certificate)}，有效期至 ${certificate.validUntil}`);
      continue;
    }
    const updates = [
      current.scope === certificate.scope ? '' : `产品范围改为 ${certificate.scope}（原 ${current.scope}）`,
      current.validUntil === certificate.validUntil ? '' : `有效期改为至 ${certificate.validUntil}（原至 ${current.validUntil}）`,
    ].filter((update) => update !== '');
    changes.push(`更新 ${unit.id} 的${certificateTitle(current)}：${updates.join('，')}`);
  }
  return changes;
}

async function importUnit(
  transaction: StoreTransaction,
  unit: UnitPlan,
  validated: ValidatedUnit,
  openIds: Map<PersonPlan, string | null>,
  dependencies: ImportDependencies,
): Promise<{ changes: string[]; warnings: string[] }> {
  const changes: string[] = [];
  const warnings: string[] = [];
  const store = transaction.organisation;
  const timeZone = unit.timeZone ?? dependencies.defaultTimeZone;
  const calendar = await importOperatingCalendar(transaction, unit, timeZone, dependencies.now);
  const unitChange = await store.saveUnit(unitRecord(unit, validated, dependencies.defaultTimeZone));
  if (unitChange !== 'unchanged') changes.push(`${unitChange === 'created' ? '新增' : '更新'}单位 ${unit.id}（${unit.name}）`);
  changes.push(...calendar.changes, ...(calendar.created ? await settleNewUnitCalendar(transaction, unit) : []));
  const declaredDays = await importDeclaredDays(transaction, unit, timeZone, dependencies.now);
  changes.push(...declaredDays.changes);
  warnings.push(...declaredDays.warnings);

  const existing = new Map((await store.people(unit.id)).map((person) => [person.key, person]));
  const personIds = new Map<string, string>();
  for (const person of unit.people) {
    const record: PersonRecord = {
      key: person.id,
      name: person.name,
      openId: openIds.get(person) ?? null,
      mobile: person.contact.type === 'mobile' ? person.contact.value : null,
      email: person.contact.type === 'email' ? person.contact.value : null,
      otherPosts: person.otherPosts ?? [],
    };
    const { personId, change } = await store.savePerson(unit.id, record);
    personIds.set(person.id, personId);
    if (change !== 'unchanged') changes.push(`${change === 'created' ? '新增' : '更新'}人员 ${unit.id}/${person.id}（${person.name}）`);
    const current = existing.get(person.id)?.appointments ?? [];
    warnings.push(...unchangedAppointmentWarnings(unit, person, current));
    for (const appointment of current.filter((held) => !person.roles.includes(held.role))) {
      await endAppointment(transaction, unit.id, appointment.id, '组织文件调整：不再担任', dependencies.now);
      changes.push(`免去 ${person.name} 的${ROLE_NAMES[appointment.role]}职务`);
    }
    for (const role of person.roles.filter((wanted: Role) => !current.some((held) => held.role === wanted))) {
      const reason = '组织文件任命';
      const effectiveOn = person.appointedOn ?? null;
      const document = person.appointmentDocument ?? '';
      const appointmentId = await store.startAppointment({ unitId: unit.id, personId, role, at: dependencies.now, reason, effectiveOn, document });
      await transaction.audit.append({
        at: dependencies.now,
        unitId: unit.id,
        actor: 'organisation-import',
        action: 'appointment.started',
        recordType: 'appointment',
        recordId: `${appointmentId}#start`,
        contentHash: recordHashes.appointmentStart({ appointmentId, unitId: unit.id, personId, role, startedAt: dependencies.now, reason, effectiveOn, document }),
      });
      changes.push(`任命 ${person.name} 为${ROLE_NAMES[role]}${appointmentDetails(effectiveOn, document)}`);
    }
    if (person.assessment && (await store.recordAssessment(personId, person.assessment))) {
      await transaction.audit.append({
        at: dependencies.now,
        unitId: unit.id,
        actor: 'organisation-import',
        action: 'assessment.recorded',
        recordType: 'assessment',
        recordId: `${personId}#assessment#${person.assessment.date}`,
        contentHash: recordHashes.assessment({ personId, kind: 'assessment', date: person.assessment.date, passed: person.assessment.passed }),
      });
      changes.push(`登记 ${person.name} ${person.assessment.date} 的考核：${person.assessment.passed ? '合格' : '不合格'}`);
    }
  }
  const listed = new Set(unit.people.map((person) => person.id));
  for (const person of existing.values()) {
    if (listed.has(person.key)) continue;
    for (const appointment of person.appointments) {
      await endAppointment(transaction, unit.id, appointment.id, '组织文件中已移除', dependencies.now);
      changes.push(`免去 ${person.name} 的${ROLE_NAMES[appointment.role]}职务（已从组织文件移除）`);
    }
  }

  const given: Array<[DutyStatementKind, string | undefined]> = [
    ['director-duties', unit.dutyStatements?.directorDuties],
    ['officer-code', unit.dutyStatements?.officerCode],
  ];
  for (const [kind, fromFile] of given) {
    const text = fromFile ?? defaultDutyStatement(kind, unit.kind);
    const current = await store.currentDutyStatement(unit.id, kind);
    // A unit keeps its text until the file gives another; the defaults only fill a unit that has none.
    if (current && (fromFile === undefined || current.text === text)) continue;
    const version = (current?.version ?? 0) + 1;
    const id = await store.addDutyStatement({ unitId: unit.id, kind, version, text, createdAt: dependencies.now });
    await transaction.audit.append({
      at: dependencies.now,
      unitId: unit.id,
      actor: 'organisation-import',
      action: 'duty-statement.version',
      recordType: 'duty-statement',
      recordId: id,
      contentHash: recordHashes.dutyStatement({ unitId: unit.id, kind, version, text }),
    });
    changes.push(`${unit.id} 的《${DUTY_STATEMENT_TITLES[kind]}》启用第 ${version} 版${fromFile === undefined ? '（默认文本，依据第七、八条）' : ''}`);
  }

  if (validated.checklist) {
    const current = await store.currentChecklist(unit.id);
    if (!current || !sameItems(current.items, validated.checklist.items)) {
      const version = (current?.version ?? 0) + 1;
      await store.addChecklistVersion({ unitId: unit.id, version, templateId: validated.checklist.templateId ?? null, items: validated.checklist.items, createdAt: dependencies.now });
      await transaction.audit.append({
        at: dependencies.now,
        unitId: unit.id,
        actor: 'organisation-import',
        action: 'checklist.version',
        recordType: 'checklist',
        recordId: `${unit.id}#${version}`,
        contentHash: recordHashes.checklistVersion({ unitId: unit.id, version, items: validated.checklist.items }),
      });
      changes.push(`${unit.id} 的风险管控清单启用第 ${version} 版（${validated.checklist.items.length} 项）`);
    }
  }
  changes.push(...(await importCertificates(transaction, unit, dependencies.now)));
  changes.push(...(await importTrainings(transaction, unit, personIds, dependencies.now)));
  return { changes, warnings };
}

/**
 * Validates the whole file first (format, Art. 5, 6 and 15), then writes every unit in one transaction: a file
 * that breaks a rule changes nothing. Appointments are ended and started, never overwritten, so their history stays.
 */
export async function importOrganisation(
  dependencies: ImportDependencies,
  plan: OrganisationPlan,
  describe: (finding: PlanFinding) => string = (finding) => finding.message,
): Promise<ImportReport> {
  const validation = validateOrganisationPlan(plan);
  if (validation.errors.length > 0) throw new OrganisationImportRefused(validation.errors.map(describe));
  const openIds = await resolveOpenIds(plan, dependencies.directory);
  const written = await dependencies.store.transaction(async (transaction) => {
    const all = { changes: [] as string[], warnings: [] as string[] };
    for (const unit of plan.units) {
      const validated = validation.units.find((candidate) => candidate.unitId === unit.id);
      if (!validated) throw new Error(`unit ${unit.id} passed validation without a grade`);
      const { changes, warnings } = await importUnit(transaction, unit, validated, openIds, dependencies);
      all.changes.push(...changes);
      all.warnings.push(...warnings);
    }
    return all;
  });
  return { changes: written.changes, warnings: [...validation.warnings.map(describe), ...written.warnings], units: validation.units };
}

/** Training sessions given in the file, each added once (by date and subject) and sealed into the audit chain. */
async function importTrainings(transaction: StoreTransaction, unit: UnitPlan, personIds: ReadonlyMap<string, string>, now: Date): Promise<string[]> {
  const changes: string[] = [];
  for (const training of unit.trainings ?? []) {
    if (await transaction.training.hasSession(unit.id, training.date, training.subject)) continue;
    const session = {
      date: training.date,
      subject: training.subject,
      content: training.content ?? '',
      hours: training.hours,
      trainer: training.trainer ?? '',
      attendeeIds: [...new Set(training.people.map((id) => personIds.get(id)).filter((personId): personId is string => personId !== undefined))],
      recordedBy: 'organisation-import',
      createdAt: now,
    };
    const id = await transaction.training.addSession(unit.id, session);
    await transaction.audit.append({
      at: now,
      unitId: unit.id,
      actor: 'organisation-import',
      action: 'training.recorded',
      recordType: 'training-session',
      recordId: id,
      contentHash: recordHashes.trainingSession({ unitId: unit.id, ...session }),
    });
    changes.push(`登记 ${unit.id} ${training.date} 的培训「${training.subject}」（${training.hours} 学时，${session.attendeeIds.length} 人）`);
  }
  return changes;
}

