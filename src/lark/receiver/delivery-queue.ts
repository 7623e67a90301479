interface Task {
  run(): Promise<void>;
}

/**
 * The work behind the deliveries already stored: at most `concurrency` at once, so a burst is processed at the rate
 * the database allows instead of all at once, and each person's deliveries one after another in the order they came,
 * as that person wrote or pressed them. People take turns, so one person's long backlog does not hold up the rest.
 */
export class DeliveryQueue {
  private readonly lanes = new Map<string, Task[]>();
  // People with work waiting and none running, in turn order.
  private readonly ready: string[] = [];
  private running = 0;
  private waitingCount = 0;

  constructor(private readonly concurrency: number) {}

  /** True when nothing waits and nothing runs: a new delivery is taken up at once. */
  get idle(): boolean {
    return this.running === 0 && this.waitingCount === 0;
  }

  /** Deliveries queued here and not yet started. */
  get waiting(): number {
    return this.waitingCount;
  }

  /** Queues `work` behind the person's earlier deliveries; settles as the work does. */
  add<Result>(person: string, work: () => Promise<Result>): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const task: Task = { run: () => work().then(resolve, reject) };
      const lane = this.lanes.get(person);
      if (lane) lane.push(task);
      else {
        this.lanes.set(person, [task]);
        this.ready.push(person);
      }
      this.waitingCount += 1;
      this.startNext();
    });
  }

  private startNext(): void {
    while (this.running < this.concurrency && this.ready.length > 0) {
      const person = this.ready.shift()!;
      const task = this.lanes.get(person)!.shift()!;
      this.waitingCount -= 1;
      this.running += 1;
      void task.run().finally(() => {
        this.running -= 1;
        const lane = this.lanes.get(person)!;
        if (lane.length > 0) this.ready.push(person);
        else this.lanes.delete(person);
        this.startNext();
      });
    }
  }
}
