import { formatLocalDateTime, localTimeAt, addDays } from '../../domain/calendar/local-time.ts';
import { type Actor, isOverdue, mayAcknowledge, mayTakeStep } from '../../domain/hazards/hazard-lifecycle.ts';
import { EVIDENCE_STEP_NAMES, type EvidenceStep } from '../../domain/evidence/evidence-step.ts';
import { hazardSource } from '../../domain/hazards/hazard-source.ts';
import { isOpenHazard } from '../../domain/hazards/hazard-status.ts';
import type { HazardCardView, HazardHistoryEntry, HazardNewsView } from '../../ports/notifications.ts';
import type { HazardEventRecord, HazardRecord } from '../../ports/hazard-repository.ts';
import type { UnitMember } from '../../ports/people-repository.ts';
import type { StoreTransaction } from '../../ports/store.ts';
import type { UnitProfile } from '../../ports/unit-repository.ts';

function text(details: Record<string, unknown>, key: string): string {
  const value = details[key];
  return typeof value === 'string' ? value : '';
}

function historyEntry(event: HazardEventRecord, names: Map<string, string>, at: string): HazardHistoryEntry | undefined {
  const actorName = event.actorId ? names.get(event.actorId) ?? '' : null;
  const details = event.details;
  switch (event.action) {
    case 'reported':
    case 'acknowledged':
    case 'overdue-reminded':
      return { at, actorName, action: event.action };
    case 'assigned':
      return { at, actorName, action: 'assigned', ownerName: text(details, 'ownerName'), deadline: text(details, 'deadline') };
    case 'rectified':
      return { at, actorName, action: 'rectified', text: text(details, 'text') };
    case 'evidence':
      return { at, actorName, action: 'evidence', fileName: evidenceLabel(details) };
    case 'verified':
      return { at, actorName, action: 'verified', passed: details.passed === true, note: text(details, 'note') };
    case 'escalated':
      return { at, actorName, action: 'escalated', reason: text(details, 'reason') };
    default:
      return undefined;
  }
}

/** The file and the step it is evidence of, with the start of its SHA-256, as the card's history shows it. */
function evidenceLabel(details: Record<string, unknown>): string {
  const step = EVIDENCE_STEP_NAMES[text(details, 'step') as EvidenceStep] as string | undefined;
  const sha256 = text(details, 'sha256');
  return `${step ? `${step}证据 ` : ''}${text(details, 'fileName')}${sha256 ? `（SHA-256 ${sha256.slice(0, 12)}…）` : ''}`;
}

export interface HazardContext {
  hazard: HazardRecord;
  unit: UnitProfile;
  members: UnitMember[];
  events: HazardEventRecord[];
}

export async function loadHazardContext(transaction: StoreTransaction, hazard: HazardRecord): Promise<HazardContext> {
  // One statement at a time: a transaction holds one connection, which runs one query at a time anyway.
  const unit = await transaction.units.get(hazard.unitId);
  const members = await transaction.people.membersOf(hazard.unitId);
  const events = await transaction.hazards.events(hazard.id);
  if (!unit) throw new Error(`hazard ${hazard.id} belongs to no unit`);
  return { hazard, unit, members, events };
}

export function unitHasDirector(members: readonly UnitMember[]): boolean {
  return members.some((member) => member.roles.includes('director'));
}

/** What this person sees of the hazard, with the steps that are theirs to take now. */
export function hazardCardView(context: HazardContext, viewer: UnitMember | undefined, now: Date): HazardCardView {
  const { hazard, unit, members, events } = context;
  const names = new Map(members.map((member) => [member.personId, member.name]));
  const last = (action: string) => [...events].reverse().find((event) => event.action === action);
  const at = (event: HazardEventRecord) => formatLocalDateTime(event.at, unit.timeZone);
  const today = localTimeAt(now, unit.timeZone).date;
  const actor: Actor | undefined = viewer ? { personId: viewer.personId, roles: viewer.roles } : undefined;
  const hasDirector = unitHasDirector(members);
  const may = (step: Parameters<typeof mayTakeStep>[0]) => actor !== undefined && mayTakeStep(step, actor, hazard, hasDirector);
  const acknowledgedEvent = last('acknowledged');
  const rectified = last('rectified');
  const verified = last('verified');
  const escalated = last('escalated');
  const source = hazardSource(hazard);
  return {
    hazardId: hazard.id,
    hazardNumber: hazard.number,
    unitName: unit.name,
    itemCode: hazard.itemCode,
    itemText: hazard.itemText,
    ...(source === 'daily-check' ? {} : { sourceLabel: hazard.itemText }),
    description: hazard.description,
    measures: hazard.measures,
    serious: hazard.serious,
    officerName: names.get(hazard.reportedById) ?? '',
    reportedAt: formatLocalDateTime(hazard.reportedAt, unit.timeZone),
    ...(acknowledgedEvent ? { acknowledgement: { byName: names.get(acknowledgedEvent.actorId ?? '') ?? '', at: at(acknowledgedEvent) } } : {}),
    status: hazard.status,
    ...(hazard.ownerId ? { ownerName: names.get(hazard.ownerId) ?? '' } : {}),
    ...(hazard.deadline ? { deadline: hazard.deadline } : {}),
    overdue: isOverdue(hazard, today),
    ...(rectified && hazard.rectification
      ? { rectification: { text: hazard.rectification, byName: names.get(rectified.actorId ?? '') ?? '', at: at(rectified), evidenceCount: events.filter((event) => event.action === 'evidence').length } }
      : {}),
    ...(verified ? { verification: { passed: verified.details.passed === true, note: text(verified.details, 'note'), byName: names.get(verified.actorId ?? '') ?? '', at: at(verified) } } : {}),
    ...(escalated ? { escalation: { reason: text(escalated.details, 'reason'), byName: names.get(escalated.actorId ?? '') ?? '', at: at(escalated) } } : {}),
    history: events.flatMap((event) => historyEntry(event, names, at(event)) ?? []),
    actions: {
      acknowledge: actor !== undefined && isOpenHazard(hazard.status) && mayAcknowledge(actor, hazard.acknowledgedAt !== null),
      ...(may('assign')
        ? {
            assign: {
              candidates: members
                .filter((member) => !member.roles.includes('principal') || member.roles.length > 1)
                .map((member) => ({ personId: member.personId, name: member.name, roles: member.roles })),
              defaultDeadline: hazard.deadline ?? addDays(today, 7),
            },
          }
        : {}),
      escalate: may('escalate'),
      rectify: may('rectify'),
      verify: may('verify'),
    },
  };
}

/**
 * Brings every card of the hazard up to date, and sends a card to each person in `notify` who has none yet,
 * so that each person always sees the current state and exactly the steps that are theirs; one who has a card
 * already is told the `news` by a message. A new card to someone in `urgentFor` is also buzzed (a serious hazard).
 */
export async function refreshHazardCards(
  transaction: StoreTransaction,
  hazardId: string,
  now: Date,
  notify: string[] = [],
  tell: { news?: Omit<HazardNewsView, 'number' | 'itemText' | 'description'>; urgentFor?: readonly string[] } = {},
): Promise<void> {
  const { news, urgentFor = [] } = tell;
  const hazard = await transaction.hazards.get(hazardId);
  if (!hazard) return;
  const context = await loadHazardContext(transaction, hazard);
  const byId = new Map(context.members.map((member) => [member.personId, member]));
  const existing = await transaction.hazards.cards(hazardId);
  for (const card of existing) {
    await transaction.outbox.enqueue({ operation: 'update', targetOutboxId: card.outboxId, notification: { kind: 'hazard', view: hazardCardView(context, byId.get(card.personId), now) } });
  }
  const sent: Array<{ outboxId: string; personId: string }> = [];
  for (const personId of new Set(notify)) {
    const person = byId.get(personId);
    if (!person?.openId) continue;
    if (existing.some((card) => card.personId === personId)) {
      // The card they hold has just been updated, which Lark does not tell them: a message does.
      if (news) await transaction.outbox.enqueue({ operation: 'send', toOpenId: person.openId, notification: { kind: 'hazard-news', view: { number: hazard.number, itemText: hazard.itemText, description: hazard.description, ...news } } });
      continue;
    }
    const outboxId = await transaction.outbox.enqueue({
      operation: 'send',
      toOpenId: person.openId,
      notification: { kind: 'hazard', view: hazardCardView(context, person, now) },
      ...(urgentFor.includes(personId) ? { urgent: true } : {}),
    });
    sent.push({ outboxId, personId });
  }
  if (sent.length > 0) await transaction.hazards.recordEvent(hazardId, 'card-sent', null, now, { cards: sent });
}
