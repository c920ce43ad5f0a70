import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue, type Job } from 'bullmq';
import { QueueName } from '@assay/queue';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface LogLine {
  msg?: string;
  port?: number;
  [field: string]: unknown;
}

async function until<T>(what: string, read: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The value of one exact series in Prometheus text, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/**
 * The worker's own metrics endpoint: the real worker process (its own database and key space) runs a job that
 * completes, one that fails once and then for good, and one its processor does not know; GET /metrics counts them.
 */
describe('the worker metrics endpoint', () => {
  let url: string;
  let worker: ChildProcess;
  const queues: Queue[] = [];
  const lines: LogLine[] = [];
  const prefix = `${process.env.REDIS_PREFIX}:worker-metrics-e2e`;
  let metricsUrl: string;

  const scrape = async () => {
    const response = await fetch(`${metricsUrl}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const queue = (name: QueueName) => {
    const created = new Queue(name, { connection: { url: REDIS_URL }, prefix });
    queues.push(created);
    return created;
  };
  const settled = (job: Job) => until(`job ${job.id} settled`, async () => ((await job.isCompleted()) || (await job.isFailed()) ? true : undefined));

  beforeAll(async () => {
    url = await createMigratedDatabase('assay_worker_metrics');
    // WORKER_METRICS_PORT=0 comes from the global setup: the worker binds a free port and logs it.
    worker = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url, REDIS_PREFIX: prefix, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [worker.stdout!, worker.stderr!]) {
      createInterface({ input: stream }).on('line', (text) => {
        try {
          lines.push(JSON.parse(text) as LogLine);
        } catch {
          lines.push({ msg: text });
        }
      });
    }
    const listening = await until('worker metrics listening', () => lines.find((line) => line.msg === 'worker metrics listening'), 30_000).catch((error: Error) => {
      throw new Error(`${error.message}; worker said:\n${lines.map((line) => JSON.stringify(line)).join('\n')}`);
    });
    expect(listening.port).toEqual(expect.any(Number));
    expect(listening.port).not.toBe(0);
    metricsUrl = `http://127.0.0.1:${listening.port}`;
    await until('worker ready', () => lines.find((line) => line.msg === 'worker ready'));
  }, 40_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await Promise.all(queues.map((created) => created.obliterate({ force: true }).finally(() => created.close())));
    if (url) await dropDatabase(url);
  }, 30_000);

  it('answers GET /metrics only, with process metrics and no scoring series before any scoring job', async () => {
    const text = await scrape();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('# TYPE assay_jobs_processed_total counter');
    expect(text).toContain('# TYPE assay_job_duration_seconds histogram');
    // The maintenance schedule runs the certificate lifecycle job as the worker starts; no scoring job ran yet.
    expect(text).not.toMatch(/^assay_jobs_processed_total\{queue="scoring"/m);
    expect((await fetch(`${metricsUrl}/`)).status).toBe(404);
    expect((await fetch(`${metricsUrl}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('counts completed jobs with their duration, each failed attempt, and final failures', async () => {
    const scoring = queue(QueueName.SCORING);
    // No such assessment: the scoring service skips it, and the job completes.
    const skipped = await scoring.add('score-assessment', { assessmentId: '00000000-0000-0000-0000-000000000000', submissionNumber: 1 }, { jobId: 'metrics-skipped' });
    // Not a uuid: PostgreSQL refuses the lookup, an ordinary error, so BullMQ retries it once, then fails it.
    const broken = await scoring.add('score-assessment', { assessmentId: 'not-a-uuid', submissionNumber: 1 }, { jobId: 'metrics-broken', attempts: 2 });
    // A name the maintenance processor does not know: unrecoverable, so failed for good on its first attempt.
    const unknown = await queue(QueueName.MAINTENANCE).add('no-such-job', {}, { jobId: 'metrics-unknown', attempts: 3 });
    await Promise.all([settled(skipped), settled(broken), settled(unknown)]);
    expect(await skipped.isCompleted()).toBe(true);
    expect(await broken.isFailed()).toBe(true);
    expect(await unknown.isFailed()).toBe(true);

    // The worker counts after BullMQ recorded the outcome; give its event a moment.
    const text = await until('final failure counted', async () => {
      const scraped = await scrape();
      return sample(scraped, 'assay_jobs_failed_total{queue="scoring",name="score-assessment",final="true"}') === 1 ? scraped : undefined;
    }, 5000);
    expect(sample(text, 'assay_jobs_processed_total{queue="scoring",name="score-assessment"}')).toBe(1);
    expect(sample(text, 'assay_job_duration_seconds_count{queue="scoring",name="score-assessment"}')).toBe(1);
    expect(sample(text, 'assay_job_duration_seconds_sum{queue="scoring",name="score-assessment"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'assay_jobs_failed_total{queue="scoring",name="score-assessment",final="false"}')).toBe(1);
    expect(sample(text, 'assay_jobs_failed_total{queue="maintenance",name="no-such-job",final="true"}')).toBe(1);
    expect(sample(text, 'assay_jobs_failed_total{queue="maintenance",name="no-such-job",final="false"}')).toBeUndefined();
    expect(sample(text, 'assay_jobs_processed_total{queue="maintenance",name="no-such-job"}')).toBeUndefined();
  }, 30_000);
});
