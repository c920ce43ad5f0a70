import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  Answer,
  Assessment,
  AssessmentProduct,
  AuditEvent,
  Certificate,
  Notification,
  NotificationKind,
  Product,
  TemplateStatus,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
  createDataSource,
  verifyAuditChain,
  type Organisation,
  type QuestionnaireTemplate,
  type User,
} from '@assay/database';
import { AssessmentStatus, CertificateStatus, OrganisationKind, ProductCategory, QuestionType, UserRole, daysAfter, type AnswerValue } from '@assay/domain';
import { createMigratedDatabase, createOrganisation, createUser, dropDatabase, insertCertificate, insertTemplate, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';
import { CertificateLifecycleService } from '../../apps/worker/src/certificate-lifecycle/certificate-lifecycle.service.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NOW = new Date('2031-03-10T08:00:00.000Z');
const HOUR = 3_600_000;
const unique = () => randomBytes(4).toString('hex');

/** Version 2 of the test questionnaire: T3.2 is gone, T1.3 lost its NEVER option, T4.1 is new. */
function secondVersion(key: string) {
  const definition = testQuestionnaire(key);
  const [t1, t2, t3] = definition.themes;
  t1!.questions = t1!.questions.map((question) => (question.code === 'T1.3' ? { ...question, options: question.options!.filter((option) => option.value !== 'NEVER') } : question));
  t3!.questions = t3!.questions.filter((question) => question.code !== 'T3.2');
  const t4 = { code: 'T4', title: t2!.title, questions: [{ ...t2!.questions[1]!, code: 'T4.1', type: QuestionType.SCALE_0_4 }] };
  return { ...definition, themes: [t1!, t2!, t3!, t4] };
}

const CERTIFIED_ANSWERS: Record<string, AnswerValue> = { 'T1.1': true, 'T1.2': 'Board-approved policy', 'T1.3': 'NEVER', 'T2.1': ['A', 'B'], 'T2.2': 3, 'T3.2': 'kept 30 days' };

describe('certificate lifecycle job (expiry, reminders, reassessment)', () => {
  let url: string;
  let db: DataSource;
  let service: CertificateLifecycleService;
  let issuer: User;
  let template: QuestionnaireTemplate;
  let newest: QuestionnaireTemplate;

  /** A supplier with two users and two products, a client that requested its certified assessment, and a working group watching it. */
  interface World {
    supplier: Organisation;
    supplierUsers: User[];
    products: Product[];
    requester: Organisation;
    requesterUser: User;
    watcherUser: User;
  }

  beforeAll(async () => {
    Logger.overrideLogger(false);
    // A database of its own: the job sweeps every certificate, so no other test's rows may be in it.
    url = await createMigratedDatabase('assay_cert_lifecycle');
    db = createDataSource(url, { poolSize: 8 });
    await db.initialize();
    service = new CertificateLifecycleService(db);
    const association = await createOrganisation(db, OrganisationKind.ASSOCIATION);
    issuer = await createUser(db, association, UserRole.ADMIN);
    const key = `lifecycle-${unique()}`;
    template = await publishTestQuestionnaire(db, testQuestionnaire(key));
    newest = await publishTestQuestionnaire(db, secondVersion(key));
  }, 30_000);

  afterAll(async () => {
    await db?.destroy();
    if (url) await dropDatabase(url);
  });

  // Each test starts from no certificate, so the counts the job returns are this test's alone.
  beforeEach(() => db.query('UPDATE certificate SET reassessment_id = NULL; DELETE FROM certificate'));

  async function world(): Promise<World> {
    const supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
    const requester = await createOrganisation(db, OrganisationKind.CLIENT);
    const watcher = await createOrganisation(db, OrganisationKind.CLIENT);
    const group = await db.getRepository(WorkingGroup).save({ name: `Watchers ${unique()}` });
    await db.getRepository(WorkingGroupMember).insert({ workingGroupId: group.id, organisationId: watcher.id });
    await db.getRepository(WorkingGroupWatch).insert({ workingGroupId: group.id, supplierId: supplier.id });
    const products = await db.getRepository(Product).save(
      [1, 2].map((n) => ({ supplierId: supplier.id, name: `Camera ${n} ${unique()}`, category: ProductCategory.VIDEO_ANALYTICS_CCTV })),
    );
    return {
      supplier,
      supplierUsers: [await createUser(db, supplier, UserRole.ADMIN), await createUser(db, supplier, UserRole.MEMBER)],
      products,
      requester,
      requesterUser: await createUser(db, requester, UserRole.ADMIN),
      watcherUser: await createUser(db, watcher, UserRole.MEMBER),
    };
  }

  const certify = (w: World, validUntil: Date, overrides: { status?: CertificateStatus; template?: QuestionnaireTemplate } = {}) =>
    insertCertificate(db, {
      supplier: w.supplier,
      requestedBy: w.requester,
      issuedByUserId: issuer.id,
      template: overrides.template ?? template,
      products: w.products,
      validUntil,
      status: overrides.status,
      answers: CERTIFIED_ANSWERS,
    });

  const notificationsOf = (user: User, kind: NotificationKind, certificateId: string) =>
    db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId AND n.kind = :kind AND n.data @> :data', { userId: user.id, kind, data: { certificateId } }).getMany();
  const auditOf = (entityId: string) => db.getRepository(AuditEvent).find({ where: { entityId }, order: { id: 'ASC' } });
  const statusOf = async (id: string) => (await db.getRepository(Certificate).findOneByOrFail({ id })).status;

  describe('expiry', () => {
    it('marks VALID and SUSPENDED certificates EXPIRED once their date comes, once, and tells their watchers once', async () => {
      const w = await world();
      const { certificate: due } = await certify(w, new Date(NOW.getTime() - HOUR));
      const { certificate: suspended } = await certify(w, daysAfter(NOW, -3), { status: CertificateStatus.SUSPENDED });
      const { certificate: revoked } = await certify(w, daysAfter(NOW, -3), { status: CertificateStatus.REVOKED });
      const { certificate: later } = await certify(w, new Date(NOW.getTime() + HOUR));

      expect((await service.run(NOW)).expired).toBe(2);
      expect((await service.run(NOW)).expired).toBe(0);

      expect(await statusOf(due.id)).toBe(CertificateStatus.EXPIRED);
      expect(await statusOf(suspended.id)).toBe(CertificateStatus.EXPIRED);
      expect(await statusOf(revoked.id)).toBe(CertificateStatus.REVOKED);
      expect(await statusOf(later.id)).toBe(CertificateStatus.VALID);
      expect(await db.getRepository(Certificate).findOneByOrFail({ id: due.id })).toMatchObject({ statusChangedAt: NOW, statusChangedByUserId: null });

      for (const user of [...w.supplierUsers, w.requesterUser, w.watcherUser]) {
        expect(await notificationsOf(user, NotificationKind.CERTIFICATE_EXPIRED, due.id)).toHaveLength(1);
        expect(await notificationsOf(user, NotificationKind.CERTIFICATE_EXPIRED, suspended.id)).toHaveLength(1);
        expect(await notificationsOf(user, NotificationKind.CERTIFICATE_EXPIRED, revoked.id)).toHaveLength(0);
      }
      const events = await auditOf(suspended.id);
      expect(events.map((event) => [event.action, event.data])).toEqual([
        ['certificate.expired', { serial: suspended.serial, fromStatus: 'SUSPENDED', toStatus: 'EXPIRED', validUntil: daysAfter(NOW, -3).toISOString() }],
      ]);
      expect(await verifyAuditChain(db.manager)).toMatchObject({ intact: true });
    });

    it('two runs at once expire each certificate once', async () => {
      const w = await world();
      const certificates = await Promise.all(Array.from({ length: 8 }, (_, n) => certify(w, new Date(NOW.getTime() - (n + 1) * HOUR))));
      const [first, second] = await Promise.all([service.run(NOW), service.run(NOW)]);
      expect(first.expired + second.expired).toBe(8);
      for (const { certificate } of certificates) {
        expect(await auditOf(certificate.id)).toHaveLength(1);
        expect(await notificationsOf(w.supplierUsers[0]!, NotificationKind.CERTIFICATE_EXPIRED, certificate.id)).toHaveLength(1);
      }
    });
  });

  describe('reminders', () => {
    it('sends the 60-day reminder, then the 30-day one, each once even when the job runs twice', async () => {
      const w = await world();
      const validUntil = daysAfter(NOW, 60);
      const { certificate } = await certify(w, validUntil);

      expect(await service.run(daysAfter(NOW, -1))).toMatchObject({ reminded60: 0, reminded30: 0 });
      expect(await service.run(NOW)).toMatchObject({ reminded60: 1, reminded30: 0 });
      expect(await service.run(NOW)).toMatchObject({ reminded60: 0, reminded30: 0 });
      expect(await service.run(daysAfter(NOW, 10))).toMatchObject({ reminded60: 0, reminded30: 0 });
      const thirtyBefore = daysAfter(NOW, 30);
      expect(await service.run(thirtyBefore)).toMatchObject({ reminded60: 0, reminded30: 1 });
      expect(await service.run(thirtyBefore)).toMatchObject({ reminded60: 0, reminded30: 0 });

      expect(await db.getRepository(Certificate).findOneByOrFail({ id: certificate.id })).toMatchObject({ reminder60SentAt: NOW, reminder30SentAt: thirtyBefore, status: CertificateStatus.VALID });
      for (const user of [...w.supplierUsers, w.requesterUser, w.watcherUser]) {
        const reminders = await notificationsOf(user, NotificationKind.CERTIFICATE_EXPIRING, certificate.id);
        expect(reminders.map((n) => n.data.daysBefore).sort()).toEqual([30, 60]);
        expect(reminders[0]!.data).toMatchObject({ serial: certificate.serial, supplierId: w.supplier.id, validUntil: validUntil.toISOString() });
      }
    });

    it('a certificate first seen 20 days before expiry gets the 30-day reminder only', async () => {
      const w = await world();
      const { certificate } = await certify(w, daysAfter(NOW, 20));
      expect(await service.run(NOW)).toMatchObject({ reminded60: 0, reminded30: 1 });
      const reminders = await notificationsOf(w.supplierUsers[0]!, NotificationKind.CERTIFICATE_EXPIRING, certificate.id);
      expect(reminders.map((n) => n.data.daysBefore)).toEqual([30]);
    });

    it('a suspended certificate is not reminded', async () => {
      const w = await world();
      await certify(w, daysAfter(NOW, 45), { status: CertificateStatus.SUSPENDED });
      expect(await service.run(NOW)).toMatchObject({ reminded60: 0, reminded30: 0 });
    });

    it('two runs at once send each reminder once', async () => {
      const w = await world();
      const certificates = await Promise.all(Array.from({ length: 12 }, (_, n) => certify(w, new Date(daysAfter(NOW, 59).getTime() - n * HOUR))));
      const [first, second] = await Promise.all([service.sendReminders(60, NOW), service.sendReminders(60, NOW)]);
      expect(first + second).toBe(12);
      for (const { certificate } of certificates) {
        for (const user of [w.supplierUsers[0]!, w.watcherUser]) {
          expect(await notificationsOf(user, NotificationKind.CERTIFICATE_EXPIRING, certificate.id)).toHaveLength(1);
        }
      }
    });
  });

  describe('reassessment', () => {
    it('opens one assessment of the same scope on the newest questionnaire, with the answers that still fit, once', async () => {
      const w = await world();
      const validUntil = new Date('2031-05-01T10:30:00.000Z'); // 52 days after NOW
      const { certificate, assessment: certified } = await certify(w, validUntil);
      const { certificate: notYet } = await certify(w, daysAfter(NOW, 61));

      expect(await service.run(NOW)).toMatchObject({ reassessmentsOpened: 1, reassessmentsDeferred: 0 });
      expect(await service.run(NOW)).toMatchObject({ reassessmentsOpened: 0 });

      const row = await db.getRepository(Certificate).findOneByOrFail({ id: certificate.id });
      expect(row.reassessmentId).toEqual(expect.any(String));
      expect((await db.getRepository(Certificate).findOneByOrFail({ id: notYet.id })).reassessmentId).toBeNull();
      const reassessment = await db.getRepository(Assessment).findOneByOrFail({ id: row.reassessmentId! });
      expect(reassessment).toMatchObject({
        supplierId: w.supplier.id,
        templateId: newest.id,
        status: AssessmentStatus.REQUESTED,
        requesterKind: certified.requesterKind,
        requestedByOrganisationId: w.requester.id,
        requestedByUserId: null,
        workingGroupId: null,
        dueDate: '2031-05-01',
        submissionNumber: 0,
      });
      const scope = await db.getRepository(AssessmentProduct).findBy({ assessmentId: reassessment.id });
      expect(scope.map((p) => p.productId).sort()).toEqual(w.products.map((p) => p.id).sort());

      const answers = await db.getRepository(Answer).find({ where: { assessmentId: reassessment.id }, order: { questionCode: 'ASC' } });
      // T1.3 lost its NEVER option and T3.2 is gone: those stay behind.
      expect(answers.map((a) => [a.questionCode, a.value])).toEqual([
        ['T1.1', true],
        ['T1.2', 'Board-approved policy'],
        ['T2.1', ['A', 'B']],
        ['T2.2', 3],
      ]);
      expect(answers.every((a) => a.answeredByUserId === null && a.version === 1 && a.comment === `about ${a.questionCode}`)).toBe(true);

      for (const user of w.supplierUsers) {
        const [opened, ...more] = await notificationsOf(user, NotificationKind.REASSESSMENT_OPENED, certificate.id);
        expect(more).toEqual([]);
        expect(opened?.data).toMatchObject({ reassessmentId: reassessment.id, dueDate: '2031-05-01', carriedOverAnswers: 4, serial: certificate.serial });
      }
      expect(await notificationsOf(w.requesterUser, NotificationKind.REASSESSMENT_OPENED, certificate.id)).toHaveLength(0);

      expect((await auditOf(reassessment.id)).map((e) => [e.action, e.data.droppedAnswers, e.data.reassessmentOf])).toEqual([
        ['assessment.requested', ['T1.3', 'T3.2'], { certificateId: certificate.id, serial: certificate.serial, assessmentId: certified.id }],
      ]);
      expect((await auditOf(certificate.id)).map((e) => e.action)).toEqual(['certificate.reassessment_opened']);
      expect(await verifyAuditChain(db.manager)).toMatchObject({ intact: true });
    });

    it('two runs at once open one reassessment per certificate', async () => {
      const w = await world();
      const certificates = await Promise.all(Array.from({ length: 6 }, (_, n) => certify(w, new Date(daysAfter(NOW, 40).getTime() + n * HOUR))));
      const [first, second] = await Promise.all([service.run(NOW), service.run(NOW)]);
      expect(first.reassessmentsOpened + second.reassessmentsOpened).toBe(6);
      const opened = await db.query('SELECT count(*)::int AS n FROM assessment WHERE supplier_id = $1 AND status = $2', [w.supplier.id, AssessmentStatus.REQUESTED]);
      expect(opened).toEqual([{ n: 6 }]);
      const linked = await db.getRepository(Certificate).findBy(certificates.map(({ certificate }) => ({ id: certificate.id })));
      expect(new Set(linked.map((c) => c.reassessmentId)).size).toBe(6);
    });

    it('waits, without blocking the others, while the questionnaire has no published version, and opens once one is published', async () => {
      const w = await world();
      const key = `retired-${unique()}`;
      const retired = await insertTemplate(db, TemplateStatus.RETIRED, testQuestionnaire(key), 1);
      const { certificate: stuck } = await certify(w, daysAfter(NOW, 30), { template: retired });
      const { certificate: fine } = await certify(w, daysAfter(NOW, 31));

      expect(await service.run(NOW)).toMatchObject({ reassessmentsOpened: 1, reassessmentsDeferred: 1 });
      expect((await db.getRepository(Certificate).findOneByOrFail({ id: stuck.id })).reassessmentId).toBeNull();
      expect((await db.getRepository(Certificate).findOneByOrFail({ id: fine.id })).reassessmentId).not.toBeNull();

      const published = await publishTestQuestionnaire(db, testQuestionnaire(key));
      expect(await service.run(NOW)).toMatchObject({ reassessmentsOpened: 1, reassessmentsDeferred: 0 });
      const row = await db.getRepository(Certificate).findOneByOrFail({ id: stuck.id });
      expect((await db.getRepository(Assessment).findOneByOrFail({ id: row.reassessmentId! })).templateId).toBe(published.id);
    });

    it('opens none for a suspended certificate, nor for one already expired', async () => {
      const w = await world();
      await certify(w, daysAfter(NOW, 30), { status: CertificateStatus.SUSPENDED });
      await certify(w, new Date(NOW.getTime() - HOUR));
      expect(await service.run(NOW)).toMatchObject({ expired: 1, reassessmentsOpened: 0 });
    });
  });

  it('leaves an audit chain that `npm run audit:verify` finds intact', async () => {
    const { status, output } = await new Promise<{ status: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', './scripts/register.mjs', 'scripts/audit-verify.ts'],
        { cwd: root, env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '' }, timeout: 30_000 },
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
      );
    });
    const [{ events }] = (await db.query(`SELECT count(*)::int AS events FROM audit_event WHERE entity_type = 'certificate'`)) as [{ events: number }];
    expect(events).toBeGreaterThan(20);
    expect({ status, output: output.trim() }).toEqual({ status: 0, output: expect.stringMatching(/^audit chain intact: \d+ events$/) });
  });
});
