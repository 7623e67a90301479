/**
 * The key under which a delivery is stored once. Lark's own page for im.message.receive_v1 says duplicates can
 * carry a different event_id, so messages are keyed on message_id; everything else on event_id.
 */
export function deduplicationKey(delivery) {
    return delivery.type === 'message' ? `message:${delivery.messageId}` : `event:${delivery.eventId}`;
}
//# sourceMappingURL=deduplication-key.js.map