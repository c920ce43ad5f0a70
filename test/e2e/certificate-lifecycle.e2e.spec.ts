import { AssessmentShare, Certificate, Notification, NotificationKind, WorkingGroup, WorkingGroupMember, WorkingGroupWatch, verifyAuditChain } from '@assay/database';
import { AssessmentStatus, CertificateStatus, OrganisationKind, UserRole, type AnswerValue } from '@assay/domain';
import { TestApi, errorCode, insertCertificate, type GraphqlResult } from '@assay/testing';
import { CertificateLifecycleService } from '../../apps/worker/src/certificate-lifecycle/certificate-lifecycle.service.js';
import { ANSWER_FIELDS, SAVE, SUBMIT, fieldsOf, providerWithProducts, publishFreshQuestionnaire, unique, type AnswerData, type Provider } from './support/assessment-requests.js';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const FIELDS = 'id serial status statusReason statusChangedAt level validUntil rendered supplier { id }';
const SUSPEND = `mutation ($input: CertificateStatusChangeInput!) { suspendCertificate(input: $input) { ${FIELDS} } }`;
const REINSTATE = `mutation ($input: CertificateStatusChangeInput!) { reinstateCertificate(input: $input) { ${FIELDS} } }`;
const REVOKE = `mutation ($input: CertificateStatusChangeInput!) { revokeCertificate(input: $input) { ${FIELDS} } }`;
const AUDIT = `query ($id: String!) { auditTrail(entityType: "certificate", entityId: $id) { nodes { action actor { id } organisationId data } } }`;

/** What the status mutations answer: the whole updated Certificate (a few of its fields here). */
interface Change {
  id: string;
  serial: string;
  status: string;
  statusReason: string;
  statusChangedAt: string;
  level: string;
  validUntil: string;
  rendered: boolean;
  supplier: { id: string };
}

describe('certificate lifecycle: suspend, reinstate, revoke (SPEC §4)', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let reviewer: SignedInUser;
  let provider: Provider;
  let requester: SignedInUser;
  /** A client in a working group whose watch-list holds the provider. */
  let watcher: SignedInUser;
  /** A client with a live share of one of the provider's assessments. */
  let sharedWith: SignedInUser;
  /** A client whose share was withdrawn: it no longer follows the provider. */
  let formerlySharedWith: SignedInUser;
  let stranger: SignedInUser;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, admin.organisation, UserRole.REVIEWER);
    provider = await providerWithProducts(api);
    requester = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    watcher = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    sharedWith = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    formerlySharedWith = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    stranger = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);

    const group = await api.db.getRepository(WorkingGroup).save({ name: `Watchers ${unique()}` });
    await api.db.getRepository(WorkingGroupMember).insert({ workingGroupId: group.id, organisationId: watcher.organisation.id });
    await api.db.getRepository(WorkingGroupWatch).insert({ workingGroupId: group.id, supplierId: provider.admin.organisation.id });
    const other = await insertAssessment(api.db, provider.admin.organisation, provider.admin.organisation);
    await api.db.getRepository(AssessmentShare).insert([
      { assessmentId: other.id, clientOrganisationId: sharedWith.organisation.id, grantedByUserId: provider.admin.user.id },
      { assessmentId: other.id, clientOrganisationId: formerlySharedWith.organisation.id, grantedByUserId: provider.admin.user.id, withdrawnAt: new Date() },
    ]);
  });
  afterAll(() => api.close());

  async function certificate(validUntil = new Date(Date.now() + 200 * 86_400_000), answers?: Record<string, AnswerValue>): Promise<Certificate> {
    const template = await publishFreshQuestionnaire(api);
    const { certificate } = await insertCertificate(api.db, {
      supplier: provider.admin.organisation,
      requestedBy: requester.organisation,
      issuedByUserId: admin.user.id,
      template,
      products: provider.products,
      validUntil,
      answers,
    });
    return certificate;
  }

  const call = (document: string, input: Record<string, unknown>, who: SignedInUser = admin) => api.gql<Record<string, Change>>(document, { input }, { token: who.token });

  function ok(result: GraphqlResult<Record<string, Change>>): Change {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0]!;
  }

  const notified = async (who: SignedInUser, kind: NotificationKind, certificateId: string) =>
    api.db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId AND n.kind = :kind AND n.data @> :data', { userId: who.user.id, kind, data: { certificateId } }).getMany();

  it('an association admin suspends, reinstates and revokes, each with its reason, by serial or by id', async () => {
    const cert = await certificate();
    const suspended = ok(await call(SUSPEND, { serial: cert.serial.toLowerCase(), reason: '  Credible misuse report under investigation ' }));
    expect(suspended).toMatchObject({
      id: cert.id,
      serial: cert.serial,
      status: 'SUSPENDED',
      statusReason: 'Credible misuse report under investigation',
      level: cert.level,
      validUntil: cert.validUntil.toISOString(),
      rendered: false,
      supplier: { id: provider.admin.organisation.id },
    });

    const reinstated = ok(await call(REINSTATE, { certificateId: cert.id, reason: 'Investigation closed: no misuse found' }));
    expect(reinstated).toMatchObject({ status: 'VALID', statusReason: 'Investigation closed: no misuse found' });

    const revoked = ok(await call(REVOKE, { certificateId: cert.id, reason: 'Sold to an embargoed end user' }));
    expect(revoked).toMatchObject({ status: 'REVOKED', statusReason: 'Sold to an embargoed end user' });

    const row = await api.db.getRepository(Certificate).findOneByOrFail({ id: cert.id });
    expect(row).toMatchObject({ status: CertificateStatus.REVOKED, statusReason: 'Sold to an embargoed end user', statusChangedByUserId: admin.user.id });
    expect(row.statusChangedAt?.toISOString()).toBe(revoked.statusChangedAt);
  });

  it('tells the supplier, the requester, watch-list members and live shares of every change, and nobody else', async () => {
    const cert = await certificate();
    ok(await call(SUSPEND, { certificateId: cert.id, reason: 'Audit finding' }));
    ok(await call(REINSTATE, { certificateId: cert.id, reason: 'Finding remedied' }));
    ok(await call(REVOKE, { certificateId: cert.id, reason: 'Repeated finding' }));

    for (const who of [provider.admin, provider.member, requester, watcher, sharedWith]) {
      const [suspended] = await notified(who, NotificationKind.CERTIFICATE_SUSPENDED, cert.id);
      expect(suspended?.data).toMatchObject({ serial: cert.serial, status: 'SUSPENDED', reason: 'Audit finding', supplierId: provider.admin.organisation.id });
      expect(await notified(who, NotificationKind.CERTIFICATE_REINSTATED, cert.id)).toHaveLength(1);
      expect(await notified(who, NotificationKind.CERTIFICATE_REVOKED, cert.id)).toHaveLength(1);
    }
    for (const who of [formerlySharedWith, stranger, admin]) {
      expect(await notified(who, NotificationKind.CERTIFICATE_SUSPENDED, cert.id)).toHaveLength(0);
    }
  });

  it('refuses reviewers, clients and providers (FORBIDDEN), and leaves the certificate as it was', async () => {
    const cert = await certificate();
    for (const who of [reviewer, requester, provider.admin]) {
      expect(errorCode(await call(SUSPEND, { certificateId: cert.id, reason: 'not mine to give' }, who))).toBe('FORBIDDEN');
      expect(errorCode(await call(REVOKE, { serial: cert.serial, reason: 'not mine to give' }, who))).toBe('FORBIDDEN');
    }
    const anonymous = await api.gql(SUSPEND, { input: { certificateId: cert.id, reason: 'x' } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(await api.db.getRepository(Certificate).findOneByOrFail({ id: cert.id })).toMatchObject({ status: CertificateStatus.VALID, statusReason: null });
  });

  it('refuses a blank or over-long reason, and an input naming no certificate or two (BAD_USER_INPUT)', async () => {
    const cert = await certificate();
    const blank = await call(SUSPEND, { certificateId: cert.id, reason: '   ' });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank)).toEqual(['input.reason']);
    expect(fieldsOf(await call(SUSPEND, { certificateId: cert.id, reason: 'x'.repeat(2001) }))).toEqual(['input.reason']);
    expect(fieldsOf(await call(SUSPEND, { reason: 'why' }))).toEqual(['input.certificateId', 'input.serial']);
    expect(fieldsOf(await call(SUSPEND, { certificateId: cert.id, serial: cert.serial, reason: 'why' }))).toEqual(['input.certificateId', 'input.serial']);
    expect(fieldsOf(await call(SUSPEND, { certificateId: 'not-a-uuid', reason: 'why' }))).toEqual(['input.certificateId']);
    // Without the field at all, GraphQL itself refuses the input.
    expect(errorCode(await call(SUSPEND, { certificateId: cert.id }))).toBe('BAD_USER_INPUT');
    expect((await api.db.getRepository(Certificate).findOneByOrFail({ id: cert.id })).status).toBe(CertificateStatus.VALID);
  });

  it('the supplier is CERTIFIED in the directory exactly while it holds a valid certificate', async () => {
    const supplier = await providerWithProducts(api);
    await api.db.query(`UPDATE supplier_profile SET membership_status = 'CERTIFIED' WHERE organisation_id = $1`, [supplier.admin.organisation.id]);
    const template = await publishFreshQuestionnaire(api);
    const { certificate: cert } = await insertCertificate(api.db, {
      supplier: supplier.admin.organisation, requestedBy: requester.organisation, issuedByUserId: admin.user.id, template, products: supplier.products,
      validUntil: new Date(Date.now() + 200 * 86_400_000),
    });
    const membership = async () =>
      ((await api.db.query(`SELECT membership_status::text AS status FROM supplier_profile WHERE organisation_id = $1`, [supplier.admin.organisation.id])) as [{ status: string }])[0].status;
    ok(await call(SUSPEND, { certificateId: cert.id, reason: 'Credible misuse report under investigation' }));
    expect(await membership()).toBe('MEMBER');
    ok(await call(REINSTATE, { certificateId: cert.id, reason: 'Investigation closed: no misuse found' }));
    expect(await membership()).toBe('CERTIFIED');
    ok(await call(REVOKE, { certificateId: cert.id, reason: 'Sold to an embargoed end user' }));
    expect(await membership()).toBe('MEMBER');
  });

  it('a suspended certificate past its validity is EXPIRED: reinstating it answers CONFLICT even before the lifecycle job marks it', async () => {
    const cert = await certificate(new Date(Date.now() + 60_000));
    ok(await call(SUSPEND, { certificateId: cert.id, reason: 'Credible misuse report under investigation' }));
    await api.db.query(`UPDATE certificate SET valid_until = now() - interval '1 minute', issued_at = now() - interval '1 year' WHERE id = $1`, [cert.id]);
    const reinstate = await call(REINSTATE, { certificateId: cert.id, reason: 'Investigation closed: no misuse found' });
    expect(errorCode(reinstate)).toBe('CONFLICT');
    expect(reinstate.errors?.[0]?.message).toContain('EXPIRED');
  });

  it('answers CONFLICT naming the state for a change the status does not allow', async () => {
    const cert = await certificate();
    const reinstateValid = await call(REINSTATE, { certificateId: cert.id, reason: 'nothing to reinstate' });
    expect(errorCode(reinstateValid)).toBe('CONFLICT');
    expect(reinstateValid.errors?.[0]?.message).toContain('VALID');

    ok(await call(REVOKE, { certificateId: cert.id, reason: 'Misuse confirmed' }));
    const again = await call(REVOKE, { certificateId: cert.id, reason: 'twice' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('REVOKED');
    expect(errorCode(await call(SUSPEND, { certificateId: cert.id, reason: 'too late' }))).toBe('CONFLICT');
    expect((await api.db.getRepository(Certificate).findOneByOrFail({ id: cert.id })).statusReason).toBe('Misuse confirmed');
  });

  it('answers NOT_FOUND for a serial or id that names no certificate', async () => {
    expect(errorCode(await call(SUSPEND, { serial: `ASSAY-NONE-${unique().toUpperCase()}`, reason: 'why' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(SUSPEND, { certificateId: '00000000-0000-4000-8000-000000000000', reason: 'why' }))).toBe('NOT_FOUND');
  });

  it('keeps every change on the certificate audit trail, newest first, and the chain holds', async () => {
    const cert = await certificate();
    ok(await call(SUSPEND, { certificateId: cert.id, reason: 'one' }));
    ok(await call(REINSTATE, { certificateId: cert.id, reason: 'two' }));
    ok(await call(REVOKE, { certificateId: cert.id, reason: 'three' }));

    type Trail = { auditTrail: { nodes: { action: string; actor: { id: string } | null; organisationId: string; data: string }[] } };
    const trail = await api.gql<Trail>(AUDIT, { id: cert.id }, { token: admin.token });
    const nodes = trail.data!.auditTrail.nodes;
    expect(nodes.map((node) => node.action)).toEqual(['certificate.revoked', 'certificate.reinstated', 'certificate.suspended']);
    expect(nodes.every((node) => node.actor?.id === admin.user.id && node.organisationId === provider.admin.organisation.id)).toBe(true);
    expect(nodes.map((node) => JSON.parse(node.data) as Record<string, unknown>)).toEqual([
      { serial: cert.serial, fromStatus: 'VALID', toStatus: 'REVOKED', reason: 'three' },
      { serial: cert.serial, fromStatus: 'SUSPENDED', toStatus: 'VALID', reason: 'two' },
      { serial: cert.serial, fromStatus: 'VALID', toStatus: 'SUSPENDED', reason: 'one' },
    ]);
    expect(errorCode(await api.gql(AUDIT, { id: cert.id }, { token: reviewer.token }))).toBe('FORBIDDEN');
    expect(await verifyAuditChain(api.db.manager)).toMatchObject({ intact: true });
  });

  it('60 days before expiry, the provider finds a reassessment starting from the certified answers, confirms them by saving, and submits again', async () => {
    const certified: Record<string, AnswerValue> = { 'T1.1': true, 'T1.2': 'Board-approved policy', 'T1.3': 'ANNUAL', 'T2.1': ['A'], 'T2.2': 4 };
    const cert = await certificate(new Date(Date.now() + 50 * 86_400_000), certified);
    // What the worker's hourly job does (certificates of other files are not due: they expire a year or 200 days out).
    await new CertificateLifecycleService(api.db).run(new Date());
    const reassessmentId = (await api.db.getRepository(Certificate).findOneByOrFail({ id: cert.id })).reassessmentId!;
    expect(reassessmentId).toEqual(expect.any(String));

    const [opened] = await notified(provider.admin, NotificationKind.REASSESSMENT_OPENED, cert.id);
    expect(opened?.data).toMatchObject({ reassessmentId, carriedOverAnswers: 5 });

    const READ = `query ($id: ID!) { assessment(id: $id) { id status missingRequired requestedByOrganisation { id } answers { ${ANSWER_FIELDS} } } }`;
    type Read = { assessment: { status: string; missingRequired: string[]; requestedByOrganisation: { id: string }; answers: AnswerData[] } };
    const before = (await api.gql<Read>(READ, { id: reassessmentId }, { token: provider.member.token })).data!.assessment;
    expect(before).toMatchObject({ status: AssessmentStatus.REQUESTED, missingRequired: [], requestedByOrganisation: { id: requester.organisation.id } });
    expect(before.answers.map((a) => [a.questionCode, JSON.parse(a.value!) as unknown, a.answeredBy, a.version]).sort()).toEqual(
      Object.entries(certified).map(([code, value]) => [code, value, null, 1]).sort(),
    );
    // The original requester follows the renewal of what it asked for.
    expect((await api.gql<Read>(READ, { id: reassessmentId }, { token: requester.token })).data?.assessment.status).toBe(AssessmentStatus.REQUESTED);

    const saved = await api.gql<{ saveAnswers: AnswerData[] }>(SAVE, { input: { assessmentId: reassessmentId, answers: [{ questionCode: 'T2.2', value: '3', expectedVersion: 1 }] } }, { token: provider.member.token });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAnswers[0]).toMatchObject({ questionCode: 'T2.2', value: '3', version: 2, answeredBy: { id: provider.member.user.id } });

    const submitted = await api.gql<{ submitAssessment: { status: string } }>(SUBMIT, { id: reassessmentId }, { token: provider.admin.token });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitAssessment.status).toBe(AssessmentStatus.SUBMITTED);
  });
});
