/** The cards showing a record, one per person, so that a change to the record updates every one of them. */
export interface RecordCardRepository {
  add(recordType: string, recordId: string, personId: string, outboxId: string): Promise<void>;
  of(recordType: string, recordId: string): Promise<Array<{ personId: string; outboxId: string }>>;
}
