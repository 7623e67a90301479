import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { type DailyCheck, hazardsOf, outcomeOf } from '../../domain/daily-checks/daily-check.ts';
import { hazardAlertRecipients } from '../../domain/hazards/hazard-alert.ts';
import type { Role } from '../../domain/people/role.ts';
import type { ChecklistRecord } from '../../ports/checklist-repository.ts';
import type { StoredDailyCheck } from '../../ports/daily-check-repository.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';
import { refreshHazardCards } from '../hazards/hazard-cards.ts';
import { checklistOnCheck, viewOfContext } from './daily-check-view.ts';

export interface CheckContext {
  check: StoredDailyCheck;
  unit: UnitProfile;
  /** The checklist as the check's card shows it: its due items, numbered from 1. */
  checklist: ChecklistRecord;
  officer: UnitMember;
  /** Who checks in the officer's place during their leave (代班): they answer, and the record names them as well. */
  substitute?: UnitMember | undefined;
}

/** A person told of a hazard, under the title they were told as. */
export interface AlertedPerson {
  name: string;
  title: Extract<Role, 'director' | 'principal'>;
}

export interface RaisedHazard {
  number: number;
  alerted: AlertedPerson[];
}

export interface CheckChange {
  saved: StoredDailyCheck;
  raised: RaisedHazard[];
}

/** The check as it stands once this transaction holds it: another change to it may just have committed. */
export async function loadCheckContext(transaction: StoreTransaction, found: StoredDailyCheck): Promise<CheckContext> {
  await transaction.dailyChecks.lockForChange(found.id);
  const check = (await transaction.dailyChecks.get(found.id)) ?? found;
  const unit = await transaction.units.get(check.unitId);
  const checklist = checklistOnCheck(await transaction.checklists.get(check.checklistId), check);
  const officer = await transaction.people.get(check.officerId);
  if (!unit || !officer) throw new Error(`daily check ${check.id} refers to a unit or officer that does not exist`);
  const substitute = check.substituteId ? ((await transaction.people.get(check.substituteId)) ?? undefined) : undefined;
  return { check, unit, checklist, officer, substitute };
}

/**
 * Stores a changed check and everything that follows from it in the same transaction: the hazards it raised and
 * their alerts, the audit entry when it was submitted, and the card update, so people never see a state the
 * database does not hold.
 */
export async function applyCheckChange(
  transaction: StoreTransaction,
  context: CheckContext,
  changed: DailyCheck,
  now: Date,
): Promise<CheckChange> {
  const before = context.check;
  const newlySubmitted = changed.status === 'submitted' && (before.status !== 'submitted' || changed.revision !== before.revision);
  const submittedAt = newlySubmitted ? now : before.submittedAt;
  const hash = newlySubmitted
    ? recordHashes.dailyCheckSubmission({
        unitId: context.unit.id,
        officerId: context.officer.personId,
        date: changed.date,
        shift: before.shift,
        checklistId: context.checklist.id,
        checklistVersion: context.checklist.version,
        revision: changed.revision,
        submittedAt: now,
        answers: changed.answers,
        dueItems: before.dueItems,
        substituteId: before.substituteId ?? null,
      })
    : before.contentHash ?? null;
  await transaction.dailyChecks.save(changed, {
    outcome: changed.status === 'submitted' ? outcomeOf(changed.answers) : null,
    // A correction in progress keeps the time and hash of the revision it corrects, which stays the record until
    // the correction is submitted (or abandoned at the day's close).
    submittedAt,
    contentHash: hash,
    answeredAt: now,
  });
  const saved: StoredDailyCheck = {
    ...before,
    ...changed,
    outcome: changed.status === 'submitted' ? outcomeOf(changed.answers) : null,
    submittedAt,
  };

  const previousHazards = new Set(hazardsOf(before).map((answer) => answer.number));
  const raised: RaisedHazard[] = [];
  for (const answer of hazardsOf(changed).filter((hazard) => !previousHazards.has(hazard.number))) {
    const alerted = await raiseHazard(transaction, context, answer.number, { description: answer.description ?? '', measures: answer.measures ?? '', serious: answer.serious }, now);
    raised.push({ number: answer.number, alerted });
  }
  if (newlySubmitted && hash) {
    await transaction.audit.append({
      at: now,
      unitId: context.unit.id,
      actor: (context.substitute ?? context.officer).personId,
      action: changed.revision > 1 ? 'daily-check.corrected' : 'daily-check.submitted',
      recordType: 'daily-check',
      recordId: `${changed.id}#${changed.revision}`,
      contentHash: hash,
    });
  }
  if (before.cardOutboxId) {
    await transaction.outbox.enqueue({
      operation: 'update',
      targetOutboxId: before.cardOutboxId,
      notification: { kind: 'daily-check', view: viewOfContext(context, saved) },
    });
  }
  return { saved, raised };
}

/** A hazard goes at once to the director; to the principal too when it is serious or there is no director (Art. 10). */
async function raiseHazard(
  transaction: StoreTransaction,
  context: CheckContext,
  number: number,
  report: { description: string; measures: string; serious: boolean },
  now: Date,
): Promise<AlertedPerson[]> {
  const item = context.checklist.items.find((candidate) => candidate.number === number);
  if (!item) return [];
  const hazard = await transaction.hazards.create({
    unitId: context.unit.id,
    dailyCheckId: context.check.id,
    itemCode: item.code,
    itemText: item.text,
    description: report.description,
    measures: report.measures,
    serious: report.serious,
    reportedById: (context.substitute ?? context.officer).personId,
    reportedAt: now,
  });
  const recipients = hazardAlertRecipients(await transaction.people.membersOf(context.unit.id), report.serious);
  await transaction.hazards.recordEvent(hazard.id, 'reported', (context.substitute ?? context.officer).personId, now, { alertedPersonIds: recipients.map((recipient) => recipient.personId) });
  const alerted = recipients.map((recipient) => recipient.personId);
  await refreshHazardCards(transaction, hazard.id, now, alerted, { urgentFor: report.serious ? alerted : [] });
  await transaction.audit.append({
    at: now,
    unitId: context.unit.id,
    actor: (context.substitute ?? context.officer).personId,
    action: 'hazard.reported',
    recordType: 'hazard',
    recordId: hazard.id,
    contentHash: recordHashes.hazardReport(hazard),
  });
  return recipients.map((recipient) => ({ name: recipient.name, title: recipient.roles.includes('director') ? 'director' : 'principal' }));
}
