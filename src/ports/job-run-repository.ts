export interface JobRunRepository {
  /** Claims (job, unit, period) once; false when some process already claimed it. */
  claim(job: string, unitId: string, period: string, at: Date): Promise<boolean>;
  finish(job: string, unitId: string, period: string, at: Date): Promise<void>;
  hasRun(job: string, unitId: string, period: string): Promise<boolean>;
  /** Marks (job, unit, period) as done; harmless when it already is. */
  record(job: string, unitId: string, period: string, at: Date): Promise<void>;
}
