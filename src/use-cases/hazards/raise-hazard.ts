import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { hazardAlertRecipients } from '../../domain/hazards/hazard-alert.ts';
import { HAZARD_SOURCE_LABELS, type HazardSource } from '../../domain/hazards/hazard-source.ts';
import type { Store } from '../../ports/store.ts';
import { refreshHazardCards } from './hazard-cards.ts';
import { refuseHazardAccess } from './hazard-refusals.ts';

export interface HazardRaised {
  kind: 'hazard-raised';
  number: number;
  source: Exclude<HazardSource, 'daily-check'>;
  alerted: string[];
}

/**
 * 隐患 <来源> <描述>: a hazard the director or principal found elsewhere than on a daily check — the weekly
 * investigation, the monthly meeting, a complaint, the regulator — enters the same rectification loop: the director
 * receives its card to assign it, the principal too when it is serious or the unit has no director.
 */
export async function raiseHazard(
  store: Store,
  input: { actorOpenId: string; source: Exclude<HazardSource, 'daily-check'>; description: string; serious: boolean; now: Date },
): Promise<HazardRaised> {
  return store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('director') || member.roles.includes('principal'));
    if (memberships.length === 0) throw refuseHazardAccess('hazard.raise-for-deciders', {});
    if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuseHazardAccess('hazard.raise-several-units', {});
    const actor = memberships[0]!;
    const hazard = await transaction.hazards.create({
      unitId: actor.unitId,
      dailyCheckId: null,
      itemCode: input.source,
      itemText: HAZARD_SOURCE_LABELS[input.source],
      description: input.description,
      measures: '',
      serious: input.serious,
      reportedById: actor.personId,
      reportedAt: input.now,
    });
    const members = await transaction.people.membersOf(actor.unitId);
    const recipients = hazardAlertRecipients(members, input.serious);
    await transaction.hazards.recordEvent(hazard.id, 'reported', actor.personId, input.now, { alertedPersonIds: recipients.map((recipient) => recipient.personId), source: input.source });
    await refreshHazardCards(transaction, hazard.id, input.now, [...recipients.map((recipient) => recipient.personId), actor.personId]);
    await transaction.audit.append({
      at: input.now,
      unitId: actor.unitId,
      actor: actor.personId,
      action: 'hazard.reported',
      recordType: 'hazard',
      recordId: hazard.id,
      contentHash: recordHashes.hazardReport(hazard),
    });
    return { kind: 'hazard-raised', number: hazard.number, source: input.source, alerted: recipients.filter((recipient) => recipient.personId !== actor.personId).map((recipient) => recipient.name) };
  });
}
