import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  Answer,
  Assessment,
  AssessmentProduct,
  Certificate,
  RequesterKind,
  ScoreRun,
  ScoreRunTrigger,
  type Organisation,
  type Product,
  type QuestionnaireTemplate,
} from '@assay/database';
import { AssessmentStatus, CertificateLevel, CertificateStatus, Tier, type AnswerValue } from '@assay/domain';

export interface CertificateFixture {
  supplier: Organisation;
  requestedBy: Organisation;
  /** An association user: who issued it. */
  issuedByUserId: string;
  template: QuestionnaireTemplate;
  products: Product[];
  validUntil: Date;
  status?: CertificateStatus;
  workingGroupId?: string | null;
  /** The certified assessment's answers, by question code. */
  answers?: Record<string, AnswerValue>;
}

/**
 * A certificate as the issuing service leaves it, written straight to the database: an APPROVED assessment of
 * the products (with its answers and an eligible score run) and a certificate row issued a year before
 * `validUntil`. For tests of what happens to certificates after issue.
 */
export async function insertCertificate(db: DataSource, fixture: CertificateFixture): Promise<{ assessment: Assessment; certificate: Certificate }> {
  return db.transaction(async (manager) => {
    const requesterKind =
      fixture.requestedBy.id === fixture.supplier.id ? RequesterKind.PROVIDER : fixture.workingGroupId ? RequesterKind.WORKING_GROUP : RequesterKind.CLIENT;
    const assessment = await manager.save(
      manager.create(Assessment, {
        supplierId: fixture.supplier.id,
        templateId: fixture.template.id,
        requesterKind,
        requestedByOrganisationId: fixture.requestedBy.id,
        workingGroupId: fixture.workingGroupId ?? null,
        dueDate: '2031-01-31',
        status: AssessmentStatus.APPROVED,
        submissionNumber: 1,
        submittedAt: new Date(),
      }),
    );
    await manager.insert(AssessmentProduct, fixture.products.map((product) => ({ assessmentId: assessment.id, productId: product.id })));
    const answers = Object.entries(fixture.answers ?? {});
    if (answers.length > 0) {
      await manager.insert(
        Answer,
        answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value, comment: `about ${questionCode}`, answeredAt: new Date(), version: 2 })),
      );
    }
    const run = await manager.save(
      manager.create(ScoreRun, {
        assessmentId: assessment.id,
        submissionNumber: 1,
        methodologyVersion: 'assay-v1',
        trigger: ScoreRunTrigger.SUBMISSION,
        inherentRisk: 50,
        maturity: 85,
        residualRisk: 16,
        tier: Tier.LOW,
        confidence: 1,
        redFlags: [],
        themes: [],
        productRisks: [],
        questions: [],
        eligibility: { eligible: true, unmet: [], level: CertificateLevel.CERTIFIED },
      }),
    );
    const certificate = await manager.save(
      manager.create(Certificate, {
        serial: `ASSAY-TEST-${randomBytes(5).toString('hex').toUpperCase()}`,
        assessmentId: assessment.id,
        scoreRunId: run.id,
        supplierId: fixture.supplier.id,
        products: fixture.products.map((product) => ({ id: product.id, name: product.name, category: product.category })),
        level: CertificateLevel.CERTIFIED,
        conditions: null,
        methodologyVersion: 'assay-v1',
        issuedAt: new Date(fixture.validUntil.getTime() - 365 * 86_400_000),
        validUntil: fixture.validUntil,
        issuedByUserId: fixture.issuedByUserId,
        status: fixture.status ?? CertificateStatus.VALID,
        statusReason: fixture.status === CertificateStatus.SUSPENDED || fixture.status === CertificateStatus.REVOKED ? 'set by the test' : null,
      }),
    );
    return { assessment, certificate };
  });
}
