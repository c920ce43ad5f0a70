import { AuditEvent, JurisdictionRisk } from '@assay/database';
import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, errorCode, type GraphqlResult } from '@assay/testing';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const RISK_FIELDS = 'country level rated rationale updatedAt';
const RISKS = `{ jurisdictionRisks { ${RISK_FIELDS} } }`;
const RISK = `query ($country: String!) { jurisdictionRisk(country: $country) { ${RISK_FIELDS} } }`;
const SET = `mutation ($input: SetJurisdictionRiskInput!) { setJurisdictionRisk(input: $input) { ${RISK_FIELDS} } }`;
const CLEAR = `mutation ($country: String!) { clearJurisdictionRisk(country: $country) { ${RISK_FIELDS} } }`;

type Risk = { country: string; level: string; rated: boolean; rationale: string; updatedAt: string | null };

const fieldsOf = (result: GraphqlResult) => [...new Set((result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field))].sort();

describe('jurisdiction risk table', () => {
  let api: TestApi;
  let associationAdmin: SignedInUser;
  let reviewer: SignedInUser;
  let client: SignedInUser;
  let provider: SignedInUser;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who?: SignedInUser) =>
    api.gql<T>(query, variables, who ? { token: who.token } : {});
  const audits = (country: string) =>
    api.db.getRepository(AuditEvent).find({ where: { entityType: 'jurisdiction-risk', entityId: country }, order: { id: 'ASC' } });

  beforeAll(async () => {
    api = await TestApi.start();
    associationAdmin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, associationAdmin.organisation, UserRole.REVIEWER);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    provider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
  });
  afterAll(() => api.close());

  it('an unrated country counts as MEDIUM', async () => {
    const result = await gql<{ jurisdictionRisk: Risk }>(RISK, { country: 'IS' }, client);
    expect(result.data?.jurisdictionRisk).toEqual({ country: 'IS', level: 'MEDIUM', rated: false, rationale: '', updatedAt: null });
  });

  it('an association admin rates a country, re-rates it, and clears it; every change is audited', async () => {
    const set = await gql<{ setJurisdictionRisk: Risk }>(SET, { input: { country: 'MM', level: 'SEVERE', rationale: '  Armed conflict; UN reports.  ' } }, associationAdmin);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setJurisdictionRisk).toMatchObject({ country: 'MM', level: 'SEVERE', rated: true, rationale: 'Armed conflict; UN reports.' });

    await gql(SET, { input: { country: 'MM', level: 'HIGH', rationale: 'Revised after review' } }, associationAdmin);
    const read = await gql<{ jurisdictionRisk: Risk }>(RISK, { country: 'MM' }, provider);
    expect(read.data?.jurisdictionRisk).toMatchObject({ level: 'HIGH', rated: true, rationale: 'Revised after review' });
    const table = await gql<{ jurisdictionRisks: Risk[] }>(RISKS, {}, client);
    expect(table.data?.jurisdictionRisks).toContainEqual(expect.objectContaining({ country: 'MM', level: 'HIGH', rated: true }));

    const cleared = await gql<{ clearJurisdictionRisk: Risk }>(CLEAR, { country: 'MM' }, associationAdmin);
    expect(cleared.data?.clearJurisdictionRisk).toMatchObject({ country: 'MM', level: 'MEDIUM', rated: false });
    expect(await api.db.getRepository(JurisdictionRisk).existsBy({ country: 'MM' })).toBe(false);
    // Clearing an unrated country changes nothing, so nothing is recorded.
    await gql(CLEAR, { country: 'MM' }, associationAdmin);

    const events = await audits('MM');
    expect(events.map((e) => [e.action, e.data.from, e.data.to])).toEqual([
      ['jurisdiction-risk.set', null, 'SEVERE'],
      ['jurisdiction-risk.set', 'SEVERE', 'HIGH'],
      ['jurisdiction-risk.cleared', 'HIGH', undefined],
    ]);
    expect(events.every((e) => e.actorUserId === associationAdmin.user.id)).toBe(true);
  });

  it('the table is sorted by country', async () => {
    for (const country of ['SY', 'AF', 'NO']) {
      await gql(SET, { input: { country, level: 'HIGH', rationale: 'test' } }, associationAdmin);
    }
    const countries = (await gql<{ jurisdictionRisks: Risk[] }>(RISKS, {}, reviewer)).data!.jurisdictionRisks.map((r) => r.country);
    expect(countries).toEqual([...countries].sort());
    expect(countries).toEqual(expect.arrayContaining(['AF', 'NO', 'SY']));
  });

  it('only association admins edit the table', async () => {
    const input = { country: 'VE', level: 'LOW', rationale: 'not allowed' };
    expect(errorCode(await gql(SET, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(CLEAR, { country: 'VE' }))).toBe('UNAUTHENTICATED');
    for (const who of [reviewer, client, provider]) {
      expect(errorCode(await gql(SET, { input }, who))).toBe('FORBIDDEN');
      expect(errorCode(await gql(CLEAR, { country: 'VE' }, who))).toBe('FORBIDDEN');
    }
    expect(await api.db.getRepository(JurisdictionRisk).existsBy({ country: 'VE' })).toBe(false);
    expect(await audits('VE')).toEqual([]);
  });

  it('reading the table needs a signed-in user', async () => {
    expect(errorCode(await gql(RISKS, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(RISK, { country: 'FR' }))).toBe('UNAUTHENTICATED');
  });

  it('a bad country code is refused, naming the field, and nothing is written', async () => {
    for (const country of ['XX', 'fr', 'FRA', '']) {
      const set = await gql(SET, { input: { country, level: 'LOW', rationale: 'r' } }, associationAdmin);
      expect(errorCode(set)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(set)).toEqual(['input.country']);
      const read = await gql(RISK, { country }, client);
      expect(errorCode(read)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(read)).toEqual(['country']);
      expect(fieldsOf(await gql(CLEAR, { country }, associationAdmin))).toEqual(['country']);
    }
    const noRationale = await gql(SET, { input: { country: 'PE', level: 'LOW', rationale: '   ' } }, associationAdmin);
    expect(fieldsOf(noRationale)).toEqual(['input.rationale']);
    expect(errorCode(await gql(SET, { input: { country: 'PE', level: 'EXTREME', rationale: 'r' } }, associationAdmin))).toBe('BAD_USER_INPUT');
    expect(await api.db.getRepository(JurisdictionRisk).existsBy({ country: 'PE' })).toBe(false);
    expect(await api.db.getRepository(AuditEvent).countBy({ entityType: 'jurisdiction-risk', entityId: 'XX' })).toBe(0);
  });
});
