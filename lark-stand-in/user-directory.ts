import { p2pChatIdFor, unionIdFor } from './lark-ids.ts';

/** A person in the tenant's contact list, within the app's availability scope. */
export interface LarkUser {
  openId: string;
  name?: string;
  mobile?: string;
  email?: string;
  userId?: string;
  unionId?: string;
}

export interface DirectoryEntry extends LarkUser {
  unionId: string;
  chatId: string;
}

export type ReceiveIdType = 'open_id' | 'user_id' | 'union_id' | 'email' | 'chat_id';

// Lark accepts mainland numbers with or without +86, so both spellings find the same person.
function mobileKey(mobile: string): string {
  const digits = mobile.replace(/[\s-]/g, '');
  return digits.startsWith('+86') ? digits.slice(3) : digits;
}

export class UserDirectory {
  readonly #appId: string;
  readonly #entries = new Map<string, DirectoryEntry>();

  constructor(appId: string, users: LarkUser[] = []) {
    this.#appId = appId;
    for (const user of users) this.add(user);
  }

  add(user: LarkUser): DirectoryEntry {
    const entry: DirectoryEntry = {
      ...user,
      unionId: user.unionId ?? unionIdFor(user.openId),
      chatId: p2pChatIdFor(this.#appId, user.openId),
    };
    this.#entries.set(user.openId, entry);
    return entry;
  }

  all(): DirectoryEntry[] {
    return [...this.#entries.values()];
  }

  byOpenId(openId: string): DirectoryEntry | undefined {
    return this.#entries.get(openId);
  }

  byChatId(chatId: string): DirectoryEntry | undefined {
    return this.all().find((entry) => entry.chatId === chatId);
  }

  byMobile(mobile: string): DirectoryEntry | undefined {
    const wanted = mobileKey(mobile);
    return this.all().find((entry) => entry.mobile !== undefined && mobileKey(entry.mobile) === wanted);
  }

  byEmail(email: string): DirectoryEntry | undefined {
    const wanted = email.trim().toLowerCase();
    return this.all().find((entry) => entry.email?.trim().toLowerCase() === wanted);
  }

  /** The person a `receive_id` names, or undefined when Lark would not find them. */
  resolve(receiveIdType: ReceiveIdType, receiveId: string): DirectoryEntry | undefined {
    switch (receiveIdType) {
      case 'open_id':
        return this.byOpenId(receiveId);
      case 'user_id':
        return this.all().find((entry) => entry.userId === receiveId);
      case 'union_id':
        return this.all().find((entry) => entry.unionId === receiveId);
      case 'email':
        return this.byEmail(receiveId);
      case 'chat_id':
        return this.byChatId(receiveId);
    }
  }
}
