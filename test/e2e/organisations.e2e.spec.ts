import { AuditEvent, Organisation, SupplierProfile } from '@assay/database';
import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, createUser, errorCode, type GraphqlResult } from '@assay/testing';
import { signIn, signedInUser, type SignedInUser } from './support/sessions.js';

const ORGANISATION_FIELDS = 'id kind status legalName country website registrationNumber';
const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } invitation { token invitation { email role organisationId } } }
}`;
const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { ${ORGANISATION_FIELDS} } }`;
const ORGANISATIONS = `query ($kind: OrganisationKind, $status: OrganisationStatus) { organisations(kind: $kind, status: $status) { id status } }`;
const VERIFY = `mutation ($id: ID!) { verifyOrganisation(id: $id) { id status } }`;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORGANISATION_FIELDS} } }`;
const USERS = `query ($id: ID!) { organisationUsers(organisationId: $id) { email role organisation { id } } }`;
const INVITATIONS = `query ($id: ID!) { pendingInvitations(organisationId: $id) { email role organisationId } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email role organisation { id } } } }`;
const SIGN_UP = `mutation ($input: SignUpProviderInput!) { signUpProvider(input: $input) { accessToken user { organisation { id status } } } }`;

type Created = { createOrganisation: { organisation: { id: string; status: string; kind: string }; invitation: { token: string; invitation: { email: string; role: string } } } };

const unique = () => Math.random().toString(36).slice(2, 10);
/** The distinct fields named by the first error (a field may carry several messages). */
const fieldsOf = (result: GraphqlResult) => [...new Set((result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field))].sort();

describe('organisations', () => {
  let api: TestApi;
  let associationAdmin: SignedInUser;
  let reviewer: SignedInUser;
  let client: SignedInUser;

  beforeAll(async () => {
    api = await TestApi.start();
    associationAdmin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, associationAdmin.organisation, UserRole.REVIEWER);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
  });
  afterAll(() => api.close());

  it('the association admin creates a client with its first admin invitation; the invitee accepts and signs in', async () => {
    const adminEmail = `first-admin-${unique()}@client.example`;
    const input = { kind: 'CLIENT', legalName: '  Glencore Test AG  ', country: 'CH', website: 'https://glencore.example', adminEmail: adminEmail.toUpperCase() };
    const created = await api.gql<Created>(CREATE, { input }, { token: associationAdmin.token });
    expect(created.errors).toBeUndefined();
    const { organisation, invitation } = created.data!.createOrganisation;
    expect(organisation).toMatchObject({ kind: 'CLIENT', status: 'ACTIVE', legalName: 'Glencore Test AG', country: 'CH' });
    expect(invitation.invitation).toMatchObject({ email: adminEmail, role: 'ADMIN' });

    const pending = await api.gql<{ pendingInvitations: { email: string }[] }>(INVITATIONS, { id: organisation.id }, { token: associationAdmin.token });
    expect(pending.data?.pendingInvitations.map((i) => i.email)).toEqual([adminEmail]);
    expect(JSON.stringify(pending)).not.toMatch(/tokenHash|token_hash/);

    const accepted = await api.gql(ACCEPT, { input: { token: invitation.token, displayName: 'First Admin', password: 'a long enough password' } });
    expect(accepted.errors).toBeUndefined();
    const token = await signIn(api, adminEmail, 'a long enough password');

    const own = await api.gql<{ organisation: { id: string } }>(ORGANISATION, { id: organisation.id }, { token });
    expect(own.data?.organisation.id).toBe(organisation.id);
    const users = await api.gql<{ organisationUsers: { email: string; role: string; organisation: { id: string } }[] }>(USERS, { id: organisation.id }, { token });
    expect(users.data?.organisationUsers).toEqual([{ email: adminEmail, role: 'ADMIN', organisation: { id: organisation.id } }]);
    const nowPending = await api.gql<{ pendingInvitations: unknown[] }>(INVITATIONS, { id: organisation.id }, { token });
    expect(nowPending.data?.pendingInvitations).toEqual([]);

    const audit = await api.db.getRepository(AuditEvent).find({ where: { entityId: organisation.id } });
    expect(audit.map((event) => event.action)).toContain('organisation.created');
  });

  it('a provider created by the association gets its supplier profile in its headquarters country', async () => {
    const input = { kind: 'PROVIDER', legalName: `Provider ${unique()}`, country: 'ZA', adminEmail: `p-${unique()}@provider.example` };
    const created = await api.gql<Created>(CREATE, { input }, { token: associationAdmin.token });
    expect(created.errors).toBeUndefined();
    const profile = await api.db.getRepository(SupplierProfile).findOneByOrFail({ organisationId: created.data!.createOrganisation.organisation.id });
    expect(profile).toMatchObject({ headquartersCountry: 'ZA', operatingCountries: ['ZA'] });
  });

  it('a self-signed-up provider stays pending, unseen by clients, until the association verifies it', async () => {
    const signUp = await api.gql<{ signUpProvider: { accessToken: string; user: { organisation: { id: string; status: string } } } }>(
      SIGN_UP,
      { input: { legalName: `Selfie ${unique()}`, country: 'IL', adminEmail: `self-${unique()}@provider.example`, adminDisplayName: 'Self', password: 'a long enough password' } },
      { ip: '198.19.0.1' },
    );
    expect(signUp.errors).toBeUndefined();
    const { id, status } = signUp.data!.signUpProvider.user.organisation;
    expect(status).toBe('PENDING_VERIFICATION');

    expect(errorCode(await api.gql(ORGANISATION, { id }, { token: client.token }))).toBe('NOT_FOUND');
    const own = await api.gql<{ organisation: { status: string } }>(ORGANISATION, { id }, { token: signUp.data!.signUpProvider.accessToken });
    expect(own.data?.organisation.status).toBe('PENDING_VERIFICATION');
    const queue = await api.gql<{ organisations: { id: string }[] }>(ORGANISATIONS, { status: 'PENDING_VERIFICATION' }, { token: reviewer.token });
    expect(queue.data?.organisations.map((o) => o.id)).toContain(id);

    expect(errorCode(await api.gql(VERIFY, { id }, { token: reviewer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(VERIFY, { id }, { token: client.token }))).toBe('FORBIDDEN');
    const verified = await api.gql<{ verifyOrganisation: { status: string } }>(VERIFY, { id }, { token: associationAdmin.token });
    expect(verified.data?.verifyOrganisation.status).toBe('ACTIVE');
    expect(errorCode(await api.gql(VERIFY, { id }, { token: associationAdmin.token }))).toBe('CONFLICT');

    const seen = await api.gql<{ organisation: { status: string } }>(ORGANISATION, { id }, { token: client.token });
    expect(seen.data?.organisation.status).toBe('ACTIVE');
    const audit = await api.db.getRepository(AuditEvent).findOneBy({ entityId: id, action: 'organisation.verified' });
    expect(audit?.actorUserId).toBe(associationAdmin.user.id);
  });

  it('bad input answers BAD_USER_INPUT naming each field, and writes nothing', async () => {
    const legalName = `X`;
    const input = { kind: 'CLIENT', legalName, country: 'XX', website: 'ftp://files.example', registrationNumber: '   ', adminEmail: 'not-an-email' };
    const result = await api.gql(CREATE, { input }, { token: associationAdmin.token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['input.adminEmail', 'input.country', 'input.legalName', 'input.registrationNumber', 'input.website']);
    expect(await api.db.getRepository(Organisation).existsBy({ legalName })).toBe(false);
  });

  it('refuses a second association, and an admin email already in use, without writing the organisation', async () => {
    const association = { kind: 'ASSOCIATION', legalName: `Second association ${unique()}`, country: 'CH', adminEmail: `a-${unique()}@assoc.example` };
    expect(errorCode(await api.gql(CREATE, { input: association }, { token: associationAdmin.token }))).toBe('CONFLICT');
    expect(await api.db.getRepository(Organisation).existsBy({ legalName: association.legalName })).toBe(false);

    // The invitation fails after the organisation row was inserted: one transaction, so neither remains.
    const taken = { kind: 'CLIENT', legalName: `Taken email ${unique()}`, country: 'FR', adminEmail: client.user.email };
    expect(errorCode(await api.gql(CREATE, { input: taken }, { token: associationAdmin.token }))).toBe('CONFLICT');
    expect(await api.db.getRepository(Organisation).existsBy({ legalName: taken.legalName })).toBe(false);
  });

  it('only association admins create organisations, and only association staff list them', async () => {
    const input = { kind: 'CLIENT', legalName: `Rogue ${unique()}`, country: 'FR', adminEmail: `r-${unique()}@client.example` };
    expect(errorCode(await api.gql(CREATE, { input }, { token: client.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input }, { token: reviewer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(await api.db.getRepository(Organisation).existsBy({ legalName: input.legalName })).toBe(false);

    expect(errorCode(await api.gql(ORGANISATIONS, {}, { token: client.token }))).toBe('FORBIDDEN');
    const clients = await api.gql<{ organisations: { id: string }[] }>(ORGANISATIONS, { kind: 'CLIENT' }, { token: reviewer.token });
    expect(clients.data?.organisations.map((o) => o.id)).toContain(client.organisation.id);
    expect(clients.data?.organisations.map((o) => o.id)).not.toContain(associationAdmin.organisation.id);
  });

  it("another tenant's organisation answers NOT_FOUND, as an unknown id does", async () => {
    const other = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    const id = other.organisation.id;
    expect(errorCode(await api.gql(ORGANISATION, { id }, { token: client.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(USERS, { id }, { token: client.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(INVITATIONS, { id }, { token: client.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(UPDATE, { input: { id, legalName: 'Hijacked' } }, { token: client.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(ORGANISATION, { id: '00000000-0000-4000-8000-000000000000' }, { token: reviewer.token }))).toBe('NOT_FOUND');

    const malformed = await api.gql(ORGANISATION, { id: 'not-a-uuid' }, { token: reviewer.token });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(malformed)).toEqual(['id']);
  });

  it('an organisation is updated by its own admins and the association admin, not by its members or reviewers', async () => {
    const member = await signedInUser(api, client.organisation, UserRole.MEMBER);
    const id = client.organisation.id;
    expect(errorCode(await api.gql(UPDATE, { input: { id, website: 'https://x.example' } }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { input: { id, website: 'https://x.example' } }, { token: reviewer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(USERS, { id }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(INVITATIONS, { id }, { token: reviewer.token }))).toBe('FORBIDDEN');

    const nullName = await api.gql(UPDATE, { input: { id, legalName: null } }, { token: client.token });
    expect(fieldsOf(nullName)).toEqual(['input.legalName']);

    const own = await api.gql<{ updateOrganisation: { website: string; registrationNumber: string } }>(
      UPDATE,
      { input: { id, website: 'https://client.example', registrationNumber: 'RCS 123' } },
      { token: client.token },
    );
    expect(own.data?.updateOrganisation).toMatchObject({ website: 'https://client.example', registrationNumber: 'RCS 123' });
    const byAssociation = await api.gql<{ updateOrganisation: { country: string; website: string | null } }>(
      UPDATE,
      { input: { id, country: 'BE', website: null } },
      { token: associationAdmin.token },
    );
    expect(byAssociation.data?.updateOrganisation).toMatchObject({ country: 'BE', website: null });

    const audit = await api.db.getRepository(AuditEvent).find({ where: { entityId: id, action: 'organisation.updated' }, order: { id: 'ASC' } });
    expect(audit.map((event) => event.data)).toEqual([
      { changes: { website: { from: null, to: 'https://client.example' }, registrationNumber: { from: null, to: 'RCS 123' } } },
      { changes: { country: { from: 'FR', to: 'BE' }, website: { from: 'https://client.example', to: null } } },
    ]);
    expect(audit.map((event) => event.actorUserId)).toEqual([client.user.id, associationAdmin.user.id]);
  });

  it('lists the users of an organisation for association staff', async () => {
    const colleague = await createUser(api.db, client.organisation, UserRole.MEMBER);
    const users = await api.gql<{ organisationUsers: { email: string }[] }>(USERS, { id: client.organisation.id }, { token: reviewer.token });
    expect(users.data?.organisationUsers.map((u) => u.email)).toEqual(expect.arrayContaining([client.user.email, colleague.email]));
  });
});
