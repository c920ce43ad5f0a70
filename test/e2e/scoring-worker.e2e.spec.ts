import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Answer, Assessment, AssessmentProduct, ScoreRun } from '@assay/database';
import { AssessmentStatus, OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, createMigratedDatabase, dropDatabase } from '@assay/testing';
import { SUBMIT, providerWithProducts } from './support/assessment-requests.js';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser } from './support/sessions.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The "submitting makes a scorecard appear within seconds": the api and the real worker process on
 * one database of their own (the worker dispatches every outbox row it finds, so not the run's shared one).
 */
describe('submitting with the worker running', () => {
  let url: string;
  let api: TestApi;
  let worker: ChildProcess;
  const lines: string[] = [];
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    url = await createMigratedDatabase('assay_scoring_e2e');
    worker = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '', DATABASE_URL: url, REDIS_PREFIX: `${process.env.REDIS_PREFIX}:scoring-e2e`, LOG_LEVEL: 'info', OUTBOX_POLL_MS: '500' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [worker.stdout!, worker.stderr!]) createInterface({ input: stream }).on('line', (line) => lines.push(line));
    // The api reads its configuration when it starts: point it at the same database, then put the run's back.
    process.env.DATABASE_URL = url;
    try {
      api = await TestApi.start();
    } finally {
      process.env.DATABASE_URL = sharedDatabaseUrl;
    }
  }, 60_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await api?.close();
    if (url) await dropDatabase(url);
  }, 30_000);

  it('a submission through GraphQL is SCORED by the worker within seconds, and the scorecard shows', async () => {
    const provider = await providerWithProducts(api);
    const client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    const reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    const assessment = await insertAssessment(api.db, provider.admin.organisation, client.organisation);
    await api.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: provider.products[0]!.id });
    const answers: [string, unknown][] = [['T1.1', true], ['T1.2', 'Adopted by the board'], ['T1.3', 'ANNUAL'], ['T2.1', ['A']], ['T2.2', 3]];
    await api.db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value: value as never, answeredAt: new Date() })));

    const submitted = await api.gql<{ submitAssessment: { status: string } }>(SUBMIT, { id: assessment.id }, { token: provider.admin.token });
    expect(submitted.errors).toBeUndefined();
    const started = Date.now();
    let status = submitted.data!.submitAssessment.status;
    while (status !== AssessmentStatus.SCORED && Date.now() - started < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await api.db.getRepository(Assessment).findOneByOrFail({ id: assessment.id })).status;
    }
    expect({ status, lines: status === AssessmentStatus.SCORED ? [] : lines }).toEqual({ status: AssessmentStatus.SCORED, lines: [] });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await api.db.getRepository(ScoreRun).countBy({ assessmentId: assessment.id })).toBe(1);

    const card = await api.gql<{ assessment: { scorecard: { submissionNumber: number; questions: unknown[] } | null } }>(
      `query ($id: ID!) { assessment(id: $id) { scorecard { submissionNumber questions { code } } } }`,
      { id: assessment.id },
      { token: reviewer.token },
    );
    expect(card.data?.assessment.scorecard).toMatchObject({ submissionNumber: 1 });
    expect(card.data!.assessment.scorecard!.questions.length).toBeGreaterThan(0);
  }, 60_000);
});
