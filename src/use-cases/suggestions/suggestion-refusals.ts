import { refusalsOf } from '../../domain/domain-error.ts';

/** Art. 16: the director and officers propose, the principal answers, once, with the action or the reason. */
export interface SuggestionRefusals {
  'suggestion.proposer-only': Record<string, never>;
  'suggestion.text-required': Record<string, never>;
  'suggestion.principal-only': Record<string, never>;
  'suggestion.not-found': Record<string, never>;
  'suggestion.answer-required': { decision: 'adopted' | 'rejected' };
  'suggestion.already-answered': { number: number };
  /** A number typed in chat that is not a number at all (采纳 abc …). */
  'suggestion.number-invalid': { given: string };
}

export const refuseSuggestion = refusalsOf<SuggestionRefusals>();
