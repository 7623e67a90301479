import type { DailyCheckView } from '../ports/notifications.ts';

/**
 * What a person sees right away after a chat word or a card press. The text is the chat reply or the toast;
 * `card` replaces the pressed card in the callback answer (used for the hazard form, which opens on the card).
 */
export interface InteractionResult {
  reply: string;
  tone: 'success' | 'info' | 'warning' | 'error';
  card?: { view: DailyCheckView; hazardFormItem?: number };
}

export function replied(reply: string, tone: InteractionResult['tone'] = 'success'): InteractionResult {
  return { reply, tone };
}
