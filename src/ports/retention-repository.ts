export interface RetentionRepository {
  /** How many rows of each kind are dated before `before` and may be purged. */
  countOlderThan(before: string): Promise<Record<string, number>>;
  purgeOlderThan(before: string): Promise<Record<string, number>>;
}
