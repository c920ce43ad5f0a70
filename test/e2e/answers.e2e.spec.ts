import { randomUUID } from 'node:crypto';
import { Answer, AnswerEvidence, Assessment, AuditEvent, EvidenceFile, Notification, OutboxMessage } from '@assay/database';
import { AssessmentStatus, Capability, OrganisationKind, UserRole } from '@assay/domain';
import { QueueName } from '@assay/queue';
import { TestApi, errorCode, type GraphqlResult } from '@assay/testing';
import { Like } from 'typeorm';
import {
  ASSESSMENT,
  SAVE,
  SUBMIT,
  fieldsOf,
  providerWithProducts,
  publishFreshQuestionnaire,
  requestAssessment,
  type AnswerData,
  type AssessmentData,
  type Provider,
} from './support/assessment-requests.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

interface Draft {
  questionCode: string;
  value?: string | null;
  notApplicable?: boolean;
  comment?: string;
  expectedVersion?: number;
}

const json = (value: unknown) => JSON.stringify(value);
/** Every required question of the test questionnaire that applies without biometric products, answered. */
const COMPLETE: Draft[] = [
  { questionCode: 'T1.1', value: json(true) },
  { questionCode: 'T1.2', value: json('Adopted by the board in 2024') },
  { questionCode: 'T1.3', value: json('ANNUAL') },
  { questionCode: 'T2.1', value: json(['A', 'C']) },
  { questionCode: 'T2.2', value: json(3) },
];

describe('answering and submitting an assessment', () => {
  let api: TestApi;
  let provider: Provider;
  let client: SignedInUser;
  let reviewer: SignedInUser;
  let otherProvider: SignedInUser;
  let templateId: string;

  const save = (token: string, assessmentId: string, answers: Draft[]) =>
    api.gql<{ saveAnswers: AnswerData[] }>(SAVE, { input: { assessmentId, answers: answers.map((a) => ({ expectedVersion: 0, ...a })) } }, { token });
  const saved = async (assessmentId: string) =>
    Object.fromEntries((await api.db.getRepository(Answer).find({ where: { assessmentId } })).map((a) => [a.questionCode, { value: a.value, version: a.version }]));
  const jobsOf = (assessmentId: string) =>
    api.db.getRepository(OutboxMessage).find({ where: { jobKey: Like(`score:${assessmentId}:%`) }, order: { id: 'ASC' } });
  const status = async (id: string) => (await api.db.getRepository(Assessment).findOneByOrFail({ id })).status;
  /** A new assessment of the provider, requested by the client (scope: the plain product unless `biometric`). */
  const newAssessment = (biometric = false) =>
    requestAssessment(api, client.token, { supplierId: provider.admin.organisation.id, productIds: [provider.products[biometric ? 0 : 1]!.id], templateId });
  const expectOk = <T>(result: GraphqlResult<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    api = await TestApi.start();
    provider = await providerWithProducts(api, [Capability.BIOMETRIC_PROCESSING]);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    otherProvider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    templateId = (await publishFreshQuestionnaire(api)).id;
  }, 30_000);
  afterAll(() => api.close());

  it('checks every value against its question type, names each bad answer by its code, and writes nothing', async () => {
    const assessment = await newAssessment(true);
    const bad = await save(provider.member.token, assessment.id, [
      { questionCode: 'T1.1', value: json('yes') },
      { questionCode: 'T1.3', value: json('WEEKLY') },
      { questionCode: 'T2.1', value: json(['A', 'D']) },
      { questionCode: 'T2.2', value: json(5) },
      { questionCode: 'T2.3', value: json(101) },
      { questionCode: 'T3.1', value: json(1) },
      { questionCode: 'T3.2', value: json('x'.repeat(51)) },
      { questionCode: 'T1.2', value: '{not json' },
    ]);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['answers.T1.1', 'answers.T1.3', 'answers.T2.1', 'answers.T2.2', 'answers.T2.3', 'answers.T3.1', 'answers.T3.2', 'answers.T1.2']);
    const codes = await save(provider.member.token, assessment.id, [{ questionCode: 'T9.9', value: json(true) }, { questionCode: 'T2.2', value: json(1) }, { questionCode: 'T2.2', value: json(2) }]);
    expect(fieldsOf(codes)).toEqual(['answers[0].questionCode', 'answers[2].questionCode']);
    const comment = await save(provider.member.token, assessment.id, [{ questionCode: 'T2.2', value: json(1), comment: 'c'.repeat(5001) }]);
    expect(fieldsOf(comment)).toEqual(['input.answers.0.comment']);
    expect(await saved(assessment.id)).toEqual({});
    expect(await status(assessment.id)).toBe('REQUESTED');

    const good = expectOk(
      await save(provider.member.token, assessment.id, [
        ...COMPLETE,
        { questionCode: 'T2.3', value: json(42.5), comment: 'Counted in 2025' },
        { questionCode: 'T3.1', value: json(false) },
        { questionCode: 'T3.2', value: json('x'.repeat(50)) },
      ]),
    );
    expect(good.saveAnswers.map((a) => [a.questionCode, a.value, a.version])).toEqual([
      ['T1.1', 'true', 1],
      ['T1.2', '"Adopted by the board in 2024"', 1],
      ['T1.3', '"ANNUAL"', 1],
      ['T2.1', '["A","C"]', 1],
      ['T2.2', '3', 1],
      ['T2.3', '42.5', 1],
      ['T3.1', 'false', 1],
      ['T3.2', json('x'.repeat(50)), 1],
    ]);
    expect(good.saveAnswers[0]!.answeredBy).toEqual({ id: provider.member.user.id, displayName: provider.member.user.displayName });
    expect(await status(assessment.id)).toBe('IN_PROGRESS');
    const audits = await api.db.getRepository(AuditEvent).find({ where: { action: 'answers.saved', entityId: assessment.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.data).toEqual({ questionCodes: ['T1.1', 'T1.2', 'T1.3', 'T2.1', 'T2.2', 'T2.3', 'T3.1', 'T3.2'], status: 'IN_PROGRESS' });
  });

  it('accepts NOT_APPLICABLE only where the question allows it, and never with a value', async () => {
    const assessment = await newAssessment();
    const refused = await save(provider.admin.token, assessment.id, [
      { questionCode: 'T2.2', value: null, notApplicable: true },
      { questionCode: 'T1.3', value: json('ANNUAL'), notApplicable: true },
    ]);
    expect(fieldsOf(refused)).toEqual(['answers.T2.2', 'answers.T1.3']);
    const accepted = expectOk(await save(provider.admin.token, assessment.id, [{ questionCode: 'T1.3', value: null, notApplicable: true }]));
    expect(accepted.saveAnswers[0]).toMatchObject({ questionCode: 'T1.3', value: null, notApplicable: true, version: 1 });
  });

  it('refuses answers to questions that do not apply to the scope or to the other answers', async () => {
    const assessment = await newAssessment();
    expect(fieldsOf(await save(provider.admin.token, assessment.id, [{ questionCode: 'T3.1', value: json(true) }]))).toEqual(['answers.T3.1']);
    expect(fieldsOf(await save(provider.admin.token, assessment.id, [{ questionCode: 'T1.1', value: json(false) }, { questionCode: 'T1.2', value: json('text') }]))).toEqual([
      'answers.T1.2',
    ]);
    expectOk(await save(provider.admin.token, assessment.id, [{ questionCode: 'T1.1', value: json(true) }, { questionCode: 'T1.2', value: json('text') }]));
    expect(await saved(assessment.id)).toEqual({ 'T1.1': { value: true, version: 1 }, 'T1.2': { value: 'text', version: 1 } });
  });

  it('a stale version answers CONFLICT naming every stale code, and nothing of the batch is written', async () => {
    const assessment = await newAssessment();
    expectOk(await save(provider.admin.token, assessment.id, [{ questionCode: 'T1.1', value: json(true) }, { questionCode: 'T2.2', value: json(1) }]));
    expectOk(await save(provider.member.token, assessment.id, [{ questionCode: 'T2.2', value: json(2), expectedVersion: 1 }]));

    const stale = await save(provider.admin.token, assessment.id, [
      { questionCode: 'T1.1', value: json(false), expectedVersion: 1 },
      { questionCode: 'T2.2', value: json(4), expectedVersion: 1 },
      { questionCode: 'T2.1', value: json(['B']), expectedVersion: 0 },
      { questionCode: 'T1.3', value: json('NEVER'), expectedVersion: 3 },
    ]);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toContain('T2.2, T1.3');
    expect(fieldsOf(stale)).toEqual(['answers.T2.2', 'answers.T1.3']);
    expect(await saved(assessment.id)).toEqual({ 'T1.1': { value: true, version: 1 }, 'T2.2': { value: 2, version: 2 } });
  });

  it('of two concurrent saves of the same answer exactly one wins; the other answers CONFLICT', async () => {
    const assessment = await newAssessment();
    expectOk(await save(provider.admin.token, assessment.id, [{ questionCode: 'T2.2', value: json(0) }]));
    for (let round = 1; round <= 3; round += 1) {
      const results = await Promise.all([
        save(provider.admin.token, assessment.id, [{ questionCode: 'T2.2', value: json(1), expectedVersion: round }]),
        save(provider.member.token, assessment.id, [{ questionCode: 'T2.2', value: json(2), expectedVersion: round }]),
      ]);
      expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect((await saved(assessment.id))['T2.2']?.version).toBe(round + 1);
    }
  });

  it('only the provider answers: clients and staff are refused, other tenants are told it does not exist', async () => {
    const assessment = await newAssessment();
    const answers = [{ questionCode: 'T2.2', value: json(1) }];
    expect(errorCode(await save(client.token, assessment.id, answers))).toBe('FORBIDDEN');
    expect(errorCode(await save(reviewer.token, assessment.id, answers))).toBe('FORBIDDEN');
    expect(errorCode(await save(otherProvider.token, assessment.id, answers))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(SUBMIT, { id: assessment.id }, { token: client.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(SUBMIT, { id: assessment.id }, { token: otherProvider.token }))).toBe('NOT_FOUND');
  });

  it('submission is refused while required questions are unanswered, and lists them', async () => {
    const assessment = await newAssessment(true);
    expectOk(await save(provider.member.token, assessment.id, [{ questionCode: 'T1.1', value: json(true) }, { questionCode: 'T2.2', value: json(2) }]));
    const refused = await api.gql(SUBMIT, { id: assessment.id }, { token: provider.member.token });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toBe('Required questions are unanswered: T1.2, T1.3, T2.1, T3.1');
    expect(fieldsOf(refused)).toEqual(['answers.T1.2', 'answers.T1.3', 'answers.T2.1', 'answers.T3.1']);
    expect(await status(assessment.id)).toBe('IN_PROGRESS');
    expect(await api.db.getRepository(OutboxMessage).count({ where: { jobKey: `score:${assessment.id}:1` } })).toBe(0);
  });

  it('submission locks the answers, writes exactly one scoring job to the outbox and tells the requester and the association', async () => {
    const assessment = await newAssessment();
    expectOk(await save(provider.member.token, assessment.id, COMPLETE));
    const submitted = expectOk(await api.gql<{ submitAssessment: AssessmentData }>(SUBMIT, { id: assessment.id }, { token: provider.member.token })).submitAssessment;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submissionNumber: 1, missingRequired: [], progress: { answered: 5, required: 5 } });
    expect(submitted.submittedAt).not.toBeNull();

    const jobs = await jobsOf(assessment.id);
    expect(jobs.map((j) => [j.queue, j.jobName, j.jobKey, j.payload])).toEqual([
      [QueueName.SCORING, 'score-assessment', `score:${assessment.id}:1`, { assessmentId: assessment.id, submissionNumber: 1 }],
    ]);
    const notified = (await api.db.getRepository(Notification).find({ where: { kind: 'ASSESSMENT_SUBMITTED' as Notification['kind'] } }))
      .filter((n) => n.data.assessmentId === assessment.id)
      .map((n) => n.userId);
    expect(notified).toEqual(expect.arrayContaining([client.user.id, reviewer.user.id]));
    expect(notified).not.toContain(provider.member.user.id);

    const locked = await save(provider.member.token, assessment.id, [{ questionCode: 'T2.2', value: json(4), expectedVersion: 1 }]);
    expect(errorCode(locked)).toBe('CONFLICT');
    expect(locked.errors![0]!.message).toContain('SUBMITTED');
    expect(errorCode(await api.gql(SUBMIT, { id: assessment.id }, { token: provider.member.token }))).toBe('CONFLICT');
    expect((await saved(assessment.id))['T2.2']).toEqual({ value: 3, version: 1 });
  });

  it('after changes are requested, answers reopen and resubmission writes the job of submission 2', async () => {
    const assessment = await newAssessment();
    expectOk(await save(provider.member.token, assessment.id, COMPLETE));
    expectOk(await api.gql(SUBMIT, { id: assessment.id }, { token: provider.admin.token }));
    // Scoring and review come with later issues: jump to the reviewer's decision directly.
    await api.db.getRepository(Assessment).update({ id: assessment.id }, { status: AssessmentStatus.CHANGES_REQUESTED });

    expectOk(await save(provider.member.token, assessment.id, [{ questionCode: 'T2.2', value: json(4), expectedVersion: 1 }]));
    expect(await status(assessment.id)).toBe('IN_PROGRESS');
    const again = expectOk(await api.gql<{ submitAssessment: AssessmentData }>(SUBMIT, { id: assessment.id }, { token: provider.admin.token })).submitAssessment;
    expect(again).toMatchObject({ status: 'SUBMITTED', submissionNumber: 2 });
    const keys = (await jobsOf(assessment.id)).map((j) => j.jobKey);
    expect(keys).toEqual([`score:${assessment.id}:1`, `score:${assessment.id}:2`]);
  });

  it('the assessment serves its answers in questionnaire order with who answered them', async () => {
    const assessment = await newAssessment();
    const answers = expectOk(await save(provider.member.token, assessment.id, [{ questionCode: 'T2.2', value: json(1) }, { questionCode: 'T1.1', value: json(true) }])).saveAnswers;
    const file = await api.db.getRepository(EvidenceFile).save({
      supplierId: provider.admin.organisation.id, assessmentId: assessment.id, storageKey: `00/00/${randomUUID()}`, originalName: 'policy.pdf',
      contentType: 'application/pdf', sizeBytes: '1234', sha256: 'a'.repeat(64), validUntil: '2030-12-31', uploadedByUserId: provider.member.user.id,
    });
    await api.db.getRepository(AnswerEvidence).insert(answers.map((answer) => ({ answerId: answer.id, evidenceId: file.id })));

    type Read = { assessment: AssessmentData & { answers: (AnswerData & { evidence: unknown[] })[] } };
    const fields = 'missingRequired answers { questionCode value version answeredBy { id } evidence { id originalName contentType sizeBytes sha256 validUntil questionCodes } }';
    const read = expectOk(await api.gql<Read>(ASSESSMENT.replace('missingRequired', fields), { id: assessment.id }, { token: client.token }));
    expect(read.assessment.answers.map((a) => [a.questionCode, a.value, a.answeredBy?.id])).toEqual([
      ['T1.1', 'true', provider.member.user.id],
      ['T2.2', '1', provider.member.user.id],
    ]);
    const evidence = { id: file.id, originalName: 'policy.pdf', contentType: 'application/pdf', sizeBytes: 1234, sha256: 'a'.repeat(64), validUntil: '2030-12-31', questionCodes: ['T1.1', 'T2.2'] };
    expect(read.assessment.answers.map((a) => a.evidence)).toEqual([[evidence], [evidence]]);
    expect(read.assessment.progress).toMatchObject({ answered: 2, required: 5 });
    expect(read.assessment.progress.themes).toEqual([
      { code: 'T1', answered: 1, required: 3 },
      { code: 'T2', answered: 1, required: 2 },
      { code: 'T3', answered: 0, required: 0 },
    ]);
    expect(read.assessment.missingRequired).toEqual(['T1.2', 'T1.3', 'T2.1']);
  });
});
