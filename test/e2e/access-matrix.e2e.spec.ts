/**
 * SPEC §5 as one table: every query and mutation of the schema, run through GraphQL as every kind of actor.
 *
 * How to read an outcome:
 *  - OK: the call succeeds (what a list contains is checked by each feature's own tests);
 *  - UNAUTHENTICATED: it needs a signed-in caller;
 *  - FORBIDDEN: the caller's kind or role may never do this, whatever the object;
 *  - NOT_FOUND: the caller may do this kind of thing, but the object belongs to another tenant (or is not
 *    visible to them) — an id of another tenant answers as if it did not exist.
 * The objects operated on belong to "our" client (client A, in the working group) and "our" provider (P);
 * `otherClient` and `otherProvider` are admins of unrelated tenants.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AnswerEvidence, Assessment, AssessmentProduct, AssessmentShare, Certificate, EvidenceFile, Review, ReviewDecision, Invitation, Product, ScoreOverride, ScoreRun, ScoreRunTrigger, WorkingGroup, WorkingGroupMember, WorkingGroupWatch, TemplateStatus, type Organisation } from '@assay/database';
import { AssessmentStatus, CertificateLevel, CertificateStatus, certificateSerial, OrganisationKind, OrganisationStatus, ProductCategory, Tier, UserRole } from '@assay/domain';
import { TEST_PASSWORD, TestApi, createOrganisation, createUser, errorCode, insertCertificate, insertTemplate, publishTestQuestionnaire, sampleQuestionnaire, testQuestionnaire } from '@assay/testing';
import { hashSecretToken } from '../../apps/api/src/modules/auth/secret-tokens.js';
import { insertAnswer, insertAssessment } from './support/assessment-rows.js';
import { signIn } from './support/sessions.js';

const ACTORS = ['anonymous', 'clientMember', 'clientAdmin', 'providerMember', 'providerAdmin', 'reviewer', 'associationAdmin', 'otherClient', 'otherProvider'] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface World {
  association: Organisation;
  clientA: Organisation;
  providerP: Organisation;
  workingGroup: WorkingGroup;
  tokens: Record<Exclude<ActorName, 'anonymous'>, string>;
  userIds: Record<Exclude<ActorName, 'anonymous'>, string>;
  /** An association reviewer who never calls: proposes the overrides others confirm. */
  thirdReviewerId: string;
}

interface Row {
  operation: string;
  document: string;
  /** Builds the variables for one call; may create what the call consumes, so every actor gets a fresh object (made for `actor` where it matters). */
  variables: (world: World, api: TestApi, actor: ActorName) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Record<ActorName, Outcome>;
}

const unique = () => randomBytes(4).toString('hex');

/** Shorthands for the common shapes of the table. */
const all = (outcome: Outcome): Record<ActorName, Outcome> => Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Record<ActorName, Outcome>;
const signedIn = (overrides: Partial<Record<ActorName, Outcome>> = {}) => ({ ...all('OK'), anonymous: 'UNAUTHENTICATED' as const, ...overrides });
const associationAdminOnly = () =>
  signedIn({ clientMember: 'FORBIDDEN', clientAdmin: 'FORBIDDEN', providerMember: 'FORBIDDEN', providerAdmin: 'FORBIDDEN', reviewer: 'FORBIDDEN', otherClient: 'FORBIDDEN', otherProvider: 'FORBIDDEN' });
const associationStaffOnly = () => ({ ...associationAdminOnly(), reviewer: 'OK' as const });
/** Client A's private parts: its admin and the association; its member is refused; other tenants see nothing. */
const clientAPrivate = (reviewer: Outcome) =>
  signedIn({ clientMember: 'FORBIDDEN', providerMember: 'NOT_FOUND', providerAdmin: 'NOT_FOUND', reviewer, otherClient: 'NOT_FOUND', otherProvider: 'NOT_FOUND' });
/** Provider P's supplier data: its users (profile: its admin) and association admins; clients and reviewers never edit suppliers. */
const providerPEditable = (providerMember: Outcome) =>
  signedIn({ clientMember: 'FORBIDDEN', clientAdmin: 'FORBIDDEN', providerMember, reviewer: 'FORBIDDEN', otherClient: 'FORBIDDEN', otherProvider: 'NOT_FOUND' });

async function freshProduct(world: World, api: TestApi): Promise<string> {
  const product = await api.db.getRepository(Product).save({ supplierId: world.providerP.id, name: `product ${unique()}`, category: ProductCategory.VIDEO_ANALYTICS_CCTV });
  return product.id;
}

async function freshInvitationToken(world: World, api: TestApi): Promise<string> {
  const token = `matrix-${unique()}-${unique()}-${unique()}`;
  await api.db.getRepository(Invitation).insert({ organisationId: world.clientA.id, email: `invitee-${unique()}@test.example`, role: UserRole.MEMBER, tokenHash: hashSecretToken(token), expiresAt: new Date(Date.now() + 3600_000) });
  return token;
}

async function freshSession(api: TestApi): Promise<string> {
  const org = await createOrganisation(api.db, OrganisationKind.CLIENT);
  const user = await createUser(api.db, org, UserRole.MEMBER);
  const result = await api.gql<{ login: { refreshToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { refreshToken } }`, { input: { email: user.email, password: TEST_PASSWORD } }, { ip: `203.0.113.${Math.floor(Math.random() * 250)}` });
  return result.data!.login.refreshToken;
}

/** An assessment of provider P requested by client A: P answers it, A and the association see it. */
const assessmentOfP = (world: World, api: TestApi) => insertAssessment(api.db, world.providerP, world.clientA);
/** Who may see an assessment of P but not change it gets FORBIDDEN; the other tenants NOT_FOUND. */
const providerPAssessment = (overrides: Partial<Record<ActorName, Outcome>>) =>
  signedIn({ clientMember: 'FORBIDDEN', clientAdmin: 'FORBIDDEN', reviewer: 'FORBIDDEN', associationAdmin: 'FORBIDDEN', otherClient: 'NOT_FOUND', otherProvider: 'NOT_FOUND', ...overrides });

/** A fresh assessment of P with an answered T1.1 and an evidence file of P (attached to the answer when `attached`). */
async function evidenceAttachment(world: World, api: TestApi, attached: boolean): Promise<Record<string, unknown>> {
  const assessment = await assessmentOfP(world, api);
  const answer = await insertAnswer(api.db, assessment, 'T1.1');
  const evidence = await api.db.getRepository(EvidenceFile).save({
    supplierId: world.providerP.id, assessmentId: assessment.id, storageKey: `00/00/${randomUUID()}`, originalName: 'matrix.pdf',
    contentType: 'application/pdf', sizeBytes: '9', sha256: '0'.repeat(64), validUntil: null, uploadedByUserId: null,
  });
  if (attached) await api.db.getRepository(AnswerEvidence).insert({ answerId: answer.id, evidenceId: evidence.id });
  return { input: { assessmentId: assessment.id, questionCode: 'T1.1', evidenceId: evidence.id } };
}

async function freshShareId(world: World, api: TestApi): Promise<string> {
  const assessment = await assessmentOfP(world, api);
  const share = await api.db.getRepository(AssessmentShare).save({ assessmentId: assessment.id, clientOrganisationId: world.clientA.id, grantedByUserId: randomUUID() });
  return share.id;
}

/** The association user among the actors, or null: who holds a claim or proposed an override in the review rows. */
const associationUserOf = (world: World, actor: ActorName) => (actor === 'reviewer' || actor === 'associationAdmin' ? world.userIds[actor] : null);

/** An assessment of P under review, claimed by `actor` (when association staff), with a score run (maturity 50, not eligible). */
async function underReview(world: World, api: TestApi, actor: ActorName): Promise<string> {
  const assessment = await insertAssessment(api.db, world.providerP, world.clientA, { status: AssessmentStatus.UNDER_REVIEW });
  const claimant = associationUserOf(world, actor);
  await api.db.getRepository(Assessment).update({ id: assessment.id }, { submissionNumber: 1, claimedByUserId: claimant, claimedAt: claimant ? new Date() : null });
  await api.db.getRepository(ScoreRun).insert({
    assessmentId: assessment.id, submissionNumber: 1, methodologyVersion: 'assay-v1', trigger: ScoreRunTrigger.SUBMISSION, inherentRisk: 50, maturity: 50, residualRisk: 30,
    tier: Tier.MEDIUM, confidence: 1, redFlags: [], themes: [], productRisks: [], questions: [], eligibility: { eligible: false, unmet: ['maturity 50 is below 70'], level: null },
  });
  return assessment.id;
}

/** A pending override on a fresh assessment under review, proposed by `proposer` (a user id). */
async function pendingOverride(world: World, api: TestApi, proposer: string): Promise<string> {
  const assessmentId = await underReview(world, api, 'anonymous');
  const run = await api.db.getRepository(ScoreRun).findOneByOrFail({ assessmentId });
  const saved = await api.db.getRepository(ScoreOverride).save({ assessmentId, scoreRunId: run.id, tier: Tier.LOW, maturity: null, justification: 'matrix override, long enough to pass', proposedByUserId: proposer });
  return saved.id;
}

/** A certificate of P (from an approved assessment requested by client A), in the given status. */
async function freshCertificate(world: World, api: TestApi, status: CertificateStatus): Promise<string> {
  const product = await api.db.getRepository(Product).findOneByOrFail({ id: await freshProduct(world, api) });
  const template = await publishTestQuestionnaire(api.db, testQuestionnaire(`matrix-${unique()}`));
  const { certificate } = await insertCertificate(api.db, {
    supplier: world.providerP, requestedBy: world.clientA, issuedByUserId: world.userIds.associationAdmin, template, products: [product],
    validUntil: new Date(Date.now() + 200 * 86_400_000), status,
  });
  return certificate.id;
}

/** A finished re-scoring of nothing, requested by the association admin. */
async function finishedRescoring(world: World, api: TestApi): Promise<string> {
  const [{ id }] = (await api.db.query(`INSERT INTO rescoring (methodology_version, requested_by_user_id, status, finished_at) VALUES ('assay-v1', $1, 'COMPLETED', now()) RETURNING id`, [
    world.userIds.associationAdmin,
  ])) as [{ id: string }];
  return id;
}

/** An APPROVED, eligible assessment of P (maturity 90, LOW, evidenced, approved by the third reviewer), ready for a certificate. */
async function certifiable(world: World, api: TestApi): Promise<string> {
  const assessment = await insertAssessment(api.db, world.providerP, world.clientA, { status: AssessmentStatus.APPROVED });
  await api.db.getRepository(Assessment).update({ id: assessment.id }, { submissionNumber: 1 });
  await api.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: await freshProduct(world, api) });
  const run = await api.db.getRepository(ScoreRun).save({
    assessmentId: assessment.id, submissionNumber: 1, methodologyVersion: 'assay-v1', trigger: ScoreRunTrigger.SUBMISSION, inherentRisk: 45, maturity: 90, residualRisk: 12.6,
    tier: Tier.LOW, confidence: 1, redFlags: [], themes: [], productRisks: [], questions: [], eligibility: { eligible: true, unmet: [], level: CertificateLevel.CERTIFIED },
  });
  await api.db.getRepository(Review).insert({ assessmentId: assessment.id, scoreRunId: run.id, submissionNumber: 1, reviewerUserId: world.thirdReviewerId, decision: ReviewDecision.APPROVE });
  return assessment.id;
}

/** A certificate of P, written straight to the database (its own assessment, so the live-per-assessment index never meets another). */
async function certificateOfP(world: World, api: TestApi): Promise<string> {
  const assessmentId = await certifiable(world, api);
  const run = await api.db.getRepository(ScoreRun).findOneByOrFail({ assessmentId });
  const issuedAt = new Date();
  const serial = certificateSerial(issuedAt, randomBytes(5));
  await api.db.getRepository(Certificate).insert({
    serial, assessmentId, scoreRunId: run.id, supplierId: world.providerP.id, products: [], level: CertificateLevel.CERTIFIED, conditions: null,
    methodologyVersion: 'assay-v1', issuedAt, validUntil: new Date(issuedAt.getTime() + 365 * 86_400_000), issuedByUserId: world.thirdReviewerId,
  });
  return serial;
}

const ROWS: Row[] = [
  // ── queries ──
  { operation: 'directory', document: `{ directory(first: 5) { nodes { id } } }`, variables: () => ({}), expected: all('OK') },
  { operation: 'supplier', document: `query ($id: ID!) { supplier(id: $id) { id products { id } } }`, variables: (w) => ({ id: w.providerP.id }), expected: all('OK') },
  { operation: 'mySupplier', document: `{ mySupplier { id } }`, variables: () => ({}), expected: signedIn({ clientMember: 'FORBIDDEN', clientAdmin: 'FORBIDDEN', reviewer: 'FORBIDDEN', associationAdmin: 'FORBIDDEN', otherClient: 'FORBIDDEN' }) },
  { operation: 'jurisdictionRisks', document: `{ jurisdictionRisks { country } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'jurisdictionRisk', document: `{ jurisdictionRisk(country: "FR") { level } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'me', document: `{ me { id } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'organisation', document: `query ($id: ID!) { organisation(id: $id) { id } }`, variables: (w) => ({ id: w.clientA.id }), expected: signedIn({ providerMember: 'NOT_FOUND', providerAdmin: 'NOT_FOUND', otherClient: 'NOT_FOUND', otherProvider: 'NOT_FOUND' }) },
  { operation: 'organisations', document: `{ organisations { id } }`, variables: () => ({}), expected: associationStaffOnly() },
  { operation: 'organisationUsers', document: `query ($id: ID!) { organisationUsers(organisationId: $id) { id } }`, variables: (w) => ({ id: w.clientA.id }), expected: clientAPrivate('OK') },
  { operation: 'pendingInvitations', document: `query ($id: ID!) { pendingInvitations(organisationId: $id) { id } }`, variables: (w) => ({ id: w.clientA.id }), expected: clientAPrivate('FORBIDDEN') },
  { operation: 'workingGroups', document: `{ workingGroups { id } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'workingGroup', document: `query ($id: ID!) { workingGroup(id: $id) { id } }`, variables: (w) => ({ id: w.workingGroup.id }), expected: signedIn({ providerMember: 'NOT_FOUND', providerAdmin: 'NOT_FOUND', otherClient: 'NOT_FOUND', otherProvider: 'NOT_FOUND' }) },
  // ── mutations: sessions ──
  {
    operation: 'login',
    document: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
    variables: async (_w, api) => {
      const user = await createUser(api.db, await createOrganisation(api.db, OrganisationKind.CLIENT), UserRole.MEMBER);
      return { input: { email: user.email, password: TEST_PASSWORD } };
    },
    expected: all('OK'),
  },
  { operation: 'refreshSession', document: `mutation ($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken } }`, variables: async (_w, api) => ({ t: await freshSession(api) }), expected: all('OK') },
  { operation: 'logout', document: `mutation ($t: String!) { logout(input: { refreshToken: $t }) }`, variables: async (_w, api) => ({ t: await freshSession(api) }), expected: all('OK') },
  {
    operation: 'signUpProvider',
    document: `mutation ($input: SignUpProviderInput!) { signUpProvider(input: $input) { accessToken } }`,
    variables: () => ({ input: { legalName: `Signed Up ${unique()}`, country: 'FR', adminEmail: `founder-${unique()}@test.example`, adminDisplayName: 'Founder', password: 'a long enough password' } }),
    expected: all('OK'),
  },
  { operation: 'acceptInvitation', document: `mutation ($t: String!) { acceptInvitation(input: { token: $t, displayName: "New", password: "a long enough password" }) { accessToken } }`, variables: async (w, api) => ({ t: await freshInvitationToken(w, api) }), expected: all('OK') },
  { operation: 'inviteUser', document: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }`, variables: (w) => ({ input: { organisationId: w.clientA.id, email: `invitee-${unique()}@test.example`, role: 'MEMBER' } }), expected: clientAPrivate('FORBIDDEN') },
  // ── mutations: organisations ──
  { operation: 'createOrganisation', document: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`, variables: () => ({ input: { kind: 'CLIENT', legalName: `New Client ${unique()}`, country: 'GB', adminEmail: `admin-${unique()}@test.example` } }), expected: associationAdminOnly() },
  { operation: 'updateOrganisation', document: `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, variables: (w) => ({ input: { id: w.clientA.id, website: `https://a-${unique()}.example` } }), expected: clientAPrivate('FORBIDDEN') },
  {
    operation: 'verifyOrganisation',
    document: `mutation ($id: ID!) { verifyOrganisation(id: $id) { id } }`,
    variables: async (_w, api) => ({ id: (await createOrganisation(api.db, OrganisationKind.PROVIDER, { status: OrganisationStatus.PENDING_VERIFICATION })).id }),
    expected: associationAdminOnly(),
  },
  // ── mutations: suppliers and products ──
  { operation: 'updateSupplierProfile', document: `mutation ($input: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $input) { id } }`, variables: (w) => ({ input: { supplierId: w.providerP.id, description: `profile ${unique()}` } }), expected: providerPEditable('FORBIDDEN') },
  { operation: 'setSupplierMembershipStatus', document: `mutation ($id: ID!) { setSupplierMembershipStatus(supplierId: $id, status: MEMBER) { id } }`, variables: (w) => ({ id: w.providerP.id }), expected: associationAdminOnly() },
  { operation: 'createProduct', document: `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`, variables: (w) => ({ input: { supplierId: w.providerP.id, name: `product ${unique()}`, category: 'BODY_WORN_CAMERAS' } }), expected: providerPEditable('OK') },
  { operation: 'updateProduct', document: `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id } }`, variables: async (w, api) => ({ input: { id: await freshProduct(w, api), description: 'updated' } }), expected: providerPEditable('OK') },
  { operation: 'deleteProduct', document: `mutation ($id: ID!) { deleteProduct(id: $id) }`, variables: async (w, api) => ({ id: await freshProduct(w, api) }), expected: providerPEditable('OK') },
  // ── mutations: jurisdiction risk ──
  { operation: 'setJurisdictionRisk', document: `mutation { setJurisdictionRisk(input: { country: "PE", level: HIGH, rationale: "matrix" }) { level } }`, variables: () => ({}), expected: associationAdminOnly() },
  { operation: 'clearJurisdictionRisk', document: `mutation { clearJurisdictionRisk(country: "PE") { level } }`, variables: () => ({}), expected: associationAdminOnly() },
  // ── mutations: working groups ──
  { operation: 'createWorkingGroup', document: `mutation ($name: String!) { createWorkingGroup(input: { name: $name }) { id } }`, variables: () => ({ name: `Group ${unique()}` }), expected: associationAdminOnly() },
  { operation: 'updateWorkingGroup', document: `mutation ($id: ID!, $d: String) { updateWorkingGroup(input: { id: $id, description: $d }) { id } }`, variables: (w) => ({ id: w.workingGroup.id, d: unique() }), expected: associationAdminOnly() },
  {
    operation: 'addWorkingGroupMember',
    document: `mutation ($g: ID!, $o: ID!) { addWorkingGroupMember(workingGroupId: $g, organisationId: $o) { id } }`,
    variables: async (w, api) => ({ g: w.workingGroup.id, o: (await createOrganisation(api.db, OrganisationKind.CLIENT)).id }),
    expected: associationAdminOnly(),
  },
  {
    operation: 'removeWorkingGroupMember',
    document: `mutation ($g: ID!, $o: ID!) { removeWorkingGroupMember(workingGroupId: $g, organisationId: $o) { id } }`,
    variables: async (w, api) => {
      const org = await createOrganisation(api.db, OrganisationKind.CLIENT);
      await api.db.getRepository(WorkingGroupMember).insert({ workingGroupId: w.workingGroup.id, organisationId: org.id });
      return { g: w.workingGroup.id, o: org.id };
    },
    expected: associationAdminOnly(),
  },
  {
    operation: 'watchSupplier',
    document: `mutation ($g: ID!, $s: ID!) { watchSupplier(workingGroupId: $g, supplierId: $s) { id } }`,
    variables: async (w, api) => ({ g: w.workingGroup.id, s: (await createOrganisation(api.db, OrganisationKind.PROVIDER)).id }),
    expected: associationAdminOnly(),
  },
  {
    operation: 'unwatchSupplier',
    document: `mutation ($g: ID!, $s: ID!) { unwatchSupplier(workingGroupId: $g, supplierId: $s) { id } }`,
    variables: async (w, api) => {
      const org = await createOrganisation(api.db, OrganisationKind.PROVIDER);
      await api.db.getRepository(WorkingGroupWatch).insert({ workingGroupId: w.workingGroup.id, supplierId: org.id });
      return { g: w.workingGroup.id, s: org.id };
    },
    expected: associationAdminOnly(),
  },
  // ── evidence and sharing ──
  { operation: 'evidenceUploadLimits', document: `{ evidenceUploadLimits { maxBytes } }`, variables: () => ({}), expected: all('OK') },
  { operation: 'evidenceFiles', document: `query ($id: ID!) { evidenceFiles(assessmentId: $id) { id } }`, variables: async (w, api) => ({ id: (await assessmentOfP(w, api)).id }), expected: signedIn({ otherClient: 'NOT_FOUND', otherProvider: 'NOT_FOUND' }) },
  { operation: 'attachEvidence', document: `mutation ($input: EvidenceAttachmentInput!) { attachEvidence(input: $input) { id } }`, variables: (w, api) => evidenceAttachment(w, api, false), expected: providerPAssessment({}) },
  { operation: 'detachEvidence', document: `mutation ($input: EvidenceAttachmentInput!) { detachEvidence(input: $input) { id } }`, variables: (w, api) => evidenceAttachment(w, api, true), expected: providerPAssessment({}) },
  { operation: 'assessmentShares', document: `query ($id: ID!) { assessmentShares(assessmentId: $id) { id } }`, variables: async (w, api) => ({ id: (await assessmentOfP(w, api)).id }), expected: providerPAssessment({ reviewer: 'OK', associationAdmin: 'OK' }) },
  {
    operation: 'shareAssessment',
    document: `mutation ($input: ShareAssessmentInput!) { shareAssessment(input: $input) { id } }`,
    variables: async (w, api) => ({ input: { assessmentId: (await assessmentOfP(w, api)).id, workingGroupId: w.workingGroup.id } }),
    expected: providerPAssessment({ providerMember: 'FORBIDDEN' }),
  },
  { operation: 'withdrawAssessmentShare', document: `mutation ($id: ID!) { withdrawAssessmentShare(shareId: $id) { id } }`, variables: async (w, api) => ({ id: await freshShareId(w, api) }), expected: providerPAssessment({ providerMember: 'FORBIDDEN' }) },
  // ── questionnaire templates (each call gets its own version, so a status move never meets an earlier one) ──
  { operation: 'questionnaireTemplates', document: `{ questionnaireTemplates { id } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'questionnaireTemplate', document: `query ($id: ID!) { questionnaireTemplate(id: $id) { id } }`, variables: async (_w, api) => ({ id: (await insertTemplate(api.db, TemplateStatus.PUBLISHED)).id }), expected: signedIn() },
  { operation: 'exportQuestionnaire', document: `query ($id: ID!) { exportQuestionnaire(id: $id, format: YAML) }`, variables: async (_w, api) => ({ id: (await insertTemplate(api.db, TemplateStatus.PUBLISHED)).id }), expected: associationStaffOnly() },
  { operation: 'importQuestionnaire', document: `mutation ($c: String!) { importQuestionnaire(input: { content: $c, format: JSON }) { id } }`, variables: () => ({ c: JSON.stringify(sampleQuestionnaire()) }), expected: associationAdminOnly() },
  { operation: 'createDraftFromTemplate', document: `mutation ($id: ID!) { createDraftFromTemplate(templateId: $id) { id } }`, variables: async (_w, api) => ({ id: (await insertTemplate(api.db, TemplateStatus.PUBLISHED)).id }), expected: associationAdminOnly() },
  {
    operation: 'replaceDraftDefinition',
    document: `mutation ($id: ID!, $c: String!) { replaceDraftDefinition(input: { templateId: $id, content: $c, format: JSON }) { id } }`,
    variables: async (_w, api) => {
      const draft = await insertTemplate(api.db, TemplateStatus.DRAFT);
      return { id: draft.id, c: JSON.stringify(sampleQuestionnaire(draft.key)) };
    },
    expected: associationAdminOnly(),
  },
  { operation: 'publishTemplate', document: `mutation ($id: ID!) { publishTemplate(templateId: $id) { id } }`, variables: async (_w, api) => ({ id: (await insertTemplate(api.db, TemplateStatus.DRAFT)).id }), expected: associationAdminOnly() },
  { operation: 'retireTemplate', document: `mutation ($id: ID!) { retireTemplate(templateId: $id) { id } }`, variables: async (_w, api) => ({ id: (await insertTemplate(api.db, TemplateStatus.PUBLISHED)).id }), expected: associationAdminOnly() },
  { operation: 'deleteDraft', document: `mutation ($id: ID!) { deleteDraft(templateId: $id) }`, variables: async (_w, api) => ({ id: (await insertTemplate(api.db, TemplateStatus.DRAFT)).id }), expected: associationAdminOnly() },
  // ── assessments, answers, submission ──
  { operation: 'assessments', document: `{ assessments(first: 5) { nodes { id } } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'assessment', document: `query ($id: ID!) { assessment(id: $id) { id progress { answered } } }`, variables: async (w, api) => ({ id: (await assessmentOfP(w, api)).id }), expected: signedIn({ otherClient: 'NOT_FOUND', otherProvider: 'NOT_FOUND' }) },
  {
    operation: 'requestAssessment',
    document: `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id } }`,
    variables: async (w, api) => ({
      input: { supplierId: w.providerP.id, productIds: [await freshProduct(w, api)], dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), templateId: (await insertTemplate(api.db, TemplateStatus.PUBLISHED)).id },
    }),
    // Any client or association staff; of a provider, only the supplier's own admin.
    expected: signedIn({ providerMember: 'FORBIDDEN', otherProvider: 'NOT_FOUND' }),
  },
  {
    operation: 'saveAnswers',
    document: `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { id version } }`,
    variables: async (w, api) => ({ input: { assessmentId: (await assessmentOfP(w, api)).id, answers: [{ questionCode: 'T2.2', value: '1', expectedVersion: 0 }] } }),
    expected: providerPAssessment({}),
  },
  {
    operation: 'submitAssessment',
    document: `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { id status } }`,
    variables: async (w, api) => {
      // Every required question of the test questionnaire that applies to an empty scope with T1.1 = false.
      const assessment = await assessmentOfP(w, api);
      for (const [code, value] of [['T1.1', false], ['T1.3', 'ANNUAL'], ['T2.1', ['A']], ['T2.2', 1]] as const) await insertAnswer(api.db, assessment, code, value as never);
      return { id: assessment.id };
    },
    expected: providerPAssessment({}),
  },
  {
    operation: 'retryScoring',
    document: `mutation ($id: ID!) { retryScoring(assessmentId: $id) { id status } }`,
    variables: async (w, api) => ({ id: (await insertAssessment(api.db, w.providerP, w.clientA, { status: AssessmentStatus.SCORING_FAILED })).id }),
    expected: associationStaffOnly(),
  },
  // ── reviews: association staff; decisions by the claimant (each call claimed by its caller) ──
  { operation: 'reviewQueue', document: `{ reviewQueue(first: 5) { nodes { assessment { id } tier } } }`, variables: () => ({}), expected: associationStaffOnly() },
  {
    operation: 'claimAssessmentReview',
    document: `mutation ($id: ID!) { claimAssessmentReview(assessmentId: $id) { id status } }`,
    variables: async (w, api) => ({ id: (await insertAssessment(api.db, w.providerP, w.clientA, { status: AssessmentStatus.SCORED })).id }),
    expected: associationStaffOnly(),
  },
  { operation: 'releaseAssessmentReview', document: `mutation ($id: ID!) { releaseAssessmentReview(assessmentId: $id) { id status } }`, variables: async (w, api, actor) => ({ id: await underReview(w, api, actor) }), expected: associationStaffOnly() },
  { operation: 'approveAssessment', document: `mutation ($id: ID!) { approveAssessment(input: { assessmentId: $id }) { id status } }`, variables: async (w, api, actor) => ({ id: await underReview(w, api, actor) }), expected: associationStaffOnly() },
  { operation: 'rejectAssessment', document: `mutation ($id: ID!) { rejectAssessment(input: { assessmentId: $id, comment: "matrix" }) { id status } }`, variables: async (w, api, actor) => ({ id: await underReview(w, api, actor) }), expected: associationStaffOnly() },
  {
    operation: 'requestAssessmentChanges',
    document: `mutation ($id: ID!) { requestAssessmentChanges(input: { assessmentId: $id, comment: "matrix", questionComments: [{ questionCode: "T1.1", comment: "why" }] }) { id status } }`,
    variables: async (w, api, actor) => ({ id: await underReview(w, api, actor) }),
    expected: associationStaffOnly(),
  },
  {
    operation: 'proposeScoreOverride',
    document: `mutation ($id: ID!) { proposeScoreOverride(input: { assessmentId: $id, tier: LOW, justification: "matrix override, long enough to pass" }) { id status } }`,
    variables: async (w, api, actor) => ({ id: await underReview(w, api, actor) }),
    expected: associationStaffOnly(),
  },
  { operation: 'confirmScoreOverride', document: `mutation ($id: ID!) { confirmScoreOverride(overrideId: $id) { id status } }`, variables: async (w, api) => ({ id: await pendingOverride(w, api, w.thirdReviewerId) }), expected: associationStaffOnly() },
  {
    operation: 'withdrawScoreOverride',
    document: `mutation ($id: ID!) { withdrawScoreOverride(overrideId: $id) { id status } }`,
    variables: async (w, api, actor) => ({ id: await pendingOverride(w, api, associationUserOf(w, actor) ?? w.thirdReviewerId) }),
    expected: associationStaffOnly(),
  },
  // ── re-scoring: association admins start one, staff follow it (each admin call first finishes the previous one: one runs at a time) ──
  {
    operation: 'rescoreAssessments',
    document: `mutation { rescoreAssessments(input: { methodologyVersion: "assay-v1" }) { id status total } }`,
    variables: async (_w, api) => {
      await api.db.query(`UPDATE rescoring SET status = 'COMPLETED', finished_at = now() WHERE status = 'RUNNING'`);
      return {};
    },
    expected: associationAdminOnly(),
  },
  { operation: 'rescoring', document: `query ($id: ID!) { rescoring(id: $id) { id total failures { assessmentId } } }`, variables: async (w, api) => ({ id: await finishedRescoring(w, api) }), expected: associationStaffOnly() },
  { operation: 'rescorings', document: `{ rescorings(first: 5) { nodes { id done failed pending } } }`, variables: () => ({}), expected: associationStaffOnly() },
  { operation: 'auditTrail', document: `query ($id: String!) { auditTrail(entityType: "assessment", entityId: $id) { nodes { action } } }`, variables: async (w, api) => ({ id: (await assessmentOfP(w, api)).id }), expected: associationAdminOnly() },
  // ── certificates after issue: association admins only ──
  { operation: 'suspendCertificate', document: `mutation ($id: ID!) { suspendCertificate(input: { certificateId: $id, reason: "matrix" }) { status } }`, variables: async (w, api) => ({ id: await freshCertificate(w, api, CertificateStatus.VALID) }), expected: associationAdminOnly() },
  { operation: 'reinstateCertificate', document: `mutation ($id: ID!) { reinstateCertificate(input: { certificateId: $id, reason: "matrix" }) { status } }`, variables: async (w, api) => ({ id: await freshCertificate(w, api, CertificateStatus.SUSPENDED) }), expected: associationAdminOnly() },
  { operation: 'revokeCertificate', document: `mutation ($id: ID!) { revokeCertificate(input: { certificateId: $id, reason: "matrix" }) { status } }`, variables: async (w, api) => ({ id: await freshCertificate(w, api, CertificateStatus.VALID) }), expected: associationAdminOnly() },
  // ── certificates: staff issue; the record is for staff, the supplier and clients; the list is public ──
  { operation: 'issueCertificate', document: `mutation ($id: ID!) { issueCertificate(input: { assessmentId: $id }) { serial } }`, variables: async (w, api) => ({ id: await certifiable(w, api) }), expected: associationStaffOnly() },
  { operation: 'certificate', document: `query ($serial: String!) { certificate(serial: $serial) { serial } }`, variables: async (w, api) => ({ serial: await certificateOfP(w, api) }), expected: signedIn({ otherProvider: 'NOT_FOUND' }) },
  { operation: 'certifiedProviders', document: `{ certifiedProviders(first: 5) { nodes { certificate { serial } } } }`, variables: () => ({}), expected: all('OK') },
  // ── notifications: everyone signed in reads and marks their own ──
  { operation: 'notifications', document: `{ notifications(first: 5) { nodes { id } } }`, variables: () => ({}), expected: signedIn() },
  { operation: 'unreadNotificationCount', document: `{ unreadNotificationCount }`, variables: () => ({}), expected: signedIn() },
  { operation: 'markNotificationsRead', document: `mutation { markNotificationsRead }`, variables: () => ({}), expected: signedIn() },
];

describe('who sees and does what (SPEC §5)', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start();
    const association = await createOrganisation(api.db, OrganisationKind.ASSOCIATION);
    const clientA = await createOrganisation(api.db, OrganisationKind.CLIENT);
    const clientB = await createOrganisation(api.db, OrganisationKind.CLIENT);
    const providerP = await createOrganisation(api.db, OrganisationKind.PROVIDER);
    const providerQ = await createOrganisation(api.db, OrganisationKind.PROVIDER);
    const workingGroup = await api.db.getRepository(WorkingGroup).save({ name: `Matrix group ${unique()}` });
    await api.db.getRepository(WorkingGroupMember).insert({ workingGroupId: workingGroup.id, organisationId: clientA.id });
    await api.db.getRepository(WorkingGroupWatch).insert({ workingGroupId: workingGroup.id, supplierId: providerP.id });
    const userIds: Partial<World['userIds']> = {};
    const signInAs = async (name: Exclude<ActorName, 'anonymous'>, org: Organisation, role: UserRole) => {
      const user = await createUser(api.db, org, role);
      userIds[name] = user.id;
      return signIn(api, user.email);
    };
    world = {
      association,
      clientA,
      providerP,
      workingGroup,
      tokens: {
        clientMember: await signInAs('clientMember', clientA, UserRole.MEMBER),
        clientAdmin: await signInAs('clientAdmin', clientA, UserRole.ADMIN),
        providerMember: await signInAs('providerMember', providerP, UserRole.MEMBER),
        providerAdmin: await signInAs('providerAdmin', providerP, UserRole.ADMIN),
        reviewer: await signInAs('reviewer', association, UserRole.REVIEWER),
        associationAdmin: await signInAs('associationAdmin', association, UserRole.ADMIN),
        otherClient: await signInAs('otherClient', clientB, UserRole.ADMIN),
        otherProvider: await signInAs('otherProvider', providerQ, UserRole.ADMIN),
      },
      userIds: userIds as World['userIds'],
      thirdReviewerId: (await createUser(api.db, association, UserRole.REVIEWER)).id,
    };
  });
  afterAll(() => api.close());

  it('lists every query and mutation of the schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(ROWS.map((row) => row.operation).sort()).toEqual(operations);
  });

  it.each(ROWS.map((row) => [row.operation, row] as const))('%s', async (_name, row) => {
    const observed: Partial<Record<ActorName, string>> = {};
    let counter = 0;
    for (const actor of ACTORS) {
      counter += 1;
      const variables = await row.variables(world, api, actor);
      const result = await api.gql(row.document, variables, { token: actor === 'anonymous' ? undefined : world.tokens[actor], ip: `198.51.100.${counter}` });
      observed[actor] = result.errors ? (errorCode(result) ?? 'NO_CODE') : 'OK';
      if (result.errors && !['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(errorCode(result) ?? '')) {
        observed[actor] += ` (${result.errors[0].message})`;
      }
    }
    expect(observed).toEqual(row.expected);
  });
});
