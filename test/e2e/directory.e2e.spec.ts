import { randomBytes } from 'node:crypto';
import { Product, SupplierProfile, type Organisation } from '@assay/database';
import { CertificateStatus, MembershipStatus, OrganisationKind, OrganisationStatus, ProductCategory, UserRole } from '@assay/domain';
import { TestApi, createOrganisation, errorCode, insertCertificate, type GraphqlResult } from '@assay/testing';
import { publishFreshQuestionnaire } from './support/assessment-requests.js';
import { signedInUser } from './support/sessions.js';

const DIRECTORY = `query ($filter: DirectoryFilterInput, $first: Int, $after: String) {
  directory(filter: $filter, first: $first, after: $after) {
    nodes { id legalName headquartersCountry operatingCountries membershipStatus services products { name category deployedCountries } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Page {
  directory: {
    nodes: { id: string; legalName: string; membershipStatus: string; products: { name: string; category: string }[] }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const fieldsOf = (result: GraphqlResult) => [...new Set((result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field))].sort();

describe('public directory', () => {
  let api: TestApi;
  // Every supplier of this file carries the tag in its legal name: other files share the database.
  const tag = `dir${randomBytes(4).toString('hex')}`;
  const suppliers: Record<string, Organisation> = {};

  async function supplier(
    key: string,
    profile: Partial<SupplierProfile>,
    products: Partial<Product>[] = [],
    organisation: Partial<Organisation> = {},
  ): Promise<void> {
    const org = await createOrganisation(api.db, OrganisationKind.PROVIDER, { legalName: `${key} ${tag}`, country: 'FR', ...organisation });
    await api.db.getRepository(SupplierProfile).update({ organisationId: org.id }, profile);
    for (const product of products) await api.db.getRepository(Product).save({ ...product, supplierId: org.id });
    suppliers[key] = org;
  }

  const names = (result: GraphqlResult<Page>) => result.data?.directory.nodes.map((n) => n.legalName.replace(` ${tag}`, ''));
  const search = (filter: Record<string, unknown>, first = 50) => api.gql<Page>(DIRECTORY, { filter: { text: tag, ...filter }, first });

  beforeAll(async () => {
    api = await TestApi.start();
    await supplier('Alpha', { headquartersCountry: 'FR', operatingCountries: ['FR', 'KE'], membershipStatus: MembershipStatus.CERTIFIED }, [
      { name: 'Gatekeeper', category: ProductCategory.ACCESS_CONTROL_PERIMETER, deployedCountries: ['FR'] },
      { name: 'Watcher', category: ProductCategory.VIDEO_ANALYTICS_CCTV, deployedCountries: ['BR'] },
    ]);
    await supplier('Bravo', { headquartersCountry: 'US', operatingCountries: ['US'], membershipStatus: MembershipStatus.MEMBER, services: ['Drone patrols'] }, [
      { name: 'SkyEye', category: ProductCategory.DRONES_AERIAL_SURVEILLANCE, deployedCountries: ['NG'] },
    ]);
    await supplier('Charlie', { headquartersCountry: 'GB', operatingCountries: [], description: 'Biometric gates for borders' }, [
      { name: 'FaceGate', category: ProductCategory.FACIAL_RECOGNITION, deployedCountries: ['GB'] },
    ]);
    await supplier('Delta 100%', { headquartersCountry: 'DE', operatingCountries: ['DE'] });
    await supplier('Echo_x', { headquartersCountry: 'DE', operatingCountries: ['DE'] });
    await supplier('alpha lower', { headquartersCountry: 'IT', operatingCountries: ['IT'] });
    // Never listed: a provider pending verification, and an organisation that is not a provider.
    await supplier('Foxtrot pending', { headquartersCountry: 'FR' }, [{ name: 'Hidden', category: ProductCategory.SPYWARE_REMOTE_INTRUSION }], {
      status: OrganisationStatus.PENDING_VERIFICATION,
    });
    await createOrganisation(api.db, OrganisationKind.CLIENT, { legalName: `Golf client ${tag}` });
  });
  afterAll(() => api.close());

  it('lists verified providers only, ordered by legal name, each with its products, to anonymous callers', async () => {
    const result = await search({});
    expect(result.errors).toBeUndefined();
    const listed = names(result)!;
    expect(listed).toHaveLength(6);
    // Where 'alpha lower' falls depends on the database's collation; the capitalised names keep their order.
    expect(listed.filter((name) => name !== 'alpha lower')).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta 100%', 'Echo_x']);
    expect(listed).not.toContain('Foxtrot pending');
    expect(listed).not.toContain('Golf client');
    const alpha = result.data!.directory.nodes.find((n) => n.id === suppliers.Alpha.id)!;
    expect(alpha.products.map((p) => p.name)).toEqual(['Gatekeeper', 'Watcher']);
    expect(result.data!.directory.nodes.find((n) => n.id === suppliers['Delta 100%'].id)!.products).toEqual([]);
    expect(result.data!.directory.pageInfo.hasNextPage).toBe(false);
  });

  it('signed-in users see the same directory, whatever their organisation', async () => {
    const client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    const anonymous = await search({});
    const signedIn = await api.gql<Page>(DIRECTORY, { filter: { text: tag } }, { token: client.token });
    expect(signedIn.data).toEqual(anonymous.data);
  });

  it('filters by product category', async () => {
    expect(names(await search({ category: 'DRONES_AERIAL_SURVEILLANCE' }))).toEqual(['Bravo']);
    expect(names(await search({ category: 'SPYWARE_REMOTE_INTRUSION' }))).toEqual([]);
  });

  it('filters by country: headquarters, countries of operation, or where a product is deployed', async () => {
    expect(names(await search({ country: 'KE' }))).toEqual(['Alpha']); // operating
    expect(names(await search({ country: 'NG' }))).toEqual(['Bravo']); // deployed
    expect(names(await search({ country: 'GB' }))).toEqual(['Charlie']); // headquarters
    expect(names(await search({ country: 'DE' }))?.sort()).toEqual(['Delta 100%', 'Echo_x']);
    expect(names(await search({ country: 'JP' }))).toEqual([]);
  });

  it('filters by membership status and combines filters', async () => {
    expect(names(await search({ membershipStatus: 'CERTIFIED' }))).toEqual(['Alpha']);
    expect(names(await search({ membershipStatus: 'MEMBER', country: 'US' }))).toEqual(['Bravo']);
    expect(names(await search({ membershipStatus: 'MEMBER', country: 'FR' }))).toEqual([]);
  });

  it('filters to suppliers holding a valid certificate still in force: not an expired, suspended or revoked one', async () => {
    const issuer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    const requester = await createOrganisation(api.db, OrganisationKind.CLIENT);
    const template = await publishFreshQuestionnaire(api);
    const products = (key: string) => api.db.getRepository(Product).findBy({ supplierId: suppliers[key]!.id });
    const certify = async (key: string, validUntil: Date, status?: CertificateStatus) =>
      insertCertificate(api.db, { supplier: suppliers[key]!, requestedBy: requester, issuedByUserId: issuer.user.id, template, products: await products(key), validUntil, status });
    const nextYear = new Date(Date.now() + 300 * 86_400_000);
    await certify('Alpha', nextYear);
    await certify('Bravo', new Date(Date.now() - 86_400_000)); // VALID in the table, but past its date
    await certify('Charlie', nextYear, CertificateStatus.SUSPENDED);
    await certify('Delta 100%', nextYear, CertificateStatus.REVOKED);

    expect(names(await search({ certified: true }))).toEqual(['Alpha']);
    expect(names(await search({ certified: true, country: 'GB' }))).toEqual([]);
    expect(names(await search({ certified: false }))).toHaveLength(6);
  });

  it('text matches legal names, descriptions, services and product names, case-insensitively', async () => {
    const textOnly = (text: string) => api.gql<Page>(DIRECTORY, { filter: { text }, first: 50 });
    const listed = async (text: string) => (await textOnly(text)).data!.directory.nodes.map((n) => n.id);
    expect(await listed(tag.toUpperCase())).toHaveLength(6);
    expect(await listed('BIOMETRIC GATES FOR')).toContain(suppliers.Charlie.id); // description
    expect(await listed('drone PATROLS')).toContain(suppliers.Bravo.id); // services
    expect(await listed('skyeye')).toContain(suppliers.Bravo.id); // product name
    expect(await listed('hidden')).not.toContain(suppliers['Foxtrot pending'].id);
  });

  it('text is matched literally: LIKE wildcards in it match only themselves', async () => {
    expect(names(await search({ text: `100% ${tag}` }))).toEqual(['Delta 100%']);
    expect(names(await search({ text: `o_x ${tag}` }))).toEqual(['Echo_x']);
    expect(names(await search({ text: `% ${tag}` }))).toEqual(['Delta 100%']);
    expect(names(await search({ text: `_ ${tag}` }))).toEqual([]);
  });

  it('pages through the results with an opaque cursor, in a stable order, without gaps or repeats', async () => {
    const all = (await search({})).data!.directory.nodes.map((n) => n.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GraphqlResult<Page> = await api.gql<Page>(DIRECTORY, { filter: { text: tag }, first: 4, after });
      expect(result.errors).toBeUndefined();
      const { nodes, pageInfo } = result.data!.directory;
      seen.push(...nodes.map((n) => n.id));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(all);

    const one = await api.gql<Page>(DIRECTORY, { filter: { text: tag }, first: 6 });
    expect(one.data!.directory.pageInfo.hasNextPage).toBe(false);
    const beyond = await api.gql<Page>(DIRECTORY, { filter: { text: tag }, after: one.data!.directory.pageInfo.endCursor });
    expect(beyond.data!.directory).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('first defaults to 20 and is limited to 1..50', async () => {
    expect((await api.gql<Page>(DIRECTORY, {})).errors).toBeUndefined();
    for (const first of [0, -3, 51]) {
      const result = await api.gql(DIRECTORY, { first });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['first']);
    }
  });

  it('a malformed cursor or country is refused naming the argument', async () => {
    for (const after of ['not a cursor', Buffer.from('["a","b"]').toString('base64url'), 'e30']) {
      const result = await api.gql(DIRECTORY, { after });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['after']);
    }
    const country = await api.gql(DIRECTORY, { filter: { country: 'XX' } });
    expect(fieldsOf(country)).toEqual(['filter.country']);
    const text = await api.gql(DIRECTORY, { filter: { text: 'x'.repeat(201) } });
    expect(fieldsOf(text)).toEqual(['filter.text']);
    expect(errorCode(await api.gql(DIRECTORY, { filter: { category: 'TOASTER' } }))).toBe('BAD_USER_INPUT');
  });
});
