/**
 * One autocannon measurement, run in a worker thread by directory.bench.ts: the api under test answers on the
 * bench's main thread, so the load generator must not share its event loop. Posts autocannon's result back: off the main thread
 * autocannon leaves its histograms encoded, for the caller's `aggregateResult`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  body: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
}

const spec = workerData as LoadSpec;
const result = await autocannon({
  url: spec.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...spec.headers },
  body: spec.body,
  duration: spec.seconds,
  connections: spec.connections,
  // GraphQL answers its execution errors with 200: a body that carries `errors` counts as a mismatch.
  verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
});
parentPort!.postMessage(result);
