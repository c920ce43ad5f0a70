/**
 * The world the fuzzer attacks: two tenants of every kind, each with real objects in the states the mutations act
 * on, so a fuzzed id is often another tenant's real object. Written straight to the database (as the access
 * matrix does), then the personas sign in through the api.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  AnswerEvidence,
  Assessment,
  AssessmentProduct,
  AssessmentShare,
  EvidenceFile,
  Invitation,
  Notification,
  NotificationKind,
  Product,
  Review,
  ReviewDecision,
  ScoreOverride,
  ScoreRun,
  ScoreRunTrigger,
  TemplateStatus,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
  type Organisation,
} from '@assay/database';
import { AssessmentStatus, CertificateLevel, CertificateStatus, OrganisationKind, ProductCategory, Tier, UserRole } from '@assay/domain';
import { createOrganisation, createUser, insertCertificate, insertTemplate, publishTestQuestionnaire, sampleQuestionnaire, testQuestionnaire, type TestApi } from '@assay/testing';
import { hashSecretToken } from '../../../apps/api/src/modules/auth/secret-tokens.js';
import { insertAnswer, insertAssessment } from '../../e2e/support/assessment-rows.js';
import { signIn } from '../../e2e/support/sessions.js';
import type { IdPools, StringHints } from './mutation-arbitraries.js';

export const PERSONAS = ['anonymous', 'providerMember', 'providerAdmin', 'clientMember', 'clientAdmin', 'reviewer', 'associationAdmin'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface FuzzWorld {
  tokens: Record<Persona, string | undefined>;
  pools: IdPools;
  hints: StringHints;
}

const unique = () => randomBytes(4).toString('hex');

/** One provider's objects, requested by one client (and its working group). */
interface TenantPair {
  provider: Organisation;
  client: Organisation;
  workingGroup: WorkingGroup;
  /** An association reviewer: claims reviews, proposes overrides, approves. */
  reviewerId: string;
  issuerId: string;
}

async function scoreRun(api: TestApi, assessmentId: string, maturity: number): Promise<ScoreRun> {
  const eligible = maturity >= 70;
  return api.db.getRepository(ScoreRun).save({
    assessmentId, submissionNumber: 1, methodologyVersion: 'assay-v1', trigger: ScoreRunTrigger.SUBMISSION, inherentRisk: 45, maturity,
    residualRisk: 45 * (1 - (0.8 * maturity) / 100), tier: eligible ? Tier.LOW : Tier.MEDIUM, confidence: 1, redFlags: [], themes: [], productRisks: [], questions: [],
    eligibility: eligible ? { eligible: true, unmet: [], level: CertificateLevel.CERTIFIED } : { eligible: false, unmet: ['maturity below 70'], level: null },
  });
}

/** Objects in every state a mutation of the schema acts on, for one provider; answers the ids by kind. */
async function seedTenant(api: TestApi, pair: TenantPair): Promise<Partial<Record<string, string[]>> & { serials: string[] }> {
  const { provider, client, workingGroup } = pair;
  const repo = <T extends object>(entity: new () => T) => api.db.getRepository(entity);
  const products = await repo(Product).save([
    { supplierId: provider.id, name: `Camera ${unique()}`, category: ProductCategory.VIDEO_ANALYTICS_CCTV },
    { supplierId: provider.id, name: `Face ${unique()}`, category: ProductCategory.FACIAL_RECOGNITION, capabilities: [] },
  ]);
  const withScope = async (status: AssessmentStatus, overrides: Partial<Assessment> = {}) => {
    const assessment = await insertAssessment(api.db, provider, client, { status, workingGroupId: overrides.workingGroupId ?? null });
    await repo(AssessmentProduct).insert({ assessmentId: assessment.id, productId: products[0]!.id });
    if (Object.keys(overrides).length > 0) await repo(Assessment).update({ id: assessment.id }, overrides);
    return assessment;
  };

  const inProgress = await withScope(AssessmentStatus.IN_PROGRESS, { workingGroupId: workingGroup.id });
  const answer = await insertAnswer(api.db, inProgress, 'T1.1');
  const evidence = await repo(EvidenceFile).save(
    [0, 1].map((n) => ({
      supplierId: provider.id, assessmentId: inProgress.id, storageKey: `00/00/${randomUUID()}`, originalName: `fuzz-${n}.pdf`,
      contentType: 'application/pdf', sizeBytes: '9', sha256: '0'.repeat(64), validUntil: null, uploadedByUserId: null,
    })),
  );
  await repo(AnswerEvidence).insert({ answerId: answer.id, evidenceId: evidence[0]!.id });

  // Every required question of the test questionnaire answered: submitAssessment can succeed.
  const complete = await withScope(AssessmentStatus.IN_PROGRESS);
  for (const [code, value] of [['T1.1', false], ['T1.3', 'ANNUAL'], ['T2.1', ['A']], ['T2.2', 1]] as const) await insertAnswer(api.db, complete, code, value as never);

  const scored = await withScope(AssessmentStatus.SCORED, { submissionNumber: 1 });
  await scoreRun(api, scored.id, 50);

  const underReview = await withScope(AssessmentStatus.UNDER_REVIEW, { submissionNumber: 1, claimedByUserId: pair.reviewerId, claimedAt: new Date() });
  const run = await scoreRun(api, underReview.id, 85);
  const override = await repo(ScoreOverride).save({
    assessmentId: underReview.id, scoreRunId: run.id, tier: Tier.LOW, maturity: null, justification: 'fuzz override, long enough to pass', proposedByUserId: pair.issuerId,
  });

  const approved = await withScope(AssessmentStatus.APPROVED, { submissionNumber: 1 });
  const approvedRun = await scoreRun(api, approved.id, 90);
  await repo(Review).insert({ assessmentId: approved.id, scoreRunId: approvedRun.id, submissionNumber: 1, reviewerUserId: pair.reviewerId, decision: ReviewDecision.APPROVE });

  const failed = await withScope(AssessmentStatus.SCORING_FAILED, { submissionNumber: 1 });
  const changesRequested = await withScope(AssessmentStatus.CHANGES_REQUESTED, { submissionNumber: 1 });

  const share = await repo(AssessmentShare).save({ assessmentId: inProgress.id, workingGroupId: workingGroup.id, grantedByUserId: pair.issuerId });

  const template = await publishTestQuestionnaire(api.db, testQuestionnaire(`fuzz-cert-${unique()}`));
  const certificates = await Promise.all(
    [CertificateStatus.VALID, CertificateStatus.SUSPENDED].map((status) =>
      insertCertificate(api.db, {
        supplier: provider, requestedBy: client, issuedByUserId: pair.issuerId, template, products: [products[1]!],
        validUntil: new Date(Date.now() + 200 * 86_400_000), status,
      }),
    ),
  );

  return {
    assessment: [inProgress, complete, scored, underReview, approved, failed, changesRequested].map((a) => a.id),
    product: products.map((p) => p.id),
    evidence: evidence.map((e) => e.id),
    override: [override.id],
    share: [share.id],
    certificate: certificates.map((c) => c.certificate.id),
    serials: certificates.map((c) => c.certificate.serial),
  };
}

export async function seedFuzzWorld(api: TestApi): Promise<FuzzWorld> {
  const association = await createOrganisation(api.db, OrganisationKind.ASSOCIATION);
  const [clientA, clientB] = [await createOrganisation(api.db, OrganisationKind.CLIENT), await createOrganisation(api.db, OrganisationKind.CLIENT)];
  const [providerP, providerQ] = [await createOrganisation(api.db, OrganisationKind.PROVIDER), await createOrganisation(api.db, OrganisationKind.PROVIDER)];
  const groups = await api.db.getRepository(WorkingGroup).save([{ name: `Fuzz group A ${unique()}` }, { name: `Fuzz group B ${unique()}` }]);
  await api.db.getRepository(WorkingGroupMember).insert([
    { workingGroupId: groups[0]!.id, organisationId: clientA.id },
    { workingGroupId: groups[1]!.id, organisationId: clientB.id },
  ]);
  await api.db.getRepository(WorkingGroupWatch).insert([
    { workingGroupId: groups[0]!.id, supplierId: providerP.id },
    { workingGroupId: groups[1]!.id, supplierId: providerQ.id },
  ]);

  const users = {
    providerMember: await createUser(api.db, providerP, UserRole.MEMBER),
    providerAdmin: await createUser(api.db, providerP, UserRole.ADMIN),
    clientMember: await createUser(api.db, clientA, UserRole.MEMBER),
    clientAdmin: await createUser(api.db, clientA, UserRole.ADMIN),
    reviewer: await createUser(api.db, association, UserRole.REVIEWER),
    associationAdmin: await createUser(api.db, association, UserRole.ADMIN),
  };
  const otherUsers = [await createUser(api.db, providerQ, UserRole.ADMIN), await createUser(api.db, clientB, UserRole.ADMIN)];
  const issuerId = (await createUser(api.db, association, UserRole.REVIEWER)).id;

  // Ours (P for client A, reviewed by our reviewer) and theirs (Q for client B, reviewed by someone else).
  const ours = await seedTenant(api, { provider: providerP, client: clientA, workingGroup: groups[0]!, reviewerId: users.reviewer.id, issuerId });
  const theirs = await seedTenant(api, { provider: providerQ, client: clientB, workingGroup: groups[1]!, reviewerId: issuerId, issuerId });

  const templates = await Promise.all(
    [TemplateStatus.DRAFT, TemplateStatus.DRAFT, TemplateStatus.PUBLISHED, TemplateStatus.RETIRED].map((status) => insertTemplate(api.db, status)),
  );
  const invitationToken = `fuzz-${unique()}-${unique()}-${unique()}`;
  await api.db.getRepository(Invitation).insert({
    organisationId: clientA.id, email: `invitee-${unique()}@test.example`, role: UserRole.MEMBER, tokenHash: hashSecretToken(invitationToken), expiresAt: new Date(Date.now() + 3600_000),
  });
  const notifications = await api.db.getRepository(Notification).save(
    [users.providerAdmin, users.clientAdmin, ...otherUsers].map((user) => ({ userId: user.id, kind: NotificationKind.ASSESSMENT_REQUESTED, data: { fuzz: true } })),
  );

  const tokens = { anonymous: undefined } as Record<Persona, string | undefined>;
  for (const [persona, user] of Object.entries(users)) tokens[persona as Persona] = await signIn(api, user.email);

  const merge = (kind: string) => [...(ours[kind] ?? []), ...(theirs[kind] ?? [])];
  return {
    tokens,
    pools: {
      // Order matters where one kind's name contains another's: `clientOrganisationId` is a client first.
      assessment: merge('assessment'),
      product: merge('product'),
      evidence: merge('evidence'),
      override: merge('override'),
      share: merge('share'),
      certificate: merge('certificate'),
      template: templates.map((t) => t.id),
      workingGroup: groups.map((g) => g.id),
      supplier: [providerP.id, providerQ.id],
      clientOrganisation: [clientA.id, clientB.id],
      organisation: [association.id, clientA.id, clientB.id, providerP.id, providerQ.id],
      notification: notifications.map((n) => n.id),
    },
    hints: {
      questionnaires: [
        JSON.stringify(sampleQuestionnaire()),
        JSON.stringify(sampleQuestionnaire(templates[0]!.key)),
        // NUL and a lone surrogate as JSON escapes: well-formed text until the document is parsed.
        JSON.stringify({ ...sampleQuestionnaire(), title: { en: 'nul \u0000', fr: 'lone \uD800', es: 'ok' } }),
      ],
      tokens: [invitationToken],
      serials: [...ours.serials, ...theirs.serials],
      emails: [...Object.values(users), ...otherUsers].map((user) => user.email),
    },
  };
}
