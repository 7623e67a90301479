/** Makes the signed, expiring address of a unit's archive page for a month, for the person it is given to. */
export interface ArchiveLinks {
  /** How long a link stays valid (ARCHIVE_LINK_HOURS). */
  lifetimeHours: number;
  urlFor(link: { unitId: string; month: string; viewer: string; expiresAt: Date }): string;
}
