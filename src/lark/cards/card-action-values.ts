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
  z.object({ action: z.literal('hazard.assign'), hazardId: z.string().min(1) }),
  z.object({ action: z.literal('hazard.escalate'), hazardId: z.string().min(1) }),
  z.object({ action: z.literal('hazard.rectify'), hazardId: z.string().min(1) }),
  z.object({ action: z.literal('hazard.verify'), hazardId: z.string().min(1), passed: z.boolean() }),
  z.object({ action: z.literal('hazard.raise') }),
  z.object({ action: z.literal('weekly.save'), reportId: z.string().min(1), confirm: z.boolean() }),
  z.object({ action: z.literal('minutes.save'), minutesId: z.string().min(1), confirm: z.boolean() }),
  z.object({ action: z.literal('suggestion.answer'), suggestionId: z.string().min(1), decision: z.enum(['adopted', 'rejected']) }),
]);
export type CardActionValue = z.infer<typeof CardActionValue>;

/** Field names of the hazard form; the form's values come back in `form_value` under these names. */
export const HazardFormFields = {
  description: 'hazard_description',
  measures: 'hazard_measures',
  serious: 'hazard_serious',
} as const;

/** Field names of the rectification-loop forms. */
export const HazardLoopFields = {
  owner: 'hazard_owner',
  deadline: 'hazard_deadline',
  escalationReason: 'hazard_escalation_reason',
  rectification: 'hazard_rectification',
  verificationNote: 'hazard_verification_note',
} as const;

/** Field names of the form for a hazard found elsewhere than on a daily check. */
export const RaiseHazardFields = {
  source: 'raise_hazard_source',
  description: 'raise_hazard_description',
  serious: 'raise_hazard_serious',
} as const;

/** Field names of the weekly report form the director completes. */
export const WeeklyReportFields = {
  investigationDate: 'weekly_investigation_date',
  scope: 'weekly_scope',
  people: 'weekly_people',
  findings: 'weekly_findings',
  analysis: 'weekly_analysis',
  measures: 'weekly_measures',
} as const;

/** The principal's next-month arrangements, one per line. */
export const MinutesFields = { arrangements: 'minutes_arrangements', summary: 'minutes_summary' } as const;

export const SuggestionFields = { answer: 'suggestion_answer' } as const;
