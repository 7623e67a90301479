import type { DailyCheckView } from '../../ports/notifications.ts';

/**
 * What a person sees right away after a chat word or a card press: the chat reply or the toast, and for a card
 * press that changed the daily check, the card that replaces the pressed one (the hazard form opens on the card).
 */
export interface ChatAnswer {
  reply: string;
  tone: 'success' | 'info' | 'warning' | 'error';
  card?: { view: DailyCheckView; hazardFormItem?: number };
}

/** Where the person acted: a card press is answered by a toast and the updated card, a chat word by a message. */
export type Channel = 'card' | 'chat';
