import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@assay/config';
import { Answer, Assessment, AssessmentProduct, Notification, Product, RequesterKind, ScoreRun, addToOutbox, createDataSource, verifyAuditChain, type Organisation } from '@assay/database';
import { AssessmentStatus, OrganisationKind, OrganisationStatus, ProductCategory, UserRole, type Actor, type Methodology } from '@assay/domain';
import { QueueName, jobIdFromKey, rescoreAssessmentJobKey, scoringJobKey, type JobData } from '@assay/queue';
import { createMigratedDatabase, createOrganisation, createUser, dropDatabase, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';
import { OutboxDispatcher } from '../../apps/worker/src/outbox/outbox-dispatcher.service.js';
import { DEFAULT_METHODOLOGY_REGISTRY, type MethodologyRegistry } from '../../apps/worker/src/scoring/methodology-registry.js';
import { ScoringService } from '../../apps/worker/src/scoring/scoring.service.js';
import { RescoringService } from '../../apps/worker/src/rescoring/rescoring.service.js';
import { AssessmentAccessService } from '../../apps/api/src/modules/assessments/assessment-access.service.js';
import { PinnedQuestionnaires } from '../../apps/api/src/modules/assessments/pinned-questionnaires.js';
import { ScorecardsService } from '../../apps/api/src/modules/scorecards/scorecards.service.js';

type ScoreData = JobData<'score-assessment'>;
/** Retries a few milliseconds apart: the pipeline's behaviour without its production waits. */
const FAST_RETRIES = { attempts: 3, backoff: { type: 'exponential', delay: 10 } } as const;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('scoring pipeline', () => {
  let url: string;
  let db: DataSource;
  let config: AppConfig;
  let supplier: Organisation;
  let client: Organisation;
  let templateId: string;
  let productId: string;
  let queue: Queue;
  let failingQueue: Queue;
  const workers: Worker[] = [];
  const scoring = () => new ScoringService(db, DEFAULT_METHODOLOGY_REGISTRY);
  const explode: Methodology = {
    version: 'exploding',
    score: () => {
      throw new Error('methodology exploded');
    },
  };
  const exploding: MethodologyRegistry = { current: () => explode, byVersion: () => explode };
  const runsOf = (assessmentId: string) => db.getRepository(ScoreRun).findBy({ assessmentId });
  const statusOf = async (id: string) => (await db.getRepository(Assessment).findOneByOrFail({ id })).status;

  /** The thin processor's job: one service call, the last attempt flagged. */
  const worker = (target: Queue, service: ScoringService) => {
    const created = new Worker<ScoreData>(target.name, (job: Job<ScoreData>) => service.process(job.data, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)), {
      connection: { url: config.REDIS_URL },
      prefix: target.opts.prefix,
      concurrency: 4,
    });
    workers.push(created);
    return created;
  };

  /** A submitted assessment (submission `submissionNumber`) with every required question answered favourably. */
  const submitted = async (submissionNumber = 1): Promise<Assessment> => {
    const assessment = await db.getRepository(Assessment).save({
      supplierId: supplier.id,
      templateId,
      requesterKind: RequesterKind.CLIENT,
      requestedByOrganisationId: client.id,
      dueDate: '2031-01-31',
      status: AssessmentStatus.SUBMITTED,
      submissionNumber,
      submittedAt: new Date(),
    });
    await db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId });
    const answers: [string, unknown][] = [['T1.1', true], ['T1.2', 'A policy adopted by the board'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A', 'B']], ['T2.2', 3]];
    await db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value: value as never, answeredAt: new Date() })));
    return assessment;
  };

  beforeAll(async () => {
    Logger.overrideLogger(false);
    // A database of its own: the dispatcher takes every undispatched row.
    url = await createMigratedDatabase('assay_scoring');
    db = createDataSource(url, { poolSize: 10 });
    await db.initialize();
    config = { ...loadConfig(), DATABASE_URL: url };
    supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
    client = await createOrganisation(db, OrganisationKind.CLIENT);
    await createUser(db, supplier, UserRole.ADMIN);
    await createUser(db, client, UserRole.ADMIN);
    templateId = (await publishTestQuestionnaire(db, testQuestionnaire(`scoring-${randomBytes(4).toString('hex')}`))).id;
    productId = (
      await db.getRepository(Product).save({ supplierId: supplier.id, name: 'Sentinel', category: ProductCategory.VIDEO_ANALYTICS_CCTV, deployedCountries: ['FR'] })
    ).id;
    // Under the run's prefix (dropped at teardown), apart from what other tests consume.
    const prefix = `${config.REDIS_PREFIX}:scoring-spec`;
    queue = new Queue(QueueName.SCORING, { connection: { url: config.REDIS_URL }, prefix });
    failingQueue = new Queue('scoring-failing', { connection: { url: config.REDIS_URL }, prefix });
    worker(queue, scoring());
    worker(failingQueue, new ScoringService(db, exploding));
  }, 30_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await queue?.close();
    await failingQueue?.close();
    await db?.destroy();
    if (url) await dropDatabase(url);
  });

  it('a submitted assessment ends SCORED with exactly one run, audited, and the provider and requester are told', async () => {
    const assessment = await submitted();
    await queue.add('score-assessment', { assessmentId: assessment.id, submissionNumber: 1 }, { ...FAST_RETRIES, jobId: jobIdFromKey(scoringJobKey(assessment.id, 1)) });

    expect(await until(() => statusOf(assessment.id), (status) => status === AssessmentStatus.SCORED)).toBe(AssessmentStatus.SCORED);
    const runs = await runsOf(assessment.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ submissionNumber: 1, trigger: 'SUBMISSION', methodologyVersion: 'assay-v1' });
    // The explanation sits in the row: every question, with the answer it was scored on.
    expect(runs[0]!.questions.find((q) => q.code === 'T2.2')).toMatchObject({ themeCode: 'T2', answer: 3 });
    const audits = (await db.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [assessment.id])) as { action: string }[];
    expect(audits.map((a) => a.action)).toContain('assessment.scored');
    const notified = (await db.query(
      `SELECT DISTINCT u.organisation_id FROM notification n JOIN "user" u ON u.id = n.user_id WHERE n.kind = 'ASSESSMENT_SCORED' AND n.data->>'assessmentId' = $1`,
      [assessment.id],
    )) as { organisation_id: string }[];
    expect(notified.map((n) => n.organisation_id).sort()).toEqual([supplier.id, client.id].sort());
  });

  it('jobs arriving together are stored together: each submission gets its one run, audit event and notifications', async () => {
    const assessments = await Promise.all(Array.from({ length: 30 }, () => submitted()));
    const service = scoring();
    // Duplicates inside the same batch too: the second of a pair is SKIPPED, not a second run.
    const jobs = [...assessments, assessments[0]!, assessments[1]!].map((assessment) => service.score({ assessmentId: assessment.id, submissionNumber: 1 }));
    const outcomes = await Promise.all(jobs);
    expect(outcomes.filter((outcome) => outcome === 'SCORED')).toHaveLength(30);
    expect(outcomes.filter((outcome) => outcome === 'SKIPPED')).toHaveLength(2);

    const ids = assessments.map((assessment) => assessment.id);
    const [counts] = (await db.query(
      `SELECT (SELECT count(*) FROM score_run WHERE assessment_id = ANY($1::uuid[]))::int AS runs,
              (SELECT count(*) FROM assessment WHERE id = ANY($1::uuid[]) AND status = 'SCORED')::int AS scored,
              (SELECT count(*) FROM audit_event WHERE action = 'assessment.scored' AND entity_id = ANY($2::text[]))::int AS audits,
              (SELECT count(DISTINCT n.data->>'assessmentId') FROM notification n WHERE n.kind = 'ASSESSMENT_SCORED' AND n.data->>'assessmentId' = ANY($2::text[]))::int AS notified`,
      [ids, ids],
    )) as { runs: number; scored: number; audits: number; notified: number }[];
    expect(counts).toEqual({ runs: 30, scored: 30, audits: 30, notified: 30 });
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: true });
  });

  it('a submission whose run cannot be stored fails its own job only; the rest of its batch is scored', async () => {
    const assessments = await Promise.all(Array.from({ length: 6 }, () => submitted()));
    const poisoned = assessments[3]!.id;
    await db.query(`UPDATE answer SET value = '"NaN please"' WHERE assessment_id = $1 AND question_code = 'T1.2'`, [poisoned]);
    // A methodology bug that yields NaN for one input: JSON has no NaN, the run's maturity arrives null, its insert fails.
    const real = DEFAULT_METHODOLOGY_REGISTRY.current();
    const nanForOne: Methodology = {
      version: real.version,
      score: (input) => {
        const result = real.score(input);
        return input.answers.get('T1.2')?.value === 'NaN please' ? { ...result, maturity: Number.NaN } : result;
      },
    };
    const service = new ScoringService(db, { current: () => nanForOne, byVersion: () => nanForOne });

    const results = await Promise.allSettled(assessments.map((assessment) => service.score({ assessmentId: assessment.id, submissionNumber: 1 })));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(await statusOf(poisoned)).toBe(AssessmentStatus.SUBMITTED);
    expect(await runsOf(poisoned)).toHaveLength(0);
    for (const assessment of assessments.filter((a) => a.id !== poisoned)) expect(await statusOf(assessment.id)).toBe(AssessmentStatus.SCORED);
  });

  it('a duplicate job changes nothing, even when two run at the same moment', async () => {
    const assessment = await submitted();
    const data = { assessmentId: assessment.id, submissionNumber: 1 };
    const outcomes = await Promise.all([scoring().score(data), scoring().score(data), scoring().score(data)]);
    expect(outcomes.sort()).toEqual(['SCORED', 'SKIPPED', 'SKIPPED']);
    expect(await scoring().score(data)).toBe('SKIPPED');
    expect(await runsOf(assessment.id)).toHaveLength(1);
    expect(await db.getRepository(Notification).countBy({ kind: 'ASSESSMENT_SCORED' as never })).toBeGreaterThan(0);
  });

  it('the database refuses a second SUBMISSION run for the same submission', async () => {
    const assessment = await submitted();
    await scoring().score({ assessmentId: assessment.id, submissionNumber: 1 });
    const [run] = await runsOf(assessment.id);
    const { id: _id, ...copy } = run!;
    await expect(db.getRepository(ScoreRun).insert(copy)).rejects.toThrow(/score_run_submission_unique/);
  });

  it('a job for a stale submission number is a no-op', async () => {
    const assessment = await submitted(2);
    expect(await scoring().score({ assessmentId: assessment.id, submissionNumber: 1 })).toBe('SKIPPED');
    expect(await runsOf(assessment.id)).toHaveLength(0);
    expect(await statusOf(assessment.id)).toBe(AssessmentStatus.SUBMITTED);
  });

  it('a methodology that keeps failing ends SCORING_FAILED with the error after the retries; retryScoring then scores it', async () => {
    const assessment = await submitted();
    const job = await failingQueue.add('score-assessment', { assessmentId: assessment.id, submissionNumber: 1 }, { ...FAST_RETRIES, jobId: jobIdFromKey(scoringJobKey(assessment.id, 1)) });
    const failed = await until(() => db.getRepository(Assessment).findOneByOrFail({ id: assessment.id }), (a) => a.status === AssessmentStatus.SCORING_FAILED);
    expect(failed).toMatchObject({ status: AssessmentStatus.SCORING_FAILED, scoringError: 'methodology exploded' });
    const finished = await until(() => failingQueue.getJob(job.id!), (j) => j?.failedReason !== undefined && j.attemptsMade === 3);
    expect(finished?.attemptsMade).toBe(3);
    expect(await runsOf(assessment.id)).toHaveLength(0);
    const audits = (await db.query(`SELECT action, data FROM audit_event WHERE entity_id = $1 ORDER BY id`, [assessment.id])) as { action: string; data: { error?: string } }[];
    expect(audits).toContainEqual({ action: 'assessment.scoring_failed', data: expect.objectContaining({ error: 'methodology exploded' }) });

    // Association staff retry: a new outbox row under a new job key, dispatched to the real worker.
    const staffOrg = await createOrganisation(db, OrganisationKind.ASSOCIATION);
    const staff = await createUser(db, staffOrg, UserRole.REVIEWER);
    const actor: Actor = { userId: staff.id, organisationId: staffOrg.id, organisationKind: OrganisationKind.ASSOCIATION, organisationStatus: OrganisationStatus.ACTIVE, role: UserRole.REVIEWER };
    const scorecards = new ScorecardsService(db, new AssessmentAccessService(db), new PinnedQuestionnaires(db));
    expect(await scorecards.retryScoring(actor, assessment.id)).toMatchObject({ status: AssessmentStatus.SUBMITTED, scoringError: null });
    const rows = (await db.query(`SELECT job_key FROM outbox_message WHERE job_key LIKE $1`, [`score:${assessment.id}:%`])) as { job_key: string }[];
    expect(rows.map((r) => r.job_key)).toEqual([scoringJobKey(assessment.id, 1, 1)]);
    // A client may not retry.
    const clientActor: Actor = { ...actor, organisationId: client.id, organisationKind: OrganisationKind.CLIENT, role: UserRole.ADMIN };
    await expect(scorecards.retryScoring(clientActor, assessment.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const dispatcher = new OutboxDispatcher(db, new Map([[QueueName.SCORING, queue]]), config, scoring());
    expect(await dispatcher.dispatchPending()).toMatchObject({ dispatched: 1 });
    expect(await until(() => statusOf(assessment.id), (status) => status === AssessmentStatus.SCORED)).toBe(AssessmentStatus.SCORED);
    expect(await runsOf(assessment.id)).toHaveLength(1);
    // Retrying is only for SCORING_FAILED.
    await expect(scorecards.retryScoring(actor, assessment.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  }, 30_000);

  it('the reconciler marks SCORING_FAILED a submission whose job BullMQ failed on its own (stalled too often)', async () => {
    const assessment = await submitted();
    const jobKey = scoringJobKey(assessment.id, 1);
    await db.transaction((manager) =>
      addToOutbox(manager, { queue: QueueName.SCORING, jobName: 'score-assessment', jobKey, payload: { assessmentId: assessment.id, submissionNumber: 1 } }),
    );
    await db.query(`UPDATE outbox_message SET dispatched_at = now() - interval '1 hour' WHERE job_key = $1`, [jobKey]);
    // A job in the failed state that the scoring service never saw fail: what BullMQ's stalled check leaves when
    // every attempt killed the worker. Made here by a queue nobody consumes and a job moved to failed by hand.
    const abandoned = new Queue(`scoring-abandoned-${randomBytes(3).toString('hex')}`, { connection: { url: config.REDIS_URL }, prefix: queue.opts.prefix });
    try {
      const job = await abandoned.add('score-assessment', { assessmentId: assessment.id, submissionNumber: 1 }, { jobId: jobIdFromKey(jobKey) });
      const grab = new Worker(abandoned.name, null, { connection: { url: config.REDIS_URL }, prefix: queue.opts.prefix, autorun: false });
      const active = await grab.getNextJob('spec-token');
      expect(active?.id).toBe(job.id);
      await active!.moveToFailed(new Error('job stalled more than allowable limit'), 'spec-token');
      await grab.close();

      const dispatcher = new OutboxDispatcher(db, new Map([[QueueName.SCORING, abandoned]]), config, scoring());
      expect(await dispatcher.reconcileLostScoringJobs(60)).toBe(0);
      const row = await db.getRepository(Assessment).findOneByOrFail({ id: assessment.id });
      expect(row).toMatchObject({ status: AssessmentStatus.SCORING_FAILED, scoringError: 'job stalled more than allowable limit' });
    } finally {
      await abandoned.obliterate({ force: true });
      await abandoned.close();
    }
  });

  it('the reconciler fans out again a re-scoring whose items stopped moving (their jobs lost with Redis)', async () => {
    const assessment = await submitted();
    const [{ id: userId }] = (await db.query(`SELECT id FROM "user" WHERE organisation_id = $1 LIMIT 1`, [client.id])) as [{ id: string }];
    const [{ id: rescoringId }] = (await db.query(
      `INSERT INTO rescoring (methodology_version, requested_by_user_id, requested_at) VALUES ('assay-v1', $1, now() - interval '1 hour') RETURNING id`,
      [userId],
    )) as [{ id: string }];
    await db.query(`INSERT INTO rescoring_item (rescoring_id, assessment_id) VALUES ($1, $2)`, [rescoringId, assessment.id]);
    const rescoringQueue = new Queue(`rescoring-spec-${randomBytes(3).toString('hex')}`, { connection: { url: config.REDIS_URL }, prefix: queue.opts.prefix });
    try {
      const dispatcher = new OutboxDispatcher(db, new Map([[QueueName.RESCORING, rescoringQueue]]), config, scoring());
      expect(await dispatcher.reconcileStalledRescorings(60)).toEqual([rescoringId]);
      const jobs = await rescoringQueue.getJobs(['waiting']);
      expect(jobs.map((job) => [job.name, job.data])).toEqual([['rescore-fan-out', { rescoringId, recover: true }]]);
      // Moving again (an item settled just now): left alone.
      await db.query(`UPDATE rescoring_item SET status = 'DONE', settled_at = now() WHERE rescoring_id = $1`, [rescoringId]);
      expect(await dispatcher.reconcileStalledRescorings(60)).toEqual([]);
    } finally {
      await db.query(`UPDATE rescoring SET status = 'COMPLETED', finished_at = now() WHERE id = $1`, [rescoringId]);
      await rescoringQueue.obliterate({ force: true });
      await rescoringQueue.close();
    }
  });

  it('a recovering fan-out settles FAILED an item whose job BullMQ failed on its own, and the re-scoring finishes', async () => {
    const assessment = await submitted();
    const [{ id: userId }] = (await db.query(`SELECT id FROM "user" WHERE organisation_id = $1 LIMIT 1`, [client.id])) as [{ id: string }];
    const [{ id: rescoringId }] = (await db.query(`INSERT INTO rescoring (methodology_version, requested_by_user_id) VALUES ('assay-v1', $1) RETURNING id`, [
      userId,
    ])) as [{ id: string }];
    await db.query(`INSERT INTO rescoring_item (rescoring_id, assessment_id) VALUES ($1, $2)`, [rescoringId, assessment.id]);
    const rescoringQueue = new Queue(`rescoring-recover-${randomBytes(3).toString('hex')}`, { connection: { url: config.REDIS_URL }, prefix: queue.opts.prefix });
    try {
      // The item's job, failed by BullMQ itself (as its stalled check does), never seen by the re-scoring service.
      const job = await rescoringQueue.add('rescore-assessment', { rescoringId, assessmentId: assessment.id }, { jobId: jobIdFromKey(rescoreAssessmentJobKey(rescoringId, assessment.id)) });
      const grab = new Worker(rescoringQueue.name, null, { connection: { url: config.REDIS_URL }, prefix: queue.opts.prefix, autorun: false });
      expect((await grab.getNextJob('spec-token'))?.id).toBe(job.id);
      await (await rescoringQueue.getJob(job.id!))!.moveToFailed(new Error('job stalled more than allowable limit'), 'spec-token');
      await grab.close();

      const service = new RescoringService(db, DEFAULT_METHODOLOGY_REGISTRY, rescoringQueue);
      await service.fanOut({ rescoringId, recover: true });
      const [item] = (await db.query(`SELECT status::text AS status, error FROM rescoring_item WHERE rescoring_id = $1`, [rescoringId])) as { status: string; error: string }[];
      expect(item).toEqual({ status: 'FAILED', error: expect.stringContaining('job stalled more than allowable limit') });
      const [rescoring] = (await db.query(`SELECT status::text AS status, finished_at FROM rescoring WHERE id = $1`, [rescoringId])) as { status: string; finished_at: Date | null }[];
      expect(rescoring).toEqual({ status: 'COMPLETED_WITH_FAILURES', finished_at: expect.any(Date) });
    } finally {
      await rescoringQueue.obliterate({ force: true });
      await rescoringQueue.close();
    }
  });

  it('the reconciler re-enqueues a dispatched scoring job that Redis lost', async () => {
    const assessment = await submitted();
    const jobKey = scoringJobKey(assessment.id, 1);
    await db.transaction((manager) =>
      addToOutbox(manager, { queue: QueueName.SCORING, jobName: 'score-assessment', jobKey, payload: { assessmentId: assessment.id, submissionNumber: 1 } }),
    );
    // Dispatched long ago, but the job is nowhere in Redis (as after a Redis restart without persistence).
    await db.query(`UPDATE outbox_message SET dispatched_at = now() - interval '1 hour' WHERE job_key = $1`, [jobKey]);
    const dispatcher = new OutboxDispatcher(db, new Map([[QueueName.SCORING, queue]]), config, scoring());
    expect(await dispatcher.reconcileLostScoringJobs(60)).toBe(1);
    expect(await until(() => statusOf(assessment.id), (status) => status === AssessmentStatus.SCORED)).toBe(AssessmentStatus.SCORED);
    // Scored: nothing left to reconcile.
    expect(await dispatcher.reconcileLostScoringJobs(60)).toBe(0);
    expect(await runsOf(assessment.id)).toHaveLength(1);
  });
});
