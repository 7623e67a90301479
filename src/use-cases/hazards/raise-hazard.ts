import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { localTimeAt } from '../../domain/calendar/local-time.ts';
import { hazardAlertRecipients } from '../../domain/hazards/hazard-alert.ts';
import { adoptedVetoPlace, HAZARD_SOURCE_LABELS, type HazardSource, regulatorInspectionPlace } from '../../domain/hazards/hazard-source.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { Store, StoreTransaction } from '../../ports/store.ts';
import { refreshHazardCards } from './hazard-cards.ts';
import { refuseHazardAccess } from './hazard-refusals.ts';

type RaisedSource = Exclude<HazardSource, 'daily-check'>;

export interface HazardRaised {
  kind: 'hazard-raised';
  number: number;
  source: RaisedSource;
  alerted: string[];
}

export interface RaiseHazardFormSent {
  kind: 'raise-hazard-form-sent';
  unitName: string;
}

export interface InspectionRecorded {
  kind: 'inspection-recorded';
  date: string;
  authority: string;
  numbers: number[];
  alerted: string[];
}

/** Hazards found elsewhere than on a daily check are recorded by the director or principal of one unit. */
async function raisingDecider(transaction: StoreTransaction, actorOpenId: string): Promise<UnitMember> {
  const memberships = (await transaction.people.byOpenId(actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
  if (memberships.length === 0) throw refuseHazardAccess('hazard.raise-for-deciders', {});
  if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuseHazardAccess('hazard.raise-several-units', {});
  return memberships[0]!;
}

/**
 * One hazard into the rectification loop: the director receives its card to assign it, the principal too when it is
 * serious or the unit has no director. Its place (itemText) says where it was found, and its report hash covers it.
 */
async function raiseOne(
  transaction: StoreTransaction,
  actor: UnitMember,
  hazard: { source: RaisedSource; place: string; description: string; measures?: string; serious: boolean },
  now: Date,
): Promise<{ number: number; alerted: string[] }> {
  const created = await transaction.hazards.create({
    unitId: actor.unitId,
    dailyCheckId: null,
    itemCode: hazard.source,
    itemText: hazard.place,
    description: hazard.description,
    measures: hazard.measures ?? '',
    serious: hazard.serious,
    reportedById: actor.personId,
    reportedAt: now,
  });
  const recipients = hazardAlertRecipients(await transaction.people.membersOf(actor.unitId), hazard.serious);
  await transaction.hazards.recordEvent(created.id, 'reported', actor.personId, now, { alertedPersonIds: recipients.map((recipient) => recipient.personId), source: hazard.source });
  const alerted = recipients.map((recipient) => recipient.personId).filter((personId) => personId !== actor.personId);
  await refreshHazardCards(transaction, created.id, now, [...alerted, actor.personId], { urgentFor: hazard.serious ? alerted : [] });
  await transaction.audit.append({
    at: now,
    unitId: actor.unitId,
    actor: actor.personId,
    action: 'hazard.reported',
    recordType: 'hazard',
    recordId: created.id,
    contentHash: recordHashes.hazardReport(created),
  });
  return { number: created.number, alerted: recipients.filter((recipient) => recipient.personId !== actor.personId).map((recipient) => recipient.name) };
}

/**
 * An adopted veto's measure enters the rectification loop as a serious hazard of its own, so who carries it out, by
 * when, and when it was done and verified are recorded as for any hazard (Art. 4: 采取处置措施，消除风险隐患).
 */
export async function trackAdoptedVeto(
  transaction: StoreTransaction,
  principal: UnitMember,
  veto: { number: number; text: string; measure: string },
  now: Date,
): Promise<number> {
  const raised = await raiseOne(transaction, principal, { source: 'veto', place: adoptedVetoPlace(veto.number), description: veto.text, measures: veto.measure, serious: true }, now);
  return raised.number;
}

/**
 * 隐患 <来源> <描述>: a hazard the director or principal found elsewhere than on a daily check — the weekly
 * investigation, the monthly meeting, a complaint, the regulator — enters the same rectification loop.
 */
export async function raiseHazard(
  store: Store,
  input: { actorOpenId: string; source: RaisedSource; description: string; serious: boolean; now: Date },
): Promise<HazardRaised> {
  return store.transaction(async (transaction) => {
    const actor = await raisingDecider(transaction, input.actorOpenId);
    if (input.description.trim() === '') throw refuseHazardAccess('hazard.raise-description-required', {});
    const raised = await raiseOne(transaction, actor, { source: input.source, place: HAZARD_SOURCE_LABELS[input.source], description: input.description, serious: input.serious }, input.now);
    return { kind: 'hazard-raised', number: raised.number, source: input.source, alerted: raised.alerted };
  });
}

/** 登记隐患: the card form for what 隐患 <来源> <描述> records by text, sent to the director or principal who asked. */
export async function sendRaiseHazardForm(store: Store, input: { actorOpenId: string }): Promise<RaiseHazardFormSent> {
  return store.transaction(async (transaction) => {
    const actor = await raisingDecider(transaction, input.actorOpenId);
    const unit = await transaction.units.get(actor.unitId);
    if (!unit || !actor.openId) throw new Error(`member ${actor.personId} has no unit or no Lark account`);
    await transaction.outbox.enqueue({ operation: 'send', toOpenId: actor.openId, notification: { kind: 'raise-hazard-form', view: { unitName: unit.name } } });
    return { kind: 'raise-hazard-form-sent', unitName: unit.name };
  });
}

/**
 * 监管检查 <日期> <检查机关>: the regulator's inspection or spot check as the unit received it, each finding a
 * hazard of its own naming the inspection, so every one is tracked to its rectification. All or none are recorded.
 */
export async function recordRegulatorInspection(
  store: Store,
  input: { actorOpenId: string; date: string; authority: string; findings: string[]; now: Date },
): Promise<InspectionRecorded> {
  return store.transaction(async (transaction) => {
    const actor = await raisingDecider(transaction, input.actorOpenId);
    const unit = await transaction.units.get(actor.unitId);
    if (!unit) throw new Error(`member ${actor.personId} belongs to no unit`);
    const today = localTimeAt(input.now, unit.timeZone).date;
    if (input.date > today) throw refuseHazardAccess('hazard.inspection-in-future', { date: input.date, today });
    const place = regulatorInspectionPlace(input.date, input.authority);
    const numbers: number[] = [];
    const alerted = new Set<string>();
    for (const finding of input.findings) {
      const raised = await raiseOne(transaction, actor, { source: 'regulator', place, description: finding, serious: false }, input.now);
      numbers.push(raised.number);
      for (const name of raised.alerted) alerted.add(name);
    }
    return { kind: 'inspection-recorded', date: input.date, authority: input.authority, numbers, alerted: [...alerted] };
  });
}
