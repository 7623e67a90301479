import { localTimeAt } from '../../domain/calendar/local-time.ts';
import type { ArchiveLinks } from '../../ports/archive-links.ts';
import type { Store } from '../../ports/store.ts';
import { refuseArchive } from './archive-refusals.ts';
import { recordArchiveLink } from './record-archive-link.ts';

export interface ArchiveLinksIssued {
  kind: 'archive-links-issued';
  links: Array<{ unitName: string; month: string; url: string; expiresAt: Date; timeZone: string }>;
}

/**
 * 归档 / 归档 YYYY-MM: a principal or director gets, for each unit they hold that post in, a signed link to the unit's
 * archive page for the month (without one: the current month, in the unit's time). Who was given access to what,
 * until when, is recorded in the audit chain, as an export is.
 */
export async function issueArchiveLinks(
  dependencies: { store: Store; archiveLinks: ArchiveLinks },
  input: { actorOpenId: string; month: string | undefined; now: Date },
): Promise<ArchiveLinksIssued> {
  const { store, archiveLinks } = dependencies;
  const memberships = (await store.transaction((transaction) => transaction.people.byOpenId(input.actorOpenId))).filter(
    (member) => member.roles.includes('principal') || member.roles.includes('director'),
  );
  if (memberships.length === 0) throw refuseArchive('archive.link-not-allowed', {});
  // Every month is checked before any link is recorded: a refusal writes nothing.
  const wanted: Array<{ personId: string; unit: { id: string; name: string; timeZone: string }; month: string }> = [];
  for (const member of memberships) {
    const unit = await store.transaction((transaction) => transaction.units.get(member.unitId));
    if (!unit) continue;
    const currentMonth = localTimeAt(input.now, unit.timeZone).date.slice(0, 7);
    const month = input.month ?? currentMonth;
    if (month > currentMonth) throw refuseArchive('archive.month-in-future', { month, currentMonth });
    wanted.push({ personId: member.personId, unit, month });
  }
  const links: ArchiveLinksIssued['links'] = [];
  for (const { personId, unit, month } of wanted) {
    const { url, expiresAt } = await recordArchiveLink({ store, archiveLinks }, { unitId: unit.id, month, viewer: input.actorOpenId, actor: personId, now: input.now });
    links.push({ unitName: unit.name, month, url, expiresAt, timeZone: unit.timeZone });
  }
  return { kind: 'archive-links-issued', links };
}
