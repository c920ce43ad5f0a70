import type { DataSource } from 'typeorm';
import { createDataSource } from '@assay/database';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';
import { Child, countScored, endState, freePort, redisServerInstalled, sleep, startRedis, startWorker, submittedAssessments, until } from './support/fault-harness.js';

const ASSESSMENTS = 200;
/** How long the pipeline may take to heal and finish after a fault. */
const SETTLE_MS = 60_000;

if (!redisServerInstalled) {
  console.warn('fault tests skipped: redis-server is not installed (they start and kill their own Redis)');
}
const describeWithRedis = redisServerInstalled ? describe : describe.skip;

interface Scenario {
  db: DataSource;
  databaseUrl: string;
  redisPort: number;
  redis: Child;
  workers: Child[];
  startWorker(): Promise<Child>;
}

/**
 * One fault scenario: its own database with 200 submitted assessments, its own redis-server and worker;
 * `fault` strikes once some but not all are SCORED; then everything must end scored exactly once.
 */
function faultScenario(title: string, fault: (scenario: Scenario) => Promise<void>): void {
  describeWithRedis(title, () => {
    const scenario = { workers: [] as Child[] } as unknown as Scenario;

    beforeAll(async () => {
      scenario.databaseUrl = await createMigratedDatabase('assay_faults');
      scenario.db = createDataSource(scenario.databaseUrl, { poolSize: 2 });
      await scenario.db.initialize();
      await submittedAssessments(scenario.db, ASSESSMENTS);
      // A free port may be taken between choosing it and redis-server binding it: choose again then.
      for (let attempt = 1; !scenario.redis; attempt += 1) {
        scenario.redisPort = await freePort();
        scenario.redis = await startRedis(scenario.redisPort).catch((error: unknown) => {
          if (attempt >= 3) throw error;
          return undefined as unknown as Child;
        });
      }
      const env = { databaseUrl: scenario.databaseUrl, redisUrl: `redis://127.0.0.1:${scenario.redisPort}`, redisPrefix: 'assay-faults' };
      scenario.startWorker = async () => {
        const worker = await startWorker(env);
        scenario.workers.push(worker);
        return worker;
      };
    }, 60_000);

    afterAll(async () => {
      for (const worker of scenario.workers) await worker.kill();
      await scenario.redis?.kill();
      await scenario.db?.destroy();
      if (scenario.databaseUrl) await dropDatabase(scenario.databaseUrl);
    }, 30_000);

    it(`every one of ${ASSESSMENTS} submissions ends SCORED with exactly one run, no outbox row left`, async () => {
      await scenario.startWorker();
      const scoredBefore = await until(() => countScored(scenario.db), (n) => n > 0, 30_000, 10);
      await fault(scenario);
      const scoredAtFault = await countScored(scenario.db);
      // Mid-run: the fault must have struck while work was left.
      expect({ scoredBefore: scoredBefore > 0, leftAtFault: scoredAtFault < ASSESSMENTS }).toEqual({ scoredBefore: true, leftAtFault: true });

      const scored = await until(() => countScored(scenario.db), (n) => n === ASSESSMENTS, SETTLE_MS, 200);
      const logs = scored === ASSESSMENTS ? '' : scenario.workers.map((w) => w.tail()).join('\n---\n');
      expect({ scored, logs }).toEqual({ scored: ASSESSMENTS, logs: '' });
      expect(await endState(scenario.db)).toEqual({ notScored: 0, withoutOneRun: 0, undispatched: 0 });
    }, 120_000);
  });
}

faultScenario('the worker killed with SIGKILL mid-run, then a new one started', async (scenario) => {
  await scenario.workers[0]!.kill('SIGKILL');
  await scenario.startWorker();
});

faultScenario('Redis killed mid-run and restarted empty on the same port, the worker kept running', async (scenario) => {
  await scenario.redis.kill('SIGKILL');
  await sleep(500);
  scenario.redis = await startRedis(scenario.redisPort);
});

faultScenario("the worker's PostgreSQL connections terminated mid-run", async (scenario) => {
  const name = new URL(scenario.databaseUrl).pathname.slice(1);
  await scenario.db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
});
