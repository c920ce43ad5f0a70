import { jest } from '@jest/globals';
import { AuditEvent } from '@assay/database';
import { OrganisationKind, OrganisationStatus, UserRole } from '@assay/domain';
import { TestApi, createOrganisation, errorCode, type GraphqlResult } from '@assay/testing';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const GROUP_FIELDS = 'id name description members { id legalName } watchList { id legalName country }';
const CREATE = `mutation ($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { ${GROUP_FIELDS} } }`;
const ADD = `mutation ($g: ID!, $o: ID!) { addWorkingGroupMember(workingGroupId: $g, organisationId: $o) { ${GROUP_FIELDS} } }`;
const REMOVE = `mutation ($g: ID!, $o: ID!) { removeWorkingGroupMember(workingGroupId: $g, organisationId: $o) { ${GROUP_FIELDS} } }`;
const WATCH = `mutation ($g: ID!, $s: ID!) { watchSupplier(workingGroupId: $g, supplierId: $s) { ${GROUP_FIELDS} } }`;
const UNWATCH = `mutation ($g: ID!, $s: ID!) { unwatchSupplier(workingGroupId: $g, supplierId: $s) { ${GROUP_FIELDS} } }`;
const GROUPS = `{ workingGroups { ${GROUP_FIELDS} } }`;
const GROUP = `query ($id: ID!) { workingGroup(id: $id) { ${GROUP_FIELDS} } }`;

interface Group {
  id: string;
  name: string;
  description: string;
  members: { id: string; legalName: string }[];
  watchList: { id: string; legalName: string; country: string }[];
}

const unique = () => Math.random().toString(36).slice(2, 10);
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((item) => item.id);
const fieldOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.fields?.[0]?.field;

describe('working groups', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let reviewer: SignedInUser;
  let memberClient: SignedInUser;
  let otherClient: SignedInUser;
  let provider: SignedInUser;

  const createGroup = async (name = `Extractives ${unique()}`) => {
    const result = await api.gql<{ createWorkingGroup: Group }>(CREATE, { input: { name, description: 'Quarterly meetings' } }, { token: admin.token });
    expect(result.errors).toBeUndefined();
    return result.data!.createWorkingGroup;
  };

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, admin.organisation, UserRole.REVIEWER);
    memberClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    otherClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    provider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
  });
  afterAll(() => api.close());

  it('association admins create and rename groups; names are unique; nobody else may', async () => {
    const name = `Energy ${unique()}`;
    const group = await createGroup(name);
    expect(group).toMatchObject({ name, description: 'Quarterly meetings', members: [], watchList: [] });
    expect(errorCode(await api.gql(CREATE, { input: { name, description: '' } }, { token: admin.token }))).toBe('CONFLICT');
    for (const caller of [reviewer, memberClient, provider]) {
      expect(errorCode(await api.gql(CREATE, { input: { name: `Other ${unique()}` } }, { token: caller.token }))).toBe('FORBIDDEN');
    }
    const tooShort = await api.gql(CREATE, { input: { name: ' x ' } }, { token: admin.token });
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    expect(fieldOf(tooShort)).toBe('input.name');

    const renamed = await api.gql<{ updateWorkingGroup: Group }>(UPDATE, { input: { id: group.id, name: `${name} (renamed)` } }, { token: admin.token });
    expect(renamed.data?.updateWorkingGroup).toMatchObject({ name: `${name} (renamed)`, description: 'Quarterly meetings' });
    const other = await createGroup();
    expect(errorCode(await api.gql(UPDATE, { input: { id: other.id, name: `${name} (renamed)` } }, { token: admin.token }))).toBe('CONFLICT');
    expect(errorCode(await api.gql(UPDATE, { input: { id: group.id, description: 'x' } }, { token: reviewer.token }))).toBe('FORBIDDEN');
  });

  it('members are client organisations, added once and removed once', async () => {
    const group = await createGroup();
    const added = await api.gql<{ addWorkingGroupMember: Group }>(ADD, { g: group.id, o: memberClient.organisation.id }, { token: admin.token });
    expect(ids(added.data?.addWorkingGroupMember.members)).toEqual([memberClient.organisation.id]);
    expect(errorCode(await api.gql(ADD, { g: group.id, o: memberClient.organisation.id }, { token: admin.token }))).toBe('CONFLICT');

    const notClient = await api.gql(ADD, { g: group.id, o: provider.organisation.id }, { token: admin.token });
    expect(errorCode(notClient)).toBe('BAD_USER_INPUT');
    expect(fieldOf(notClient)).toBe('organisationId');
    expect(errorCode(await api.gql(ADD, { g: group.id, o: memberClient.organisation.id }, { token: reviewer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ADD, { g: group.id, o: '00000000-0000-4000-8000-000000000000' }, { token: admin.token }))).toBe('NOT_FOUND');
    expect(fieldOf(await api.gql(ADD, { g: 'nope', o: memberClient.organisation.id }, { token: admin.token }))).toBe('workingGroupId');

    await api.gql(ADD, { g: group.id, o: otherClient.organisation.id }, { token: admin.token });
    const removed = await api.gql<{ removeWorkingGroupMember: Group }>(REMOVE, { g: group.id, o: otherClient.organisation.id }, { token: admin.token });
    expect(ids(removed.data?.removeWorkingGroupMember.members)).toEqual([memberClient.organisation.id]);
    expect(errorCode(await api.gql(REMOVE, { g: group.id, o: otherClient.organisation.id }, { token: admin.token }))).toBe('NOT_FOUND');

    const audit = await api.db.getRepository(AuditEvent).find({ where: { entityId: group.id }, order: { id: 'ASC' } });
    expect(audit.map((event) => event.action)).toEqual([
      'working-group.created',
      'working-group.member-added',
      'working-group.member-added',
      'working-group.member-removed',
    ]);
  });

  it('the watch-list holds verified providers only, each once', async () => {
    const group = await createGroup();
    const watched = await api.gql<{ watchSupplier: Group }>(WATCH, { g: group.id, s: provider.organisation.id }, { token: admin.token });
    expect(watched.data?.watchSupplier.watchList).toEqual([{ id: provider.organisation.id, legalName: provider.organisation.legalName, country: 'FR' }]);
    expect(errorCode(await api.gql(WATCH, { g: group.id, s: provider.organisation.id }, { token: admin.token }))).toBe('CONFLICT');

    const client = await api.gql(WATCH, { g: group.id, s: memberClient.organisation.id }, { token: admin.token });
    expect(errorCode(client)).toBe('BAD_USER_INPUT');
    expect(fieldOf(client)).toBe('supplierId');
    const pending = await createOrganisation(api.db, OrganisationKind.PROVIDER, { status: OrganisationStatus.PENDING_VERIFICATION });
    expect(fieldOf(await api.gql(WATCH, { g: group.id, s: pending.id }, { token: admin.token }))).toBe('supplierId');
    expect(errorCode(await api.gql(WATCH, { g: group.id, s: provider.organisation.id }, { token: memberClient.token }))).toBe('FORBIDDEN');

    const unwatched = await api.gql<{ unwatchSupplier: Group }>(UNWATCH, { g: group.id, s: provider.organisation.id }, { token: admin.token });
    expect(unwatched.data?.unwatchSupplier.watchList).toEqual([]);
    expect(errorCode(await api.gql(UNWATCH, { g: group.id, s: provider.organisation.id }, { token: admin.token }))).toBe('NOT_FOUND');
  });

  it('a member client sees its groups; a non-member client and a provider see none; association staff see all', async () => {
    const group = await createGroup();
    const elsewhere = await createGroup();
    await api.gql(ADD, { g: group.id, o: memberClient.organisation.id }, { token: admin.token });
    await api.gql(WATCH, { g: group.id, s: provider.organisation.id }, { token: admin.token });

    const mine = await api.gql<{ workingGroups: Group[] }>(GROUPS, {}, { token: memberClient.token });
    expect(ids(mine.data?.workingGroups)).toContain(group.id);
    expect(ids(mine.data?.workingGroups)).not.toContain(elsewhere.id);
    const one = await api.gql<{ workingGroup: Group }>(GROUP, { id: group.id }, { token: memberClient.token });
    expect(ids(one.data?.workingGroup.members)).toEqual([memberClient.organisation.id]);
    expect(ids(one.data?.workingGroup.watchList)).toEqual([provider.organisation.id]);
    expect(errorCode(await api.gql(GROUP, { id: elsewhere.id }, { token: memberClient.token }))).toBe('NOT_FOUND');

    const outsider = await api.gql<{ workingGroups: Group[] }>(GROUPS, {}, { token: otherClient.token });
    expect(ids(outsider.data?.workingGroups)).not.toContain(group.id);
    expect(errorCode(await api.gql(GROUP, { id: group.id }, { token: otherClient.token }))).toBe('NOT_FOUND');

    const asProvider = await api.gql<{ workingGroups: Group[] }>(GROUPS, {}, { token: provider.token });
    expect(asProvider.data?.workingGroups).toEqual([]);
    expect(errorCode(await api.gql(GROUP, { id: group.id }, { token: provider.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(GROUPS))).toBe('UNAUTHENTICATED');

    const all = await api.gql<{ workingGroups: Group[] }>(GROUPS, {}, { token: reviewer.token });
    expect(ids(all.data?.workingGroups)).toEqual(expect.arrayContaining([group.id, elsewhere.id]));
    const byReviewer = await api.gql<{ workingGroup: Group }>(GROUP, { id: elsewhere.id }, { token: reviewer.token });
    expect(byReviewer.data?.workingGroup.id).toBe(elsewhere.id);
  });

  it('loads members and watch-lists of every group in one query per list, however many groups', async () => {
    for (let n = 0; n < 3; n += 1) {
      const group = await createGroup();
      await api.gql(ADD, { g: group.id, o: memberClient.organisation.id }, { token: admin.token });
      await api.gql(WATCH, { g: group.id, s: provider.organisation.id }, { token: admin.token });
    }
    const logQuery = jest.spyOn(api.db.logger, 'logQuery');
    try {
      const all = await api.gql<{ workingGroups: Group[] }>(GROUPS, {}, { token: reviewer.token });
      expect(all.data!.workingGroups.length).toBeGreaterThanOrEqual(3);
      const groupQueries = logQuery.mock.calls.map(([sql]) => sql).filter((sql) => /working_group/.test(sql));
      expect(groupQueries).toHaveLength(3); // the groups, their members, their watch-lists
    } finally {
      logQuery.mockRestore();
    }
  });
});
