import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { In, type EntityManager } from 'typeorm';
import {
  Answer,
  AnswerEvidence,
  Assessment,
  AssessmentProduct,
  Certificate,
  DEFAULT_QUESTIONNAIRE_KEY,
  EvidenceFile,
  NotificationKind,
  Product,
  RequesterKind,
  Review,
  ReviewDecision,
  ScoreRunTrigger,
  User,
  addToOutbox,
  explainedQuestions,
  insertScoreRuns,
  latestPublishedTemplate,
  notifyCertificateWatchers,
  notifyOrganisations,
  recordAudit,
} from '@assay/database';
import {
  AssessmentStatus,
  CertificateLevel,
  LATEST_METHODOLOGY,
  SERIAL_RANDOM_BYTES,
  certificateSerial,
  certificateValidUntil,
} from '@assay/domain';
import { QueueName, certificateRenderJobKey } from '@assay/queue';
import { LocalDiskEvidenceStorage } from '../apps/api/src/modules/evidence/local-disk-evidence-storage.js';
import { newEvidenceKey } from '../apps/api/src/modules/evidence/evidence-storage.js';
import { ScoringInputLoader } from '../apps/worker/src/scoring/scoring-input.loader.js';
import { favourableAnswers } from './demo-answers.js';
import { DEMO_CERTIFIED_ASSESSMENT as DEMO } from './demo-data.js';

/** A small but genuine PDF: the supplier's policy, attached as evidence to every answer that expects some. */
const POLICY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    '% Sentinel Vision Systems Ltd - Human-rights policy 2026 (demo evidence)\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * The certified story (DEMO_CERTIFIED_ASSESSMENT): an assessment answered favourably with evidence, scored by
 * the real methodology, approved, and certified, each step written as the live services write it (rows, audit
 * events, notifications), and the certificate's render job left in the outbox for the worker. Skipped when the
 * supplier already has an assessment from that requester for that product; returns whether it wrote anything.
 */
export async function seedCertifiedAssessment(manager: EntityManager, organisationIds: Map<string, string>, evidenceDir: string): Promise<boolean> {
  const supplierId = organisationIds.get(DEMO.supplier)!;
  const requestedByOrganisationId = organisationIds.get(DEMO.requestedBy)!;
  const products = await manager.find(Product, { where: { supplierId, name: In(DEMO.products) }, order: { name: 'ASC' } });
  const [existing] = (await manager.query(
    `SELECT a.id FROM assessment a JOIN assessment_product ap ON ap.assessment_id = a.id
      WHERE a.supplier_id = $1 AND a.requested_by_organisation_id = $2 AND ap.product_id = $3 LIMIT 1`,
    [supplierId, requestedByOrganisationId, products[0]!.id],
  )) as { id: string }[];
  if (existing) return false;

  const template = (await latestPublishedTemplate(manager, DEFAULT_QUESTIONNAIRE_KEY))!;
  const respondent = await manager.findOneOrFail(User, { where: { organisationId: supplierId }, order: { createdAt: 'ASC' } });
  const reviewer = await manager.findOneByOrFail(User, { email: DEMO.reviewerEmail });
  const issuer = await manager.findOneByOrFail(User, { email: DEMO.issuerEmail });
  const submittedAt = new Date(Date.now() - 20 * 86_400_000);
  const assessment = await manager.save(
    manager.create(Assessment, {
      supplierId,
      templateId: template.id,
      status: AssessmentStatus.APPROVED,
      requesterKind: RequesterKind.CLIENT,
      requestedByOrganisationId,
      dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
      submissionNumber: 1,
      submittedAt,
    }),
  );
  await manager.insert(AssessmentProduct, products.map((product) => ({ assessmentId: assessment.id, productId: product.id })));
  await recordAudit(manager, { action: 'assessment.requested', entityType: 'assessment', entityId: assessment.id, organisationId: supplierId, data: { seeded: true } });

  // Answers, and the policy as evidence wherever the questionnaire expects some.
  const scope = {
    categories: [...new Set(products.map((p) => p.category))],
    capabilities: [...new Set(products.flatMap((p) => p.capabilities))],
    contexts: [...new Set(products.flatMap((p) => p.deploymentContexts))],
  };
  const answers = [...favourableAnswers(template.definition, scope)];
  const { identifiers } = await manager.insert(
    Answer,
    answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value, answeredByUserId: respondent.id, answeredAt: submittedAt })) as object[],
  );
  const storageKey = newEvidenceKey();
  await new LocalDiskEvidenceStorage(evidenceDir).put(storageKey, Readable.from([POLICY_PDF]));
  const evidence = await manager.save(
    manager.create(EvidenceFile, {
      supplierId,
      assessmentId: assessment.id,
      storageKey,
      originalName: DEMO.evidenceName,
      contentType: 'application/pdf',
      sizeBytes: String(POLICY_PDF.length),
      sha256: createHash('sha256').update(POLICY_PDF).digest('hex'),
      validUntil: null,
      uploadedByUserId: respondent.id,
    }),
  );
  const expectsEvidence = new Set(template.definition.themes.flatMap((theme) => theme.questions.filter((q) => q.evidenceExpected).map((q) => q.code)));
  const evidenced = answers.flatMap(([questionCode], index) => (expectsEvidence.has(questionCode) ? [identifiers[index]!.id as string] : []));
  if (evidenced.length) await manager.insert(AnswerEvidence, evidenced.map((answerId) => ({ answerId, evidenceId: evidence.id })));

  // Scored by the methodology the worker runs, on the inputs it reads.
  const loader = new ScoringInputLoader();
  const input = await loader.load(manager, (await loader.target(manager, assessment.id))!);
  const result = LATEST_METHODOLOGY.score(input);
  if (!result.eligibility.eligible || !result.eligibility.level) throw new Error(`the demo's certified assessment is not eligible: ${result.eligibility.unmet.join('; ')}`);
  const runIds = await insertScoreRuns(manager, [
    {
      assessmentId: assessment.id,
      submissionNumber: 1,
      trigger: ScoreRunTrigger.SUBMISSION,
      result,
      questions: explainedQuestions(result, input),
      scoredAt: new Date(submittedAt.getTime() + 60_000),
    },
  ]);
  const scoreRunId = runIds.get(assessment.id)!;
  await recordAudit(manager, {
    action: 'assessment.scored',
    entityType: 'assessment',
    entityId: assessment.id,
    organisationId: supplierId,
    data: { seeded: true, submissionNumber: 1, scoreRunId, tier: result.tier },
  });

  const level = result.eligibility.level as CertificateLevel;
  const conditions = level === CertificateLevel.CERTIFIED_WITH_CONDITIONS ? 'Repeat the bias testing of the analytics models every year and publish a summary.' : null;
  const review = await manager.save(
    manager.create(Review, {
      assessmentId: assessment.id,
      scoreRunId,
      submissionNumber: 1,
      reviewerUserId: reviewer.id,
      decision: ReviewDecision.APPROVE,
      comment: DEMO.approvalComment,
      conditions,
      decidedAt: new Date(submittedAt.getTime() + 7 * 86_400_000),
    }),
  );
  await recordAudit(manager, {
    action: 'assessment.approved',
    entityType: 'assessment',
    entityId: assessment.id,
    actorUserId: reviewer.id,
    organisationId: supplierId,
    data: { seeded: true, reviewId: review.id, scoreRunId },
  });
  await notifyOrganisations(manager, [supplierId, requestedByOrganisationId], NotificationKind.ASSESSMENT_APPROVED, { assessmentId: assessment.id, supplierId, reviewId: review.id });

  // Issued as issueCertificate issues it: the row, the render job in the outbox, the audit event, the watchers told.
  const issuedAt = new Date();
  const certificate = await manager.save(
    manager.create(Certificate, {
      serial: certificateSerial(issuedAt, randomBytes(SERIAL_RANDOM_BYTES)),
      assessmentId: assessment.id,
      scoreRunId,
      supplierId,
      products: products.map(({ id, name, category }) => ({ id, name, category })),
      level,
      conditions,
      methodologyVersion: result.methodologyVersion,
      issuedAt,
      validUntil: certificateValidUntil(issuedAt),
      issuedByUserId: issuer.id,
    }),
  );
  await addToOutbox(manager, { queue: QueueName.CERTIFICATES, jobName: 'render-certificate', jobKey: certificateRenderJobKey(certificate.id), payload: { certificateId: certificate.id } });
  await recordAudit(manager, {
    action: 'certificate.issued',
    entityType: 'certificate',
    entityId: certificate.id,
    actorUserId: issuer.id,
    organisationId: supplierId,
    data: { seeded: true, serial: certificate.serial, assessmentId: assessment.id, scoreRunId, level },
  });
  await notifyCertificateWatchers(manager, certificate, NotificationKind.CERTIFICATE_ISSUED, {
    certificateId: certificate.id,
    serial: certificate.serial,
    assessmentId: assessment.id,
    supplierId,
    level,
    validUntil: certificate.validUntil.toISOString(),
  });
  return true;
}
