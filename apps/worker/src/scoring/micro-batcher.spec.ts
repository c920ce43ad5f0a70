import { MicroBatcher, type ItemOutcome } from './micro-batcher.js';

/** A batch function whose batches finish only when the test says so, recording what each batch held. */
function controlledBatches() {
  const batches: number[][] = [];
  const finishers: (() => void)[] = [];
  const run = (items: number[]) =>
    new Promise<ItemOutcome<number>[]>((resolve) => {
      batches.push(items);
      finishers.push(() => resolve(items.map((item) => (item < 0 ? { ok: false, error: new Error(`bad ${item}`) } : { ok: true, value: item * 10 }))));
    });
  return { batches, finishNext: () => finishers.shift()!(), run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('MicroBatcher', () => {
  it('runs a lone item at once, in a batch of its own', async () => {
    const { batches, finishNext, run } = controlledBatches();
    const batcher = new MicroBatcher(run, 10);
    const result = batcher.submit(1);
    expect(batches).toEqual([[1]]);
    finishNext();
    await expect(result).resolves.toBe(10);
  });

  it('groups the items that arrive while a batch runs into the next batch, up to the maximum size', async () => {
    const { batches, finishNext, run } = controlledBatches();
    const batcher = new MicroBatcher(run, 3);
    const results = [1, 2, 3, 4, 5, 6].map((item) => batcher.submit(item));
    expect(batches).toEqual([[1]]);
    finishNext();
    await tick();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finishNext();
    await tick();
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
    finishNext();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('fails only the item whose outcome is an error', async () => {
    const { finishNext, run } = controlledBatches();
    const batcher = new MicroBatcher(run, 10);
    const first = batcher.submit(1);
    const [good, bad] = [batcher.submit(2), batcher.submit(-3)];
    finishNext();
    await tick();
    finishNext();
    await expect(first).resolves.toBe(10);
    await expect(good).resolves.toBe(20);
    await expect(bad).rejects.toThrow('bad -3');
  });

  it('fails every item of a batch that throws, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = new MicroBatcher<number, number>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return items.map((item) => ({ ok: true, value: item }));
    }, 10);
    const failed = batcher.submit(1);
    const later = batcher.submit(2);
    await expect(failed).rejects.toThrow('connection lost');
    await expect(later).resolves.toBe(2);
  });

  it('keeps up to maxInFlight batches running at once', async () => {
    const { batches, finishNext, run } = controlledBatches();
    const batcher = new MicroBatcher(run, 2, 2);
    [1, 2, 3, 4, 5].forEach((item) => void batcher.submit(item));
    expect(batches).toEqual([[1], [2]]);
    finishNext();
    await tick();
    expect(batches).toEqual([[1], [2], [3, 4]]);
  });
});
