import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssessmentShare, AuditEvent, Notification, NotificationKind, WorkingGroup, WorkingGroupMember, type Assessment } from '@assay/database';
import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, createUser, errorCode } from '@assay/testing';
import { AssessmentAccessService } from '../../apps/api/src/modules/assessments/assessment-access.service.js';
import { insertAssessment } from './support/assessment-rows.js';
import { PDF, multipart } from './support/evidence-fixtures.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const SHARE = `mutation ($input: ShareAssessmentInput!) { shareAssessment(input: $input) { id active clientOrganisationId clientOrganisationName workingGroupId workingGroupName grantedByUserId grantedByName grantedAt withdrawnAt } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawAssessmentShare(shareId: $id) { id active withdrawnByUserId withdrawnByName withdrawnAt } }`;
const HISTORY = `query ($id: ID!) { assessmentShares(assessmentId: $id) { id active clientOrganisationId workingGroupId grantedByName withdrawnByName withdrawnAt } }`;

interface ShareResult {
  id: string;
  active: boolean;
  clientOrganisationId: string | null;
  clientOrganisationName: string | null;
  workingGroupId: string | null;
  workingGroupName: string | null;
  grantedByUserId: string;
  grantedByName: string | null;
  withdrawnByUserId: string | null;
  withdrawnAt: string | null;
}

describe('sharing an assessment', () => {
  let api: TestApi;
  let evidenceDir: string;
  let providerAdmin: SignedInUser;
  let providerMember: SignedInUser;
  let client: SignedInUser;
  let groupClient: SignedInUser;
  let otherProvider: SignedInUser;
  let associationAdmin: SignedInUser;
  let group: WorkingGroup;

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'assay-sharing-'));
    process.env.EVIDENCE_DIR = evidenceDir;
    api = await TestApi.start();
    providerAdmin = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    providerMember = await signedInUser(api, providerAdmin.organisation, UserRole.MEMBER);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    groupClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    otherProvider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    associationAdmin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    group = await api.db.getRepository(WorkingGroup).save({ name: `Sharing group ${Date.now()}` });
    await api.db.getRepository(WorkingGroupMember).insert({ workingGroupId: group.id, organisationId: groupClient.organisation.id });
  });

  afterAll(async () => {
    await api?.close();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  /** An assessment the provider asked for itself: no client sees it until it is shared. */
  const ownAssessment = () => insertAssessment(api.db, providerAdmin.organisation, providerAdmin.organisation);

  async function share(assessment: Assessment, target: { clientOrganisationId?: string; workingGroupId?: string }, token = providerAdmin.token) {
    return api.gql<{ shareAssessment: ShareResult }>(SHARE, { input: { assessmentId: assessment.id, ...target } }, { token });
  }

  async function sees(user: SignedInUser, assessment: Assessment): Promise<boolean> {
    const access = api.app.get(AssessmentAccessService);
    const actor = { userId: user.user.id, organisationId: user.organisation.id, organisationKind: user.organisation.kind, organisationStatus: user.organisation.status, role: user.user.role };
    return access.requireVisible(actor, assessment.id).then(() => true, () => false);
  }

  /** The same question asked over HTTP: may the user download an evidence file of the assessment? */
  async function downloadStatus(user: SignedInUser, evidenceId: string): Promise<number> {
    const response = await api.app.inject({ method: 'GET', url: `/evidence/${evidenceId}`, headers: { authorization: `Bearer ${user.token}` } });
    return response.statusCode;
  }

  async function uploadEvidence(assessment: Assessment): Promise<string> {
    const { payload, headers } = multipart({ assessmentId: assessment.id }, { name: 'policy.pdf', content: PDF });
    const response = await api.app.inject({ method: 'POST', url: '/evidence', headers: { ...headers, authorization: `Bearer ${providerAdmin.token}` }, payload });
    expect(response.statusCode).toBe(201);
    return (JSON.parse(response.body) as { id: string }).id;
  }

  const notificationsOf = (userId: string, assessmentId: string) =>
    api.db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId', { userId }).andWhere(`n.data->>'assessmentId' = :assessmentId`, { assessmentId }).getMany();

  it('a client it is shared with sees it, and no longer once the share is withdrawn; both are kept and audited', async () => {
    const assessment = await ownAssessment();
    const evidenceId = await uploadEvidence(assessment);
    expect(await sees(client, assessment)).toBe(false);
    expect(await downloadStatus(client, evidenceId)).toBe(404);
    const colleague = await createUser(api.db, client.organisation, UserRole.ADMIN);

    const granted = await share(assessment, { clientOrganisationId: client.organisation.id });
    expect(granted.errors).toBeUndefined();
    const shared = granted.data!.shareAssessment;
    expect(shared).toMatchObject({ active: true, clientOrganisationId: client.organisation.id, clientOrganisationName: client.organisation.legalName, workingGroupId: null, grantedByUserId: providerAdmin.user.id, grantedByName: providerAdmin.user.displayName });
    expect(await sees(client, assessment)).toBe(true);
    expect(await downloadStatus(client, evidenceId)).toBe(200);
    expect(await sees(groupClient, assessment)).toBe(false);

    // Every user of the client is told; nobody else.
    for (const userId of [client.user.id, colleague.id]) {
      expect(await notificationsOf(userId, assessment.id)).toEqual([
        expect.objectContaining({ kind: NotificationKind.ASSESSMENT_SHARED, data: expect.objectContaining({ shareId: shared.id, supplierName: providerAdmin.organisation.legalName }) }),
      ]);
    }
    expect(await notificationsOf(providerAdmin.user.id, assessment.id)).toHaveLength(0);

    const withdrawn = await api.gql<{ withdrawAssessmentShare: ShareResult }>(WITHDRAW, { id: shared.id }, { token: providerAdmin.token });
    expect(withdrawn.data?.withdrawAssessmentShare).toMatchObject({ id: shared.id, active: false, withdrawnByUserId: providerAdmin.user.id, withdrawnByName: providerAdmin.user.displayName, withdrawnAt: expect.any(String) });
    expect(await sees(client, assessment)).toBe(false);
    expect(await downloadStatus(client, evidenceId)).toBe(404);
    expect(errorCode(await api.gql(WITHDRAW, { id: shared.id }, { token: providerAdmin.token }))).toBe('CONFLICT');

    // Shared again: a new grant beside the withdrawn one.
    const again = await share(assessment, { clientOrganisationId: client.organisation.id });
    expect(again.data?.shareAssessment.id).not.toBe(shared.id);
    expect(await sees(client, assessment)).toBe(true);

    const rows = await api.db.getRepository(AssessmentShare).find({ where: { assessmentId: assessment.id }, order: { grantedAt: 'ASC' } });
    expect(rows.map((row) => [row.id, row.withdrawnAt === null])).toEqual([
      [shared.id, false],
      [again.data!.shareAssessment.id, true],
    ]);
    const audit = await api.db.getRepository(AuditEvent).find({ where: { entityId: assessment.id }, order: { id: 'ASC' } });
    expect(audit.map((event) => [event.action, event.actorUserId, event.data.shareId])).toEqual([
      ['assessment.shared', providerAdmin.user.id, shared.id],
      ['assessment.share-withdrawn', providerAdmin.user.id, shared.id],
      ['assessment.shared', providerAdmin.user.id, again.data!.shareAssessment.id],
    ]);

    const history = await api.gql<{ assessmentShares: ShareResult[] }>(HISTORY, { id: assessment.id }, { token: providerMember.token });
    expect(history.data?.assessmentShares.map((row) => [row.id, row.active])).toEqual([
      [again.data!.shareAssessment.id, true],
      [shared.id, false],
    ]);
  });

  it('the members of a working group it is shared with see it, and are all told', async () => {
    const assessment = await ownAssessment();
    const secondMember = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    await api.db.getRepository(WorkingGroupMember).insert({ workingGroupId: group.id, organisationId: secondMember.organisation.id });
    const evidenceId = await uploadEvidence(assessment);

    const granted = await share(assessment, { workingGroupId: group.id });
    expect(granted.data?.shareAssessment).toMatchObject({ workingGroupId: group.id, workingGroupName: group.name, clientOrganisationId: null, active: true });
    expect(await sees(groupClient, assessment)).toBe(true);
    expect(await sees(secondMember, assessment)).toBe(true);
    expect(await downloadStatus(secondMember, evidenceId)).toBe(200);
    expect(await sees(client, assessment)).toBe(false);
    expect(await notificationsOf(groupClient.user.id, assessment.id)).toHaveLength(1);
    expect(await notificationsOf(secondMember.user.id, assessment.id)).toHaveLength(1);
    expect(await notificationsOf(client.user.id, assessment.id)).toHaveLength(0);

    expect(errorCode(await share(assessment, { workingGroupId: group.id }))).toBe('CONFLICT');
    await api.gql(WITHDRAW, { id: granted.data!.shareAssessment.id }, { token: providerAdmin.token });
    expect(await sees(groupClient, assessment)).toBe(false);
    expect(await downloadStatus(secondMember, evidenceId)).toBe(404);
  });

  it("only the provider's admin shares and withdraws", async () => {
    const assessment = await ownAssessment();
    const target = { clientOrganisationId: client.organisation.id };
    expect(errorCode(await api.gql(SHARE, { input: { assessmentId: assessment.id, ...target } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await share(assessment, target, providerMember.token))).toBe('FORBIDDEN');
    expect(errorCode(await share(assessment, target, associationAdmin.token))).toBe('FORBIDDEN');
    expect(errorCode(await share(assessment, target, otherProvider.token))).toBe('NOT_FOUND');
    expect(errorCode(await share(assessment, target, client.token))).toBe('NOT_FOUND');

    const granted = await share(assessment, target);
    const id = granted.data!.shareAssessment.id;
    // The client now sees the assessment, but does not manage its shares.
    expect(errorCode(await share(assessment, { workingGroupId: group.id }, client.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(WITHDRAW, { id }, { token: client.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(WITHDRAW, { id }, { token: providerMember.token }))).toBe('FORBIDDEN');
    const foreign = await api.gql(WITHDRAW, { id }, { token: otherProvider.token });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0].message).toBe('Assessment share not found');
    expect(errorCode(await api.gql(WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, { token: providerAdmin.token }))).toBe('NOT_FOUND');
    expect((await api.db.getRepository(AssessmentShare).findOneByOrFail({ id })).withdrawnAt).toBeNull();
  });

  it('shares with exactly one existing client organisation or working group', async () => {
    const assessment = await ownAssessment();
    const neither = await share(assessment, {});
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.clientOrganisationId', 'input.workingGroupId']);
    expect(errorCode(await share(assessment, { clientOrganisationId: client.organisation.id, workingGroupId: group.id }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await share(assessment, { clientOrganisationId: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await share(assessment, { clientOrganisationId: otherProvider.organisation.id }))).toBe('NOT_FOUND');
    expect(errorCode(await share(assessment, { clientOrganisationId: associationAdmin.organisation.id }))).toBe('NOT_FOUND');
    expect(errorCode(await share(assessment, { workingGroupId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await api.db.getRepository(AssessmentShare).countBy({ assessmentId: assessment.id })).toBe(0);
  });

  it('the history is for the provider and the association', async () => {
    const assessment = await ownAssessment();
    await share(assessment, { clientOrganisationId: client.organisation.id });
    const count = async (token: string) => {
      const result = await api.gql<{ assessmentShares: unknown[] }>(HISTORY, { id: assessment.id }, { token });
      return result.errors ? errorCode(result) : result.data!.assessmentShares.length;
    };
    expect(await count(providerAdmin.token)).toBe(1);
    expect(await count(providerMember.token)).toBe(1);
    expect(await count(associationAdmin.token)).toBe(1);
    expect(await count(client.token)).toBe('FORBIDDEN');
    expect(await count(groupClient.token)).toBe('NOT_FOUND');
    expect(await count(otherProvider.token)).toBe('NOT_FOUND');
  });

  it('two concurrent grants to one target make one share', async () => {
    const assessment = await ownAssessment();
    const results = await Promise.all([0, 1, 2].map(() => share(assessment, { clientOrganisationId: client.organisation.id })));
    expect(results.map((result) => errorCode(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await api.db.getRepository(AssessmentShare).countBy({ assessmentId: assessment.id })).toBe(1);
  });
});
