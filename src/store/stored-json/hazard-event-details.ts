import { z } from 'zod';

/** What a step of a hazard's history records besides who and when; each kind of step has its own fields. */
export const HazardEventDetails = z.record(z.string(), z.unknown());

/** The details of a `card-sent` step name the cards it sent; no other step has `cards`. */
export const CardsSentDetails = z.looseObject({
  cards: z.array(z.strictObject({ outboxId: z.string(), personId: z.string() })).optional(),
});
