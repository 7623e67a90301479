/** How the bot reaches a person: an open_id directly, or a mobile/email that Lark resolves to one. */
export type ContactType = 'openId' | 'mobile' | 'email';

export interface Contact {
  type: ContactType;
  value: string;
}

export const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, string>> = {
  openId: '飞书 open_id',
  mobile: '手机号',
  email: '邮箱',
};

/** The same person may be listed in several units; the contact is what identifies them across units. */
export function contactKey(contact: Contact): string {
  return `${contact.type}:${contact.type === 'email' ? contact.value.toLowerCase() : contact.value}`;
}
