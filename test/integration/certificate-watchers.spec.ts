import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  Assessment,
  AssessmentShare,
  Notification,
  NotificationKind,
  RequesterKind,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
  certificateWatcherOrganisations,
  createDataSource,
  notifyCertificateWatchers,
  type Organisation,
  type User,
} from '@assay/database';
import { AssessmentStatus, OrganisationKind, UserRole } from '@assay/domain';
import { createOrganisation, createUser, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';

const unique = () => randomBytes(4).toString('hex');

/**
 * Who hears of a supplier's certificate: the supplier, the requester of the certified assessment and the
 * members of the working group it was requested for, members of working groups watching the supplier, and
 * clients with a live share of one of the supplier's assessments (directly or through their working group).
 */
describe('certificate watchers', () => {
  let db: DataSource;
  let templateId: string;

  beforeAll(async () => {
    db = createDataSource(process.env.ASSAY_TEST_DATABASE_URL!, { poolSize: 2 });
    await db.initialize();
    templateId = (await publishTestQuestionnaire(db, testQuestionnaire(`watchers-${unique()}`))).id;
  });
  afterAll(() => db?.destroy());

  const client = () => createOrganisation(db, OrganisationKind.CLIENT);
  const group = async (...members: Organisation[]) => {
    const saved = await db.getRepository(WorkingGroup).save({ name: `Group ${unique()}` });
    if (members.length > 0) await db.getRepository(WorkingGroupMember).insert(members.map((member) => ({ workingGroupId: saved.id, organisationId: member.id })));
    return saved;
  };
  const assessment = (supplier: Organisation, requester: Organisation, workingGroupId: string | null = null) =>
    db.getRepository(Assessment).save({
      supplierId: supplier.id,
      templateId,
      requesterKind: workingGroupId ? RequesterKind.WORKING_GROUP : requester.id === supplier.id ? RequesterKind.PROVIDER : RequesterKind.CLIENT,
      requestedByOrganisationId: requester.id,
      workingGroupId,
      dueDate: '2031-01-31',
      status: AssessmentStatus.APPROVED,
    });

  it('reaches the supplier, the requester and its working group, watch-lists and live shares only, each once', async () => {
    const supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
    const otherSupplier = await createOrganisation(db, OrganisationKind.PROVIDER);
    const requester = await client();
    const requesterGroupPeer = await client();
    const watcher = await client();
    const watcherOfOther = await client();
    const directShare = await client();
    const groupShare = await client();
    const withdrawnShare = await client();
    const stranger = await client();

    const requestGroup = await group(requester, requesterGroupPeer);
    const certified = await assessment(supplier, requester, requestGroup.id);
    const watching = await group(watcher, requester); // the requester watches too: still told once
    await db.getRepository(WorkingGroupWatch).insert({ workingGroupId: watching.id, supplierId: supplier.id });
    const watchingOther = await group(watcherOfOther);
    await db.getRepository(WorkingGroupWatch).insert({ workingGroupId: watchingOther.id, supplierId: otherSupplier.id });
    // Shares of another of the supplier's assessments (self-requested): they follow the supplier, not one assessment.
    const selfAssessment = await assessment(supplier, supplier);
    const shareGroup = await group(groupShare);
    const grantedBy = (await createUser(db, supplier, UserRole.ADMIN)).id;
    await db.getRepository(AssessmentShare).insert([
      { assessmentId: selfAssessment.id, clientOrganisationId: directShare.id, grantedByUserId: grantedBy },
      { assessmentId: selfAssessment.id, workingGroupId: shareGroup.id, grantedByUserId: grantedBy },
      { assessmentId: selfAssessment.id, clientOrganisationId: withdrawnShare.id, grantedByUserId: grantedBy, withdrawnAt: new Date(), withdrawnByUserId: grantedBy },
    ]);
    // A live share of another supplier's assessment tells nothing about this one.
    const otherAssessment = await assessment(otherSupplier, otherSupplier);
    await db.getRepository(AssessmentShare).insert({ assessmentId: otherAssessment.id, clientOrganisationId: stranger.id, grantedByUserId: grantedBy });

    const reached = await certificateWatcherOrganisations(db.manager, supplier.id, certified.id);
    expect([...reached].sort()).toEqual([supplier, requester, requesterGroupPeer, watcher, directShare, groupShare].map((o) => o.id).sort());
    expect(reached).toHaveLength(new Set(reached).size);

    const users = new Map<string, User>();
    for (const org of [supplier, requester, requesterGroupPeer, watcher, watcherOfOther, directShare, groupShare, withdrawnShare, stranger]) {
      users.set(org.id, await createUser(db, org, UserRole.MEMBER));
    }
    const marker = unique();
    await db.transaction((manager) => notifyCertificateWatchers(manager, { supplierId: supplier.id, assessmentId: certified.id }, NotificationKind.CERTIFICATE_REVOKED, { marker }));
    const notified = (await db.getRepository(Notification).createQueryBuilder('n').where('n.data @> :data', { data: { marker } }).getMany()).map((n) => n.userId);
    // Every user of those organisations: the supplier's admin who granted the shares too.
    const expected = [...[supplier, requester, requesterGroupPeer, watcher, directShare, groupShare].map((o) => users.get(o.id)!.id), grantedBy];
    expect(notified.sort()).toEqual(expected.sort());
  });

  it('without a requesting working group, reaches the supplier and the requesting client', async () => {
    const supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
    const requester = await client();
    const certified = await assessment(supplier, requester);
    expect((await certificateWatcherOrganisations(db.manager, supplier.id, certified.id)).sort()).toEqual([supplier.id, requester.id].sort());
  });
});
