import { Answer, Assessment, AssessmentProduct, ScoreRun } from '@assay/database';
import { AssessmentStatus, OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, errorCode } from '@assay/testing';
import { DEFAULT_METHODOLOGY_REGISTRY } from '../../apps/worker/src/scoring/methodology-registry.js';
import { ScoringService } from '../../apps/worker/src/scoring/scoring.service.js';
import { providerWithProducts, type Provider } from './support/assessment-requests.js';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const SCORECARD = `query ($id: ID!) { assessment(id: $id) { id status scoringError
  scorecard { methodologyVersion scoredAt submissionNumber inherentRisk residualRisk maturity tier confidence
    themes { code title { en } score weight } redFlags { questionCode ruleId label { en } } eligibility { eligible unmet level }
    questions { code themeCode applicable excluded answered answer weight score evidenceFactor contribution redFlags } }
  scoreRuns { id methodologyVersion trigger submissionNumber tier residualRisk } } }`;

type ScorecardData = {
  assessment: {
    status: string;
    scoringError: string | null;
    scorecard: {
      methodologyVersion: string;
      tier: string;
      themes: { code: string; title: { en: string }; score: number | null }[];
      questions: { code: string; answer: string | null; contribution: number }[];
    } | null;
    scoreRuns: { trigger: string; submissionNumber: number }[];
  };
};

/** A text answer a naive CSV writer would break: a quote, a comma and a line break. */
const AWKWARD_TEXT = 'Board policy, "v2"\nadopted 2024';

describe('scorecards', () => {
  let api: TestApi;
  let provider: Provider;
  let requester: SignedInUser;
  let reviewer: SignedInUser;
  let otherClient: SignedInUser;
  let assessment: Assessment;

  const read = (id: string, token?: string) => api.gql<ScorecardData>(SCORECARD, { id }, { token });
  const download = (id: string, format: 'csv' | 'json', token?: string) =>
    api.app.inject({ method: 'GET', url: `/assessments/${id}/scorecard.${format}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const setStatus = (status: AssessmentStatus) => api.db.getRepository(Assessment).update({ id: assessment.id }, { status });

  beforeAll(async () => {
    api = await TestApi.start();
    provider = await providerWithProducts(api);
    requester = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    otherClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    assessment = await insertAssessment(api.db, provider.admin.organisation, requester.organisation, { status: AssessmentStatus.SUBMITTED });
    await api.db.getRepository(Assessment).update({ id: assessment.id }, { submissionNumber: 1, submittedAt: new Date() });
    await api.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: provider.products[0]!.id });
    const answers: [string, unknown][] = [['T1.1', true], ['T1.2', AWKWARD_TEXT], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 2]];
    await api.db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value: value as never, answeredAt: new Date() })));
    // What the worker does for a submission (its pipeline has its own tests).
    expect(await new ScoringService(api.db, DEFAULT_METHODOLOGY_REGISTRY).score({ assessmentId: assessment.id, submissionNumber: 1 })).toBe('SCORED');
  }, 30_000);
  afterAll(() => api.close());

  it('association staff see the scorecard, explained per theme and per question, and the history of runs', async () => {
    const result = await read(assessment.id, reviewer.token);
    expect(result.errors).toBeUndefined();
    const { scorecard, scoreRuns, status } = result.data!.assessment;
    expect(status).toBe('SCORED');
    expect(scorecard).toMatchObject({ methodologyVersion: 'assay-v1', submissionNumber: 1 });
    expect(scorecard!.themes.find((t) => t.code === 'T1')?.title.en).toBe('Governance');
    expect(scorecard!.questions.find((q) => q.code === 'T1.2')?.answer).toBe(JSON.stringify(AWKWARD_TEXT));
    expect(scorecard!.questions.find((q) => q.code === 'T2.2')?.answer).toBe('2');
    const run = await api.db.getRepository(ScoreRun).findOneByOrFail({ assessmentId: assessment.id });
    expect(scorecard!.tier).toBe(run.tier);
    expect(scoreRuns).toEqual([expect.objectContaining({ trigger: 'SUBMISSION', submissionNumber: 1 })]);
  });

  it('the requesting client sees it', async () => {
    const result = await read(assessment.id, requester.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.assessment.scorecard?.methodologyVersion).toBe('assay-v1');
    expect(result.data!.assessment.scoreRuns).toHaveLength(1);
  });

  it('the provider sees no scores before review (null, not an error), and sees them once reviewed', async () => {
    const before = await read(assessment.id, provider.member.token);
    expect(before.errors).toBeUndefined();
    expect(before.data!.assessment).toMatchObject({ status: 'SCORED', scorecard: null, scoreRuns: [] });
    expect((await download(assessment.id, 'json', provider.admin.token)).statusCode).toBe(404);

    for (const reviewed of [AssessmentStatus.CHANGES_REQUESTED, AssessmentStatus.REJECTED, AssessmentStatus.APPROVED]) {
      await setStatus(reviewed);
      const after = await read(assessment.id, provider.member.token);
      expect(after.data!.assessment.scorecard?.methodologyVersion).toBe('assay-v1');
      expect(after.data!.assessment.scoreRuns).toHaveLength(1);
    }
    expect((await download(assessment.id, 'json', provider.admin.token)).statusCode).toBe(200);
    await setStatus(AssessmentStatus.SCORED);
  });

  it('another tenant gets NOT_FOUND and an anonymous caller UNAUTHENTICATED', async () => {
    expect(errorCode(await read(assessment.id, otherClient.token))).toBe('NOT_FOUND');
    expect(errorCode(await read(assessment.id))).toBe('UNAUTHENTICATED');
    expect((await download(assessment.id, 'csv', otherClient.token)).statusCode).toBe(404);
    expect((await download(assessment.id, 'csv')).statusCode).toBe(401);
  });

  it('downloads as CSV, one row per question with the explanation columns, properly escaped', async () => {
    const response = await download(assessment.id, 'csv', requester.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="scorecard-${assessment.id}.csv"`);
    const run = await api.db.getRepository(ScoreRun).findOneByOrFail({ assessmentId: assessment.id });
    const body = response.body;
    expect(body.split('\r\n')[0]).toBe('code,themeCode,applicable,excluded,answered,answer,weight,score,evidenceFactor,contribution,redFlags');
    // The awkward text, quoted with inner quotes doubled; its line break stays inside the field. TEXT is not scored.
    expect(body).toContain(`T1.2,T1,true,true,true,"Board policy, ""v2""\nadopted 2024",`);
    expect(body).toContain('T2.1,T2,true,false,true,A,');
    expect(body.match(/\r\n/g)).toHaveLength(run.questions.length + 1);
  });

  it('downloads as JSON', async () => {
    const response = await download(assessment.id, 'json', reviewer.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="scorecard-${assessment.id}.json"`);
    const card = JSON.parse(response.body) as { assessmentId: string; methodologyVersion: string; questions: unknown[]; themes: unknown[] };
    expect(card).toMatchObject({ assessmentId: assessment.id, methodologyVersion: 'assay-v1' });
    expect(card.questions.length).toBeGreaterThan(0);
  });

  it('an assessment not scored yet has no scorecard; retryScoring is for association staff and SCORING_FAILED only', async () => {
    const fresh = await insertAssessment(api.db, provider.admin.organisation, requester.organisation, { status: AssessmentStatus.SCORING_FAILED });
    await api.db.getRepository(Assessment).update({ id: fresh.id }, { scoringError: 'methodology exploded' });
    const staffView = await read(fresh.id, reviewer.token);
    expect(staffView.data!.assessment).toMatchObject({ scorecard: null, scoreRuns: [], scoringError: 'methodology exploded' });
    expect((await read(fresh.id, requester.token)).data!.assessment.scoringError).toBeNull();
    expect((await download(fresh.id, 'csv', reviewer.token)).statusCode).toBe(404);

    const RETRY = `mutation ($id: ID!) { retryScoring(assessmentId: $id) { id status scoringError } }`;
    expect(errorCode(await api.gql(RETRY, { id: fresh.id }, { token: requester.token }))).toBe('FORBIDDEN');
    const retried = await api.gql<{ retryScoring: { status: string; scoringError: string | null } }>(RETRY, { id: fresh.id }, { token: reviewer.token });
    expect(retried.data?.retryScoring).toEqual({ id: fresh.id, status: 'SUBMITTED', scoringError: null });
    expect(errorCode(await api.gql(RETRY, { id: fresh.id }, { token: reviewer.token }))).toBe('CONFLICT');
  });
});
