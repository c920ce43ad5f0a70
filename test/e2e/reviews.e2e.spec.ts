import { Answer, Assessment, AssessmentProduct, Notification, NotificationKind, Product, ScoreRun, verifyAuditChain } from '@assay/database';
import { AssessmentStatus, OrganisationKind, ProductCategory, UserRole, type AnswerValue } from '@assay/domain';
import { StatementRecorder, TestApi, errorCode, type GraphqlResult } from '@assay/testing';
import { DEFAULT_METHODOLOGY_REGISTRY } from '../../apps/worker/src/scoring/methodology-registry.js';
import { ScoringService } from '../../apps/worker/src/scoring/scoring.service.js';
import { SAVE, SUBMIT, fieldsOf, providerWithProducts, type Provider } from './support/assessment-requests.js';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const QUEUE = `query ($filter: ReviewQueueFilterInput, $first: Int, $after: String) {
  reviewQueue(filter: $filter, first: $first, after: $after) {
    nodes { assessment { id status supplier { legalName } products { name } } scoredAt tier maturity overridden overridePending claim { claimedBy { id displayName } } }
    pageInfo { endCursor hasNextPage } } }`;
const CLAIM = `mutation ($id: ID!) { claimAssessmentReview(assessmentId: $id) { id status reviewClaim { claimedBy { id displayName } claimedAt } } }`;
const RELEASE = `mutation ($id: ID!) { releaseAssessmentReview(assessmentId: $id) { id status reviewClaim { claimedAt } } }`;
const APPROVE = `mutation ($input: ApproveAssessmentInput!) { approveAssessment(input: $input) { id status } }`;
const REJECT = `mutation ($input: RejectAssessmentInput!) { rejectAssessment(input: $input) { id status } }`;
const REQUEST_CHANGES = `mutation ($input: RequestAssessmentChangesInput!) { requestAssessmentChanges(input: $input) { id status } }`;
const OVERRIDE_FIELDS = 'id status tier maturity justification proposedBy { id displayName } confirmedBy { id displayName } confirmedAt';
const PROPOSE = `mutation ($input: ProposeScoreOverrideInput!) { proposeScoreOverride(input: $input) { ${OVERRIDE_FIELDS} } }`;
const CONFIRM = `mutation ($id: ID!) { confirmScoreOverride(overrideId: $id) { ${OVERRIDE_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawScoreOverride(overrideId: $id) { ${OVERRIDE_FIELDS} } }`;
const DETAILS = `query ($id: ID!) { assessment(id: $id) { id status submissionNumber
  reviews { decision comment questionComments { questionCode comment } conditions submissionNumber reviewer { id displayName } decidedAt }
  reviewClaim { claimedBy { id } }
  scoreOverrides { id status }
  scorecard { tier maturity eligibility { eligible unmet level }
    override { tier maturity scoredTier scoredMaturity justification proposedBy { id displayName } confirmedBy { id displayName } } }
  certificateEligibility { eligible unmet { code message } level tier maturity approved overridden }
  scoreRuns { trigger submissionNumber } } }`;
const AUDIT = `query ($id: String!, $first: Int, $after: String) { auditTrail(entityType: "assessment", entityId: $id, first: $first, after: $after) {
  nodes { action actor { id displayName } data } pageInfo { endCursor hasNextPage } } }`;

interface QueueNode {
  assessment: { id: string; status: string };
  tier: string;
  maturity: number;
  overridden: boolean;
  overridePending: boolean;
  claim: { claimedBy: { id: string; displayName: string } } | null;
}
type QueuePage = { reviewQueue: { nodes: QueueNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
interface Details {
  assessment: {
    status: string;
    submissionNumber: number;
    reviews: { decision: string; comment: string | null; questionComments: { questionCode: string; comment: string }[]; conditions: string | null; reviewer: { id: string } }[];
    reviewClaim: { claimedBy: { id: string } } | null;
    scoreOverrides: { id: string; status: string }[];
    scorecard: {
      tier: string;
      maturity: number;
      eligibility: { eligible: boolean; unmet: string[]; level: string | null };
      override: { tier: string | null; maturity: number | null; scoredTier: string; scoredMaturity: number; justification: string; proposedBy: { displayName: string }; confirmedBy: { displayName: string } } | null;
    } | null;
    certificateEligibility: { eligible: boolean; unmet: { code: string }[]; level: string | null; tier: string; maturity: number; approved: boolean; overridden: boolean } | null;
    scoreRuns: { trigger: string; submissionNumber: number }[];
  };
}

/** Strong answers: maturity 100, tier LOW, no red flag, full confidence. */
const STRONG: [string, AnswerValue][] = [['T1.1', true], ['T1.2', 'Board policy'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 4], ['T2.3', 100]];
/** Weaker: maturity 66.67 (below 70), tier MEDIUM. */
const WEAK: [string, AnswerValue][] = [['T1.1', true], ['T1.2', 'Board policy'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 0]];
/** T1.1 = false raises the "no-policy" red flag: CRITICAL. */
const FLAGGED: [string, AnswerValue][] = [['T1.1', false], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 4]];

const JUSTIFICATION = 'The evidence on impact assessments was reviewed on site and is stronger than the answers show.';

describe('reviews', () => {
  let api: TestApi;
  let provider: Provider;
  let requester: SignedInUser;
  let reviewer: SignedInUser;
  let secondReviewer: SignedInUser;
  let admin: SignedInUser;
  let scoring: ScoringService;
  let scoredAtDay = 0;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: SignedInUser) => api.gql<T>(query, variables, { token: who.token });
  const details = async (id: string, who: SignedInUser) => {
    const result = await gql<Details>(DETAILS, { id }, who);
    expect(result.errors).toBeUndefined();
    return result.data!.assessment;
  };
  const queue = (who: SignedInUser, filter: Record<string, unknown> = {}, first = 20, after?: string) =>
    gql<QueuePage>(QUEUE, { filter: { requestedByOrganisationId: requester.organisation.id, ...filter }, first, after }, who);
  const ok = <T>(result: GraphqlResult<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  /** A submission of the provider, scored as the worker does; each one scored a day after the previous (queue order). */
  async function scoredAssessment(answers: [string, AnswerValue][], product = provider.products[0]!): Promise<string> {
    const assessment = await insertAssessment(api.db, provider.admin.organisation, requester.organisation, { status: AssessmentStatus.SUBMITTED });
    await api.db.getRepository(Assessment).update({ id: assessment.id }, { submissionNumber: 1, submittedAt: new Date() });
    await api.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: product.id });
    await api.db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value, answeredAt: new Date() })));
    expect(await scoring.score({ assessmentId: assessment.id, submissionNumber: 1 })).toBe('SCORED');
    scoredAtDay += 1;
    await api.db.getRepository(ScoreRun).update({ assessmentId: assessment.id }, { scoredAt: new Date(Date.UTC(2001, 0, scoredAtDay)) });
    return assessment.id;
  }

  async function claimed(answers: [string, AnswerValue][], by = reviewer): Promise<string> {
    const id = await scoredAssessment(answers);
    expect(ok(await gql<{ claimAssessmentReview: { status: string } }>(CLAIM, { id }, by)).claimAssessmentReview.status).toBe('UNDER_REVIEW');
    return id;
  }

  const notificationsOf = (userId: string, kind: NotificationKind, assessmentId: string) =>
    api.db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId AND n.kind = :kind AND n.data @> :data', { userId, kind, data: { assessmentId } }).getMany();

  beforeAll(async () => {
    api = await TestApi.start();
    scoring = new ScoringService(api.db, DEFAULT_METHODOLOGY_REGISTRY);
    provider = await providerWithProducts(api);
    // A second product of another category, for the category filter.
    provider.products.push(await api.db.getRepository(Product).save({ supplierId: provider.admin.organisation.id, name: 'Drone', category: ProductCategory.DRONES_AERIAL_SURVEILLANCE }));
    requester = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    secondReviewer = await signedInUser(api, reviewer.organisation, UserRole.REVIEWER);
    admin = await signedInUser(api, reviewer.organisation, UserRole.ADMIN);
  }, 60_000);
  afterAll(() => api.close());

  describe('the queue', () => {
    let strong: string;
    let flagged: string;
    let drone: string;

    beforeAll(async () => {
      strong = await scoredAssessment(STRONG);
      flagged = await scoredAssessment(FLAGGED);
      drone = await scoredAssessment(STRONG, provider.products[2]);
    }, 60_000);

    it('lists scored assessments oldest first by when they were scored, a page at a time', async () => {
      const first = ok(await queue(reviewer, {}, 2)).reviewQueue;
      expect(first.nodes.map((n) => n.assessment.id)).toEqual([strong, flagged]);
      expect(first.nodes[0]).toMatchObject({ tier: 'LOW', maturity: 100, overridden: false, overridePending: false, claim: null });
      expect(first.nodes[1]!.tier).toBe('CRITICAL');
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = ok(await queue(reviewer, {}, 2, first.pageInfo.endCursor!)).reviewQueue;
      expect(second.nodes[0]!.assessment.id).toBe(drone);
    });

    it('filters by tier, product category, requester and claim', async () => {
      const ids = async (filter: Record<string, unknown>) => ok(await queue(admin, filter, 100)).reviewQueue.nodes.map((n) => n.assessment.id);
      expect(await ids({ tier: 'CRITICAL' })).toEqual([flagged]);
      expect(await ids({ category: 'DRONES_AERIAL_SURVEILLANCE' })).toEqual([drone]);
      expect(await ids({ requesterKind: 'CLIENT' })).toEqual(expect.arrayContaining([strong, flagged, drone]));
      const other = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
      expect(await ids({ requestedByOrganisationId: other.organisation.id })).toEqual([]);
      expect(await ids({ claimed: true })).not.toContain(strong);
      expect(errorCode(await queue(admin, { requestedByOrganisationId: 'nope' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await queue(admin, {}, 20, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
    });

    it('is for association staff only', async () => {
      expect(errorCode(await queue(requester))).toBe('FORBIDDEN');
      expect(errorCode(await queue(provider.admin))).toBe('FORBIDDEN');
    });

    it('reads a page in the same number of SQL statements whatever its size', async () => {
      const recorder = StatementRecorder.of(api.db);
      const count = async (first: number) => {
        const statements = await recorder.during(async () => {
          expect(ok(await queue(reviewer, {}, first)).reviewQueue.nodes.length).toBeGreaterThanOrEqual(Math.min(first, 3));
        });
        return statements.length;
      };
      expect(await count(1)).toBe(await count(3));
    });
  });

  describe('claims', () => {
    it('one reviewer claims; a second can neither claim nor decide nor release; an admin releases it back to the queue', async () => {
      const id = await claimed(STRONG);
      const mine = await details(id, reviewer);
      expect(mine.reviewClaim?.claimedBy.id).toBe(reviewer.user.id);
      expect((await details(id, requester)).reviewClaim).toBeNull();
      const inQueue = ok(await queue(admin, { claimed: true }, 100)).reviewQueue.nodes.find((n) => n.assessment.id === id);
      expect(inQueue?.claim?.claimedBy).toEqual({ id: reviewer.user.id, displayName: reviewer.user.displayName });

      const again = await gql(CLAIM, { id }, secondReviewer);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors![0]!.message).toContain(`already claimed by ${reviewer.user.displayName}`);
      const decide = await gql(APPROVE, { input: { assessmentId: id } }, secondReviewer);
      expect(errorCode(decide)).toBe('CONFLICT');
      expect(decide.errors![0]!.message).toContain(`claimed by ${reviewer.user.displayName}`);
      expect(errorCode(await gql(RELEASE, { id }, secondReviewer))).toBe('FORBIDDEN');

      expect(ok(await gql<{ releaseAssessmentReview: unknown }>(RELEASE, { id }, admin)).releaseAssessmentReview).toEqual({ id, status: 'SCORED', reviewClaim: null });
      expect(ok(await gql<{ claimAssessmentReview: { status: string } }>(CLAIM, { id }, secondReviewer)).claimAssessmentReview.status).toBe('UNDER_REVIEW');
    });

    it('decisions and releases in the wrong state answer CONFLICT naming the state', async () => {
      const id = await scoredAssessment(STRONG);
      for (const [document, input] of [
        [APPROVE, { assessmentId: id }],
        [REJECT, { assessmentId: id, comment: 'No.' }],
        [REQUEST_CHANGES, { assessmentId: id, comment: 'More evidence please' }],
      ] as const) {
        const result = await gql(document, { input }, reviewer);
        expect(errorCode(result)).toBe('CONFLICT');
        expect(result.errors![0]!.message).toContain('the assessment is SCORED');
      }
      const release = await gql(RELEASE, { id }, admin);
      expect(errorCode(release)).toBe('CONFLICT');
      expect(release.errors![0]!.message).toContain('the assessment is SCORED');
    });
  });

  describe('decisions', () => {
    it('a rejection needs a comment, then notifies the provider and the requester; both read it', async () => {
      const id = await claimed(STRONG);
      const blank = await gql(REJECT, { input: { assessmentId: id, comment: '   ' } }, reviewer);
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(blank)).toEqual(['input.comment']);
      expect(ok(await gql<{ rejectAssessment: { status: string } }>(REJECT, { input: { assessmentId: id, comment: 'Sold to an embargoed end user.' } }, reviewer)).rejectAssessment.status).toBe('REJECTED');

      for (const who of [provider.member, requester]) {
        expect(await notificationsOf(who.user.id, NotificationKind.ASSESSMENT_REJECTED, id)).toHaveLength(1);
        const seen = await details(id, who);
        expect(seen.reviews).toEqual([expect.objectContaining({ decision: 'REJECT', comment: 'Sold to an embargoed end user.', reviewer: expect.objectContaining({ id: reviewer.user.id }) })]);
      }
      expect(errorCode(await gql(REJECT, { input: { assessmentId: id, comment: 'again' } }, reviewer))).toBe('CONFLICT');
    });

    it('requesting changes names unknown question codes, then reopens answers; the resubmission is scored anew and comes back to the queue', async () => {
      const id = await claimed(WEAK);
      const unknown = await gql(REQUEST_CHANGES, { input: { assessmentId: id, comment: 'Please improve', questionComments: [{ questionCode: 'T2.2', comment: 'Show the process' }, { questionCode: 'T9.9', comment: 'x' }] } }, reviewer);
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.errors![0]!.message).toContain('T9.9');
      expect(fieldsOf(unknown)).toEqual(['input.questionComments[1].questionCode']);

      const asked = await gql<{ requestAssessmentChanges: { status: string } }>(
        REQUEST_CHANGES,
        { input: { assessmentId: id, comment: 'Please improve the impact assessment', questionComments: [{ questionCode: 'T2.2', comment: 'Show the process' }] } },
        reviewer,
      );
      expect(ok(asked).requestAssessmentChanges.status).toBe('CHANGES_REQUESTED');
      const [notification] = await notificationsOf(provider.admin.user.id, NotificationKind.CHANGES_REQUESTED, id);
      expect(notification?.data).toMatchObject({ assessmentId: id, questionComments: 1 });

      // The provider reads what to change (and, reviewed now, its scores), and answers again.
      const seen = await details(id, provider.member);
      expect(seen.reviews[0]).toMatchObject({ decision: 'REQUEST_CHANGES', questionComments: [{ questionCode: 'T2.2', comment: 'Show the process' }] });
      expect(seen.scorecard?.maturity).toBeCloseTo(66.67, 2);
      const answer = await api.db.getRepository(Answer).findOneByOrFail({ assessmentId: id, questionCode: 'T2.2' });
      const saved = await gql(SAVE, { input: { assessmentId: id, answers: [{ questionCode: 'T2.2', value: '4', expectedVersion: answer.version }] } }, provider.member);
      expect(saved.errors).toBeUndefined();
      expect(ok(await gql<{ submitAssessment: { status: string; submissionNumber: number } }>(SUBMIT, { id }, provider.member)).submitAssessment).toMatchObject({
        status: 'SUBMITTED',
        submissionNumber: 2,
      });
      expect(await scoring.score({ assessmentId: id, submissionNumber: 2 })).toBe('SCORED');

      const after = await details(id, reviewer);
      expect(after.scoreRuns.map((run) => [run.trigger, run.submissionNumber])).toEqual([['SUBMISSION', 2], ['SUBMISSION', 1]]);
      expect(after.scorecard!.maturity).toBeGreaterThan(66.67);
      const node = ok(await queue(reviewer, {}, 100)).reviewQueue.nodes.find((n) => n.assessment.id === id);
      expect(node).toMatchObject({ assessment: { status: 'SCORED' }, claim: null });
    });
  });

  describe('four-eyes overrides', () => {
    it('a justified override counts once a second person confirms it; the score then shows both names and eligibility uses it', async () => {
      const id = await claimed(WEAK);
      const before = await details(id, reviewer);
      expect(before.certificateEligibility).toMatchObject({ eligible: false, tier: 'MEDIUM', approved: false, overridden: false });
      expect(before.certificateEligibility!.unmet.map((u) => u.code)).toEqual(['MATURITY_BELOW_70', 'NOT_APPROVED']);

      const short = await gql(PROPOSE, { input: { assessmentId: id, maturity: 75, justification: 'trust me' } }, reviewer);
      expect(errorCode(short)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(short)).toEqual(['input.justification']);
      expect(fieldsOf(await gql(PROPOSE, { input: { assessmentId: id, maturity: 101, justification: JUSTIFICATION } }, reviewer))).toEqual(['input.maturity']);
      expect(fieldsOf(await gql(PROPOSE, { input: { assessmentId: id, justification: JUSTIFICATION } }, reviewer))).toEqual(['input']);

      const proposed = ok(await gql<{ proposeScoreOverride: { id: string; status: string } }>(PROPOSE, { input: { assessmentId: id, maturity: 75, justification: `  ${JUSTIFICATION}  ` } }, reviewer)).proposeScoreOverride;
      expect(proposed).toMatchObject({ status: 'PENDING', maturity: 75, justification: JUSTIFICATION, proposedBy: { id: reviewer.user.id }, confirmedBy: null });
      expect(errorCode(await gql(PROPOSE, { input: { assessmentId: id, tier: 'LOW', justification: JUSTIFICATION } }, secondReviewer))).toBe('CONFLICT');

      // Pending: nobody outside the association sees it, nothing changes, and no decision can be taken.
      expect((await details(id, requester)).scoreOverrides).toEqual([]);
      expect((await details(id, requester)).scorecard?.override).toBeNull();
      expect((await details(id, reviewer)).scoreOverrides).toEqual([{ id: proposed.id, status: 'PENDING' }]);
      expect((await details(id, reviewer)).certificateEligibility?.maturity).toBeCloseTo(66.67, 2);
      expect(ok(await queue(reviewer, {}, 100)).reviewQueue.nodes.find((n) => n.assessment.id === id)?.overridePending).toBe(true);
      const blocked = await gql(APPROVE, { input: { assessmentId: id, conditions: 'x' } }, reviewer);
      expect(errorCode(blocked)).toBe('CONFLICT');
      expect(blocked.errors![0]!.message).toContain('waits for confirmation');

      const self = await gql(CONFIRM, { id: proposed.id }, reviewer);
      expect(errorCode(self)).toBe('FORBIDDEN');
      expect(self.errors![0]!.message).toContain('Four eyes');
      expect(errorCode(await gql(CONFIRM, { id: proposed.id }, requester))).toBe('FORBIDDEN');

      const confirmed = ok(await gql<{ confirmScoreOverride: Record<string, unknown> }>(CONFIRM, { id: proposed.id }, secondReviewer)).confirmScoreOverride;
      expect(confirmed).toMatchObject({ status: 'CONFIRMED', proposedBy: { id: reviewer.user.id }, confirmedBy: { id: secondReviewer.user.id } });
      expect(errorCode(await gql(CONFIRM, { id: proposed.id }, admin))).toBe('CONFLICT');

      const card = (await details(id, requester)).scorecard!;
      expect(card).toMatchObject({ tier: 'MEDIUM', maturity: 75, eligibility: { eligible: true, unmet: [], level: 'CERTIFIED_WITH_CONDITIONS' } });
      expect(card.override).toMatchObject({
        maturity: 75,
        tier: null,
        scoredTier: 'MEDIUM',
        justification: JUSTIFICATION,
        proposedBy: { displayName: reviewer.user.displayName },
        confirmedBy: { displayName: secondReviewer.user.displayName },
      });
      expect(card.override!.scoredMaturity).toBeCloseTo(66.67, 2);
      expect((await details(id, reviewer)).certificateEligibility).toMatchObject({ eligible: false, maturity: 75, overridden: true, unmet: [{ code: 'NOT_APPROVED' }] });

      // CERTIFIED_WITH_CONDITIONS: the reviewer writes the conditions.
      const noConditions = await gql(APPROVE, { input: { assessmentId: id } }, reviewer);
      expect(fieldsOf(noConditions)).toEqual(['input.conditions']);
      expect(ok(await gql<{ approveAssessment: { status: string } }>(APPROVE, { input: { assessmentId: id, conditions: 'Yearly bias audit by a third party' } }, reviewer)).approveAssessment.status).toBe('APPROVED');

      const approved = await details(id, provider.member);
      expect(approved.certificateEligibility).toMatchObject({ eligible: true, level: 'CERTIFIED_WITH_CONDITIONS', approved: true, overridden: true, unmet: [] });
      expect(approved.reviews[0]).toMatchObject({ decision: 'APPROVE', conditions: 'Yearly bias audit by a third party' });
      for (const who of [provider.admin, requester]) expect(await notificationsOf(who.user.id, NotificationKind.ASSESSMENT_APPROVED, id)).toHaveLength(1);
    });

    it('a red flag keeps an assessment ineligible whatever the override of its tier', async () => {
      const id = await claimed(FLAGGED);
      const { proposeScoreOverride: proposal } = ok(await gql<{ proposeScoreOverride: { id: string } }>(PROPOSE, { input: { assessmentId: id, tier: 'LOW', maturity: 90, justification: JUSTIFICATION } }, admin));
      ok(await gql(CONFIRM, { id: proposal.id }, reviewer));
      ok(await gql(APPROVE, { input: { assessmentId: id } }, reviewer));
      const eligibility = (await details(id, reviewer)).certificateEligibility!;
      expect(eligibility).toMatchObject({ eligible: false, tier: 'LOW', maturity: 90, approved: true, level: null });
      expect(eligibility.unmet.map((u) => u.code)).toEqual(['RED_FLAG']);
    });

    it('a pending override is withdrawn by its proposer or an admin, not by another reviewer; overrides need UNDER_REVIEW', async () => {
      const id = await claimed(WEAK);
      const propose = async () => ok(await gql<{ proposeScoreOverride: { id: string } }>(PROPOSE, { input: { assessmentId: id, tier: 'LOW', justification: JUSTIFICATION } }, reviewer)).proposeScoreOverride.id;
      const first = await propose();
      expect(errorCode(await gql(WITHDRAW, { id: first }, secondReviewer))).toBe('FORBIDDEN');
      expect(ok(await gql<{ withdrawScoreOverride: { status: string } }>(WITHDRAW, { id: first }, reviewer)).withdrawScoreOverride.status).toBe('WITHDRAWN');
      const second = await propose();
      expect(ok(await gql<{ withdrawScoreOverride: { status: string } }>(WITHDRAW, { id: second }, admin)).withdrawScoreOverride.status).toBe('WITHDRAWN');
      expect(errorCode(await gql(CONFIRM, { id: second }, secondReviewer))).toBe('CONFLICT');

      const scored = await scoredAssessment(WEAK);
      const early = await gql(PROPOSE, { input: { assessmentId: scored, tier: 'LOW', justification: JUSTIFICATION } }, reviewer);
      expect(errorCode(early)).toBe('CONFLICT');
      expect(early.errors![0]!.message).toContain('the assessment is SCORED');
    });

    it('the database itself refuses a confirmation by the proposer', async () => {
      const id = await claimed(WEAK);
      const { proposeScoreOverride: proposal } = ok(await gql<{ proposeScoreOverride: { id: string } }>(PROPOSE, { input: { assessmentId: id, tier: 'LOW', justification: JUSTIFICATION } }, reviewer));
      await expect(
        api.db.query(`UPDATE score_override SET status = 'CONFIRMED', confirmed_by_user_id = proposed_by_user_id, confirmed_at = now() WHERE id = $1`, [proposal.id]),
      ).rejects.toThrow(/score_override_four_eyes/);
    });
  });

  describe('the audit trail', () => {
    it('records every claim, release, override and decision, for association admins, and the chain still verifies', async () => {
      const id = await claimed(WEAK);
      ok(await gql(RELEASE, { id }, reviewer));
      ok(await gql(CLAIM, { id }, reviewer));
      const { proposeScoreOverride: proposal } = ok(await gql<{ proposeScoreOverride: { id: string } }>(PROPOSE, { input: { assessmentId: id, tier: 'LOW', justification: JUSTIFICATION } }, reviewer));
      ok(await gql(CONFIRM, { id: proposal.id }, admin));
      ok(await gql(REQUEST_CHANGES, { input: { assessmentId: id, comment: 'More evidence please' } }, reviewer));

      type Trail = { auditTrail: { nodes: { action: string; actor: { id: string } | null; data: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
      const trail = ok(await gql<Trail>(AUDIT, { id, first: 200 }, admin)).auditTrail;
      expect(trail.nodes.map((n) => n.action)).toEqual([
        'assessment.changes_requested',
        'assessment.score_override_confirmed',
        'assessment.score_override_proposed',
        'assessment.review_claimed',
        'assessment.review_released',
        'assessment.review_claimed',
        'assessment.scored',
      ]);
      expect(trail.nodes[1]!.actor?.id).toBe(admin.user.id);
      expect(JSON.parse(trail.nodes[2]!.data)).toMatchObject({ overrideId: proposal.id, tier: 'LOW', justification: JUSTIFICATION });

      const page = ok(await gql<Trail>(AUDIT, { id, first: 3 }, admin)).auditTrail;
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = ok(await gql<Trail>(AUDIT, { id, first: 3, after: page.pageInfo.endCursor }, admin)).auditTrail;
      expect(next.nodes.map((n) => n.action)).toEqual(trail.nodes.slice(3, 6).map((n) => n.action));

      expect(errorCode(await gql(AUDIT, { id }, reviewer))).toBe('FORBIDDEN');
      expect(errorCode(await gql(AUDIT, { id }, provider.admin))).toBe('FORBIDDEN');
      expect(await verifyAuditChain(api.db.manager)).toMatchObject({ intact: true });
    });
  });
});
