/** Finds people's open_ids in the company's Lark directory by mobile or email; absent when not found. */
export interface Directory {
  lookUpOpenIds(input: { mobiles: string[]; emails: string[] }): Promise<Map<string, string>>;
}
