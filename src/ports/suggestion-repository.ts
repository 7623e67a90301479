export interface SuggestionRecord {
  id: string;
  number: number;
  unitId: string;
  kind: 'suggestion' | 'veto';
  proposerId: string;
  text: string;
  createdAt: Date;
  decision: 'adopted' | 'rejected' | null;
  answer: string | null;
  answeredById: string | null;
  answeredAt: Date | null;
}

export interface SuggestionRepository {
  create(suggestion: { unitId: string; kind: 'suggestion' | 'veto'; proposerId: string; text: string; createdAt: Date }): Promise<SuggestionRecord>;
  get(suggestionId: string): Promise<SuggestionRecord | null>;
  byNumber(unitId: string, number: number): Promise<SuggestionRecord | null>;
  /** Fills the answer once; false when it was already answered, so an answer can never be changed. */
  answer(suggestionId: string, answer: { decision: 'adopted' | 'rejected'; answer: string; answeredById: string; answeredAt: Date }): Promise<boolean>;
  ofUnit(unitId: string): Promise<SuggestionRecord[]>;
  /** A unit's proposals still waiting for the principal, oldest first. */
  unanswered(unitId: string): Promise<SuggestionRecord[]>;
}
