import { Algorithm, hash } from '@node-rs/argon2';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  Answer,
  Assessment,
  AssessmentProduct,
  DEFAULT_QUESTIONNAIRE_KEY,
  JurisdictionRisk,
  NotificationKind,
  RequesterKind,
  addToOutbox,
  latestPublishedTemplate,
  notifyOrganisations,
  notifyOrganisationsAndAssociation,
  Organisation,
  Product,
  SupplierProfile,
  User,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
  ensureDefaultQuestionnairePublished,
  recordAudit,
} from '@assay/database';
import { AssessmentStatus, OrganisationStatus } from '@assay/domain';
import { QueueName, scoringJobKey } from '@assay/queue';
import { loadConfig } from '@assay/config';
import { favourableAnswers } from './demo-answers.js';
import {
  DEMO_ASSESSMENTS,
  DEMO_JURISDICTION_RISKS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_WORKING_GROUP,
  type DemoAssessment,
  type DemoOrganisation,
} from './demo-data.js';
import { seedCertifiedAssessment } from './seed-demo-certificate.js';

/**
 * Writes the demo story; idempotent: what exists (matched by legal name, email, product name, group name)
 * is left as it is, so running it twice changes nothing. Everything it adds is on the audit chain.
 * `evidenceDir`: where the certified assessment's evidence file is stored (the api's EVIDENCE_DIR by default).
 */
export async function seedDemo(db: DataSource, options: { evidenceDir?: string } = {}): Promise<{ created: number }> {
  const evidenceDir = options.evidenceDir ?? loadConfig().EVIDENCE_DIR;
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: Algorithm.Argon2id });
  return db.transaction(async (manager) => {
    let created = 0;
    const audit = (action: string, entityType: string, entityId: string, organisationId: string | null, data: Record<string, unknown> = {}) => {
      created += 1;
      return recordAudit(manager, { action, entityType, entityId, organisationId, data: { ...data, seeded: true } });
    };

    const organisationIds = new Map<string, string>();
    for (const demo of DEMO_ORGANISATIONS) {
      const organisation = await upsertOrganisation(manager, demo, audit);
      organisationIds.set(demo.key, organisation.id);
      for (const user of demo.users) {
        if (await manager.exists(User, { where: { email: user.email } })) continue;
        const saved = await manager.save(manager.create(User, { ...user, organisationId: organisation.id, passwordHash }));
        await audit('user.created', 'user', saved.id, organisation.id, { email: user.email, role: user.role });
      }
    }

    for (const risk of DEMO_JURISDICTION_RISKS) {
      if (await manager.exists(JurisdictionRisk, { where: { country: risk.country } })) continue;
      await manager.insert(JurisdictionRisk, risk);
      await audit('jurisdiction-risk.set', 'jurisdiction-risk', risk.country, null, { level: risk.level });
    }

    let group = await manager.findOne(WorkingGroup, { where: { name: DEMO_WORKING_GROUP.name } });
    if (!group) {
      group = await manager.save(manager.create(WorkingGroup, { name: DEMO_WORKING_GROUP.name, description: DEMO_WORKING_GROUP.description }));
      await audit('working-group.created', 'working-group', group.id, null, { name: group.name });
    }
    for (const key of DEMO_WORKING_GROUP.members) {
      const organisationId = organisationIds.get(key)!;
      if (await manager.exists(WorkingGroupMember, { where: { workingGroupId: group.id, organisationId } })) continue;
      await manager.insert(WorkingGroupMember, { workingGroupId: group.id, organisationId });
      await audit('working-group.member-added', 'working-group', group.id, organisationId);
    }
    for (const key of DEMO_WORKING_GROUP.watchList) {
      const supplierId = organisationIds.get(key)!;
      if (await manager.exists(WorkingGroupWatch, { where: { workingGroupId: group.id, supplierId } })) continue;
      await manager.insert(WorkingGroupWatch, { workingGroupId: group.id, supplierId });
      await audit('working-group.supplier-watched', 'working-group', group.id, supplierId);
    }

    // The questionnaire that ships with the product, as published version 1 (recorded on the chain by the helper).
    if ((await ensureDefaultQuestionnairePublished(manager)).created) created += 1;
    for (const demo of DEMO_ASSESSMENTS) {
      if (await seedAssessment(manager, demo, organisationIds, group.id)) created += 1;
    }
    if (await seedCertifiedAssessment(manager, organisationIds, evidenceDir)) created += 1;
    return { created };
  });
}

async function upsertOrganisation(
  manager: EntityManager,
  demo: DemoOrganisation,
  audit: (action: string, entityType: string, entityId: string, organisationId: string | null, data?: Record<string, unknown>) => Promise<void>,
): Promise<Organisation> {
  let organisation = await manager.findOne(Organisation, { where: { legalName: demo.legalName } });
  if (!organisation) {
    organisation = await manager.save(
      manager.create(Organisation, {
        kind: demo.kind,
        status: demo.status ?? OrganisationStatus.ACTIVE,
        legalName: demo.legalName,
        country: demo.country,
        website: demo.website,
        registrationNumber: demo.registrationNumber,
      }),
    );
    await audit('organisation.created', 'organisation', organisation.id, organisation.id, { kind: demo.kind, legalName: demo.legalName });
  }
  if (!demo.supplier) return organisation;
  const { products, ...profile } = demo.supplier;
  if (!(await manager.exists(SupplierProfile, { where: { organisationId: organisation.id } }))) {
    await manager.insert(SupplierProfile, { ...profile, organisationId: organisation.id, headquartersCountry: demo.country });
    await audit('supplier-profile.updated', 'supplier', organisation.id, organisation.id);
  }
  for (const product of products) {
    if (await manager.exists(Product, { where: { supplierId: organisation.id, name: product.name } })) continue;
    const saved = await manager.save(manager.create(Product, { ...product, supplierId: organisation.id }));
    await audit('product.created', 'product', saved.id, organisation.id, { name: product.name, category: product.category });
  }
  return organisation;
}

/**
 * One demo assessment with its scope and answers (favourable ones, the first `answered` share of what
 * applies); a submitted one also gets its scoring job in the outbox, as submitAssessment would write it.
 * Skipped when the supplier already has an assessment from that requester for that first product.
 */
async function seedAssessment(manager: EntityManager, demo: DemoAssessment, organisationIds: Map<string, string>, workingGroupId: string): Promise<boolean> {
  const supplierId = organisationIds.get(demo.supplier)!;
  const requestedByOrganisationId = organisationIds.get(demo.requestedBy)!;
  const products = await manager.find(Product, { where: { supplierId, name: In(demo.products) } });
  const [existing] = (await manager.query(
    `SELECT a.id FROM assessment a JOIN assessment_product ap ON ap.assessment_id = a.id
      WHERE a.supplier_id = $1 AND a.requested_by_organisation_id = $2 AND ap.product_id = $3 LIMIT 1`,
    [supplierId, requestedByOrganisationId, products[0].id],
  )) as { id: string }[];
  if (existing) return false;

  const template = (await latestPublishedTemplate(manager, DEFAULT_QUESTIONNAIRE_KEY))!;
  const scope = {
    categories: [...new Set(products.map((p) => p.category))],
    capabilities: [...new Set(products.flatMap((p) => p.capabilities))],
    contexts: [...new Set(products.flatMap((p) => p.deploymentContexts))],
  };
  const favourable = [...favourableAnswers(template.definition, scope)];
  const answers = favourable.slice(0, Math.round(favourable.length * demo.answered));
  const status = demo.submitted ? AssessmentStatus.SUBMITTED : answers.length ? AssessmentStatus.IN_PROGRESS : AssessmentStatus.REQUESTED;
  const requesterKind = demo.workingGroup
    ? RequesterKind.WORKING_GROUP
    : demo.requestedBy === demo.supplier
      ? RequesterKind.PROVIDER
      : demo.requestedBy === 'association'
        ? RequesterKind.ASSOCIATION
        : RequesterKind.CLIENT;
  const respondent = await manager.findOneOrFail(User, { where: { organisationId: supplierId }, order: { createdAt: 'ASC' } });
  const assessment = await manager.save(
    manager.create(Assessment, {
      supplierId,
      templateId: template.id,
      status,
      requesterKind,
      requestedByOrganisationId,
      workingGroupId: demo.workingGroup ? workingGroupId : null,
      dueDate: new Date(Date.now() + demo.dueInDays * 86_400_000).toISOString().slice(0, 10),
      submissionNumber: demo.submitted ? 1 : 0,
      submittedAt: demo.submitted ? new Date() : null,
    }),
  );
  await manager.insert(AssessmentProduct, products.map((product) => ({ assessmentId: assessment.id, productId: product.id })));
  if (answers.length) {
    await manager.insert(
      Answer,
      answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value, answeredByUserId: respondent.id, answeredAt: new Date() })) as object[],
    );
  }
  await recordAudit(manager, {
    action: 'assessment.requested',
    entityType: 'assessment',
    entityId: assessment.id,
    organisationId: supplierId,
    data: { seeded: true, requesterKind, status, answers: answers.length },
  });
  // The same data as the live notifications (assessments.service.ts, submission.service.ts).
  const [supplier, requester] = await Promise.all([
    manager.findOneByOrFail(Organisation, { id: supplierId }),
    manager.findOneByOrFail(Organisation, { id: requestedByOrganisationId }),
  ]);
  await notifyOrganisations(manager, [supplierId], NotificationKind.ASSESSMENT_REQUESTED, {
    assessmentId: assessment.id,
    supplierId,
    supplierName: supplier.legalName,
    requestedByOrganisationId,
    requestedByName: requester.legalName,
    requesterKind,
    dueDate: assessment.dueDate,
  });
  if (demo.submitted) {
    await addToOutbox(manager, {
      queue: QueueName.SCORING,
      jobName: 'score-assessment',
      jobKey: scoringJobKey(assessment.id, 1),
      payload: { assessmentId: assessment.id, submissionNumber: 1 },
    });
    await notifyOrganisationsAndAssociation(manager, [requestedByOrganisationId], NotificationKind.ASSESSMENT_SUBMITTED, {
      assessmentId: assessment.id,
      supplierId,
      supplierName: supplier.legalName,
      submissionNumber: 1,
    });
  }
  return true;
}
