export const CONTACT_TYPE_LABELS = {
    openId: '飞书 open_id',
    mobile: '手机号',
    email: '邮箱',
};
/** The same person may be listed in several units; the contact is what identifies them across units. */
export function contactKey(contact) {
    return `${contact.type}:${contact.type === 'email' ? contact.value.toLowerCase() : contact.value}`;
}
//# sourceMappingURL=contact.js.map