import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Answer, Assessment, AssessmentProduct, ScoreRun, ScoreRunTrigger } from '@assay/database';
import { AssessmentStatus, LATEST_METHODOLOGY, OrganisationKind, Tier, UserRole } from '@assay/domain';
import { QueueName, jobIdFromKey, rescoreAssessmentJobKey } from '@assay/queue';
import { TestApi, createMigratedDatabase, dropDatabase, errorCode } from '@assay/testing';
import { providerWithProducts, unique } from './support/assessment-requests.js';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = LATEST_METHODOLOGY.version;
const RESCORE = `mutation ($v: String!) { rescoreAssessments(input: { methodologyVersion: $v }) { id methodologyVersion status total done failed pending requestedBy { id } } }`;
const PROGRESS = `query ($id: ID!) { rescoring(id: $id) { id status total done failed pending finishedAt failures(first: 10) { assessmentId error } } }`;
/** The submission run every scored assessment starts with: numbers no real scoring of its answers gives. */
const SUBMISSION_MATURITY = 12.34;

interface Progress {
  id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  pending: number;
  finishedAt: string | null;
  failures: { assessmentId: string; error: string }[];
}

/**
 * Re-scoring with the real worker process, on a database of its own (the worker dispatches every outbox row it
 * finds, so not the run's shared one): the fan-out, the item jobs, progress, and what must not change.
 */
describe('re-scoring with the worker running', () => {
  let url: string;
  let api: TestApi;
  let worker: ChildProcess;
  let queue: Queue;
  let admin: SignedInUser;
  let reviewer: SignedInUser;
  let client: SignedInUser;
  const lines: string[] = [];
  const sharedDatabaseUrl = process.env.DATABASE_URL;
  const prefix = `${process.env.REDIS_PREFIX}:rescoring-e2e`;
  const scored: Assessment[] = [];
  let reopened: Assessment;

  const runsOf = (assessmentId: string) => api.db.getRepository(ScoreRun).find({ where: { assessmentId }, order: { scoredAt: 'ASC' } });
  const countRuns = async () => ((await api.db.query(`SELECT count(*)::int AS n FROM score_run`)) as [{ n: number }])[0].n;

  async function progress(id: string): Promise<Progress> {
    const result = await api.gql<{ rescoring: Progress }>(PROGRESS, { id }, { token: reviewer.token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.rescoring;
  }

  async function finished(id: string): Promise<Progress> {
    const deadline = Date.now() + 40_000;
    let current = await progress(id);
    while (current.status === 'RUNNING' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = await progress(id);
    }
    if (current.status === 'RUNNING') throw new Error(`re-scoring still running: ${JSON.stringify(current)}\n${lines.join('\n')}`);
    return current;
  }

  async function rescore(version = VERSION) {
    return api.gql<{ rescoreAssessments: Progress & { methodologyVersion: string; requestedBy: { id: string } } }>(RESCORE, { v: version }, { token: admin.token });
  }

  /** An assessment of `status` whose first submission was scored (the run written as the scoring worker would). */
  async function scoredAssessment(provider: Awaited<ReturnType<typeof providerWithProducts>>, client: SignedInUser, status: AssessmentStatus): Promise<Assessment> {
    const assessment = await insertAssessment(api.db, provider.admin.organisation, client.organisation, { status });
    await api.db.getRepository(Assessment).update({ id: assessment.id }, { submissionNumber: 1, submittedAt: new Date() });
    await api.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: provider.products[0]!.id });
    const answers: [string, unknown][] = [['T1.1', true], ['T1.2', 'Adopted by the board'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 3]];
    await api.db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value: value as never, answeredAt: new Date() })));
    await api.db.getRepository(ScoreRun).insert({
      assessmentId: assessment.id, submissionNumber: 1, methodologyVersion: VERSION, trigger: ScoreRunTrigger.SUBMISSION, inherentRisk: 50, maturity: SUBMISSION_MATURITY,
      residualRisk: 45, tier: Tier.HIGH, confidence: 1, redFlags: [], themes: [], productRisks: [], questions: [], eligibility: { eligible: false, unmet: ['maturity is below 70'], level: null },
      scoredAt: new Date(Date.now() - 86_400_000),
    });
    return (await api.db.getRepository(Assessment).findOneByOrFail({ id: assessment.id }));
  }

  beforeAll(async () => {
    url = await createMigratedDatabase('assay_rescoring_e2e');
    worker = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '', DATABASE_URL: url, REDIS_PREFIX: prefix, LOG_LEVEL: 'info', OUTBOX_POLL_MS: '500' },
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
    queue = new Queue(QueueName.RESCORING, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix });

    admin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, admin.organisation, UserRole.REVIEWER);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    const provider = await providerWithProducts(api);
    const statuses = [AssessmentStatus.SCORED, AssessmentStatus.UNDER_REVIEW, AssessmentStatus.APPROVED, AssessmentStatus.REJECTED];
    for (let index = 0; index < 21; index += 1) scored.push(await scoredAssessment(provider, client, statuses[index % statuses.length]!));
    reopened = await scoredAssessment(provider, client, AssessmentStatus.CHANGES_REQUESTED);
  }, 90_000);

  afterAll(async () => {
    await queue?.close();
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await api?.close();
    if (url) await dropDatabase(url);
  }, 30_000);

  it('an unknown methodology version is refused, naming the known ones', async () => {
    const result = await rescore('assay-v99');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain(VERSION);
    expect(result.errors![0]!.extensions?.fields).toEqual([{ field: 'input.methodologyVersion', message: `must be a known methodology version: ${VERSION}` }]);
  });

  it('re-scores every scored assessment: progress reaches done = total, each keeps its submission run and scorecard, nothing else changes', async () => {
    const [{ n: notificationsBefore }] = (await api.db.query(`SELECT count(*)::int AS n FROM notification`)) as [{ n: number }];
    const started = await rescore();
    expect(started.errors).toBeUndefined();
    expect(started.data!.rescoreAssessments).toMatchObject({ methodologyVersion: VERSION, total: scored.length, failed: 0, requestedBy: { id: admin.user.id } });

    const done = await finished(started.data!.rescoreAssessments.id);
    expect(done).toMatchObject({ status: 'COMPLETED', total: scored.length, done: scored.length, failed: 0, pending: 0, failures: [] });
    expect(done.finishedAt).not.toBeNull();

    for (const assessment of scored) {
      const runs = await runsOf(assessment.id);
      expect(runs.map((run) => [run.trigger, run.rescoringId])).toEqual([
        [ScoreRunTrigger.SUBMISSION, null],
        [ScoreRunTrigger.RESCORE, done.id],
      ]);
      expect(runs[1]).toMatchObject({ submissionNumber: 1, methodologyVersion: VERSION });
      expect(runs[1]!.maturity).not.toBe(SUBMISSION_MATURITY);
      expect((await api.db.getRepository(Assessment).findOneByOrFail({ id: assessment.id })).status).toBe(assessment.status);
    }
    expect(await runsOf(reopened.id)).toHaveLength(1);
    const [{ n: notificationsAfter }] = (await api.db.query(`SELECT count(*)::int AS n FROM notification`)) as [{ n: number }];
    expect(notificationsAfter).toBe(notificationsBefore);

    const [submissionRun] = await runsOf(scored[0]!.id);
    const card = await api.gql<{ assessment: { scorecard: { maturity: number; tier: string }; certificateEligibility: { scoreRunId: string }; scoreRuns: { trigger: string; rescoringId: string | null }[] } }>(
      `query ($id: ID!) { assessment(id: $id) { scorecard { maturity tier } certificateEligibility { scoreRunId } scoreRuns { trigger rescoringId } } }`,
      { id: scored[0]!.id },
      { token: reviewer.token },
    );
    expect(card.data?.assessment).toEqual({
      scorecard: { maturity: SUBMISSION_MATURITY, tier: Tier.HIGH },
      certificateEligibility: { scoreRunId: submissionRun!.id },
      scoreRuns: [
        { trigger: 'RESCORE', rescoringId: done.id },
        { trigger: 'SUBMISSION', rescoringId: null },
      ],
    });
    // Outside the association, re-scoring runs (never reviewed) are not shown: the requesting client sees the submission's.
    const asClient = await api.gql<{ assessment: { scoreRuns: { trigger: string }[] } }>(`query ($id: ID!) { assessment(id: $id) { scoreRuns { trigger } } }`, { id: scored[0]!.id }, { token: client.token });
    expect(asClient.data?.assessment.scoreRuns).toEqual([{ trigger: 'SUBMISSION' }]);
    // The review queue shows the submission's numbers too.
    const queue = await api.gql<{ reviewQueue: { nodes: { maturity: number }[] } }>(`{ reviewQueue(first: 50) { nodes { maturity } } }`, {}, { token: reviewer.token });
    expect(queue.data!.reviewQueue.nodes.map((node) => node.maturity)).toEqual(scored.filter((a) => [AssessmentStatus.SCORED, AssessmentStatus.UNDER_REVIEW].includes(a.status)).map(() => SUBMISSION_MATURITY));
    const audit = (await api.db.query(`SELECT action FROM audit_event WHERE entity_type = 'rescoring' AND entity_id = $1 ORDER BY id`, [done.id])) as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['rescoring.requested', 'rescoring.finished']);
  }, 60_000);

  it('running the fan-out and an item job again adds no run', async () => {
    const [{ id: rescoringId }] = (await api.db.query(`SELECT id FROM rescoring ORDER BY requested_at DESC LIMIT 1`)) as [{ id: string }];
    const before = await countRuns();
    const again = [
      await queue.add('rescore-fan-out', { rescoringId }, { jobId: `again-fan-out-${unique()}` }),
      // Under a fresh id, so BullMQ does not recognise it: only the database can make it a no-op.
      await queue.add('rescore-assessment', { rescoringId, assessmentId: scored[0]!.id }, { jobId: `again-item-${unique()}` }),
      // Under the item's own id: BullMQ keeps the completed job and adds nothing.
      await queue.add('rescore-assessment', { rescoringId, assessmentId: scored[1]!.id }, { jobId: jobIdFromKey(rescoreAssessmentJobKey(rescoringId, scored[1]!.id)) }),
    ];
    const deadline = Date.now() + 20_000;
    const states = async () => Promise.all(again.map((job) => queue.getJobState(job.id!)));
    while ((await states()).some((state) => state !== 'completed') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await states()).toEqual(['completed', 'completed', 'completed']);
    expect(await countRuns()).toBe(before);
    expect(await progress(rescoringId)).toMatchObject({ status: 'COMPLETED', done: scored.length, failed: 0 });
  }, 30_000);

  it('a second request while one runs is refused with CONFLICT', async () => {
    const [{ id }] = (await api.db.query(`INSERT INTO rescoring (methodology_version, requested_by_user_id) VALUES ($1, $2) RETURNING id`, [VERSION, admin.user.id])) as [{ id: string }];
    try {
      const result = await rescore();
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0]!.message).toContain(id);
    } finally {
      await api.db.query(`UPDATE rescoring SET status = 'COMPLETED', finished_at = now() WHERE id = $1`, [id]);
    }
  });

  it('an assessment the methodology cannot score ends FAILED with its error, counted in failed; the others are re-scored', async () => {
    // A published version whose definition escaped validation (a theme without its question list): the
    // methodology throws on it, on every attempt.
    const definition = { key: `broken-${unique()}`, title: { en: 'Broken', fr: 'Cassé', es: 'Roto' }, themes: [{ code: 'T1', title: { en: 'T1', fr: 'T1', es: 'T1' }, questions: null }] };
    const [{ id: brokenTemplateId }] = (await api.db.query(
      `INSERT INTO questionnaire_template (key, version, status, title, definition, question_count, published_at) VALUES ($1, 1, 'PUBLISHED', $2, $3, 0, now()) RETURNING id`,
      [definition.key, JSON.stringify(definition.title), JSON.stringify(definition)],
    )) as [{ id: string }];
    const { id: _assessmentId, ...assessmentCopy } = scored[0]!;
    const broken = await api.db.getRepository(Assessment).save({ ...assessmentCopy, templateId: brokenTemplateId, status: AssessmentStatus.APPROVED });
    const { id: _runId, ...runCopy } = (await runsOf(scored[0]!.id))[0]!;
    await api.db.getRepository(ScoreRun).insert({ ...runCopy, assessmentId: broken.id });

    const started = await rescore();
    expect(started.errors).toBeUndefined();
    const done = await finished(started.data!.rescoreAssessments.id);
    expect(done).toMatchObject({ status: 'COMPLETED_WITH_FAILURES', total: scored.length + 1, done: scored.length, failed: 1, pending: 0 });
    expect(done.failures).toEqual([{ assessmentId: broken.id, error: expect.stringContaining(`methodology ${VERSION} could not score the assessment`) as string }]);
    expect((await runsOf(broken.id)).map((run) => run.trigger)).toEqual([ScoreRunTrigger.SUBMISSION]);
    expect((await runsOf(scored[0]!.id)).map((run) => run.trigger)).toEqual([ScoreRunTrigger.SUBMISSION, ScoreRunTrigger.RESCORE, ScoreRunTrigger.RESCORE]);

    const list = await api.gql<{ rescorings: { nodes: { id: string; status: string }[] } }>(`{ rescorings(first: 2) { nodes { id status } } }`, {}, { token: reviewer.token });
    expect(list.data?.rescorings.nodes[0]).toEqual({ id: done.id, status: 'COMPLETED_WITH_FAILURES' });
  }, 60_000);
});
