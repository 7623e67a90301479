import { z } from 'zod';

/**
 * The `value` each button carries and gets back in `card.action.trigger`. Builders and the action handler
 * both use these schemas, so a button can never send something the handler does not understand.
 * `revision` ties a press to the card it was made on: a press on an outdated card is refused, not applied.
 */
const checkReference = { checkId: z.string().min(1), revision: z.coerce.number().int().positive() };

export const CardActionValue = z.discriminatedUnion('action', [
  z.object({ action: z.literal('daily.answer'), ...checkReference, number: z.coerce.number().int().positive(), answer: z.enum(['normal', 'not-applicable']) }),
  z.object({ action: z.literal('daily.open-hazard-form'), ...checkReference, number: z.coerce.number().int().positive() }),
  z.object({ action: z.literal('daily.close-hazard-form'), ...checkReference }),
  z.object({ action: z.literal('daily.report-hazard'), ...checkReference, number: z.coerce.number().int().positive() }),
  z.object({ action: z.literal('daily.all-normal'), ...checkReference }),
  z.object({ action: z.literal('daily.submit'), ...checkReference }),
  z.object({ action: z.literal('hazard.acknowledge'), hazardId: z.string().min(1) }),
]);
export type CardActionValue = z.infer<typeof CardActionValue>;

/** Field names of the hazard form; the form's values come back in `form_value` under these names. */
export const HazardFormFields = {
  description: 'hazard_description',
  measures: 'hazard_measures',
  serious: 'hazard_serious',
} as const;
