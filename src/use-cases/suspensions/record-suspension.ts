import { recordHashes } from '../../domain/archive/record-hashes.ts';
import { isLocalDate } from '../../domain/calendar/local-time.ts';
import { refusalsOf } from '../../domain/domain-error.ts';
import type { Store } from '../../ports/store.ts';

export interface SuspensionRefusals {
  'suspension.date-invalid': { field: 'start' | 'end'; value: string };
  'suspension.range-invalid': { startDate: string; endDate: string };
  'suspension.reason-required': Record<string, never>;
  'suspension.unit-not-found': { unitId: string };
  'suspension.overlaps': { startDate: string; endDate: string; reason: string };
  'suspension.deciders-only': Record<string, never>;
  'suspension.several-units': Record<string, never>;
}

const refuse = refusalsOf<SuspensionRefusals>();

/**
 * 停工停产/停业: the rhythm pauses for these days and the records say why (Q&A on Orders 75/76). A period is
 * recorded before it starts or while it lasts; days already checked keep their records.
 */
export async function recordSuspension(
  store: Store,
  input: { unitId: string; startDate: string; endDate: string; reason: string; actor: string; now: Date },
): Promise<{ id: string }> {
  for (const [field, value] of [['start', input.startDate], ['end', input.endDate]] as const) {
    if (!isLocalDate(value)) throw refuse('suspension.date-invalid', { field, value });
  }
  if (input.endDate < input.startDate) throw refuse('suspension.range-invalid', { startDate: input.startDate, endDate: input.endDate });
  const reason = input.reason.trim();
  if (reason === '') throw refuse('suspension.reason-required', {});
  return store.transaction(async (transaction) => {
    if (!(await transaction.units.get(input.unitId))) throw refuse('suspension.unit-not-found', { unitId: input.unitId });
    const overlapping = await transaction.suspensions.overlapping(input.unitId, input.startDate, input.endDate);
    if (overlapping.length > 0) {
      const existing = overlapping[0]!;
      throw refuse('suspension.overlaps', { startDate: existing.startDate, endDate: existing.endDate, reason: existing.reason });
    }
    const period = { startDate: input.startDate, endDate: input.endDate, reason };
    const id = await transaction.suspensions.add(input.unitId, period);
    await transaction.audit.append({
      at: input.now,
      unitId: input.unitId,
      actor: input.actor,
      action: 'suspension.recorded',
      recordType: 'suspension',
      recordId: id,
      contentHash: recordHashes.suspension({ unitId: input.unitId, ...period }),
    });
    const unit = await transaction.units.get(input.unitId);
    for (const member of await transaction.people.membersOf(input.unitId)) {
      if (!member.openId) continue;
      await transaction.outbox.enqueue({
        operation: 'send',
        toOpenId: member.openId,
        notification: { kind: 'suspension-notice', view: { unitName: unit?.name ?? input.unitId, startDate: input.startDate, endDate: input.endDate, reason } },
      });
    }
    return { id };
  });
}

export interface SuspensionDeclared {
  kind: 'suspension-declared';
  unitName: string;
  startDate: string;
  endDate: string;
  reason: string;
}

/** 停产 / 停业 in chat: the principal or the director of one unit declares the period, as the command line does. */
export async function declareSuspension(store: Store, input: { actorOpenId: string; startDate: string; endDate: string; reason: string; now: Date }): Promise<SuspensionDeclared> {
  const declarer = await store.transaction(async (transaction) => {
    const memberships = (await transaction.people.byOpenId(input.actorOpenId)).filter((member) => member.roles.includes('principal') || member.roles.includes('director'));
    if (memberships.length === 0) throw refuse('suspension.deciders-only', {});
    if (new Set(memberships.map((member) => member.unitId)).size > 1) throw refuse('suspension.several-units', {});
    const member = memberships[0]!;
    return { personId: member.personId, unitId: member.unitId, unitName: (await transaction.units.get(member.unitId))?.name ?? member.unitId };
  });
  await recordSuspension(store, { unitId: declarer.unitId, startDate: input.startDate, endDate: input.endDate, reason: input.reason, actor: declarer.personId, now: input.now });
  return { kind: 'suspension-declared', unitName: declarer.unitName, startDate: input.startDate, endDate: input.endDate, reason: input.reason.trim() };
}
