/** What a batch answers for each of its items, in order: a value, or the error of that item alone. */
export type ItemOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group work that arrives while earlier work is running (a natural batch, no timer): the first item starts a
 * batch at once, items submitted meanwhile wait and go together in the next one, up to `maxSize`. Under a
 * trickle every item runs alone with no added latency; under load the fixed cost of a batch (round trips, a
 * transaction, a lock) is shared by up to `maxSize` items. Each caller gets its own item's outcome.
 */
export class MicroBatcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private running = 0;

  constructor(
    private readonly runBatch: (items: I[]) => Promise<ItemOutcome<O>[]>,
    private readonly maxSize: number,
    /** Batches allowed in flight at once (one reading while another writes keeps both sides busy). */
    private readonly maxInFlight = 1,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.startNext();
    });
  }

  private startNext(): void {
    if (this.running >= this.maxInFlight || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, this.maxSize);
    this.running += 1;
    void this.run(batch).finally(() => {
      this.running -= 1;
      this.startNext();
    });
  }

  private async run(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outcomes = await this.runBatch(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => {
        const outcome = outcomes[index];
        if (!outcome) waiting.reject(new Error('the batch answered fewer outcomes than it had items'));
        else if (outcome.ok) waiting.resolve(outcome.value);
        else waiting.reject(outcome.error);
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
