/**
 * What the bot tells people, as view models. Use cases write these to the outbox inside their transaction;
 * the Lark edge renders them (cards, text) only when it sends, so nothing here knows Lark's card format.
 */
export {};
//# sourceMappingURL=notifications.js.map