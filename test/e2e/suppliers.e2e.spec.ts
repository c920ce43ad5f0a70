import { AssessmentProduct, AuditEvent, Product, SupplierProfile } from '@assay/database';
import { OrganisationKind, OrganisationStatus, ProductCategory, UserRole } from '@assay/domain';
import { TestApi, createOrganisation, errorCode, type GraphqlResult } from '@assay/testing';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const SUPPLIER_FIELDS = `id legalName country status description services headquartersCountry operatingCountries membershipStatus
  products { id supplierId name category capabilities deploymentContexts deployedCountries description }`;
const SUPPLIER = `query ($id: ID!) { supplier(id: $id) { ${SUPPLIER_FIELDS} } }`;
const MY_SUPPLIER = `{ mySupplier { ${SUPPLIER_FIELDS} } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $input) { ${SUPPLIER_FIELDS} } }`;
const SET_MEMBERSHIP = `mutation ($id: ID!, $status: MembershipStatus!) { setSupplierMembershipStatus(supplierId: $id, status: $status) { id membershipStatus } }`;
const PRODUCT_FIELDS = 'id supplierId name category capabilities deploymentContexts deployedCountries description';
const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
const UPDATE_PRODUCT = `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
const DELETE_PRODUCT = `mutation ($id: ID!) { deleteProduct(id: $id) }`;

interface SupplierData {
  id: string;
  status: string;
  description: string;
  services: string[];
  headquartersCountry: string;
  operatingCountries: string[];
  membershipStatus: string;
  products: { id: string; name: string; category: string; capabilities: string[]; deployedCountries: string[] }[];
}
type ProductData = { id: string; supplierId: string; name: string; category: string; capabilities: string[]; deployedCountries: string[]; description: string };

const fieldsOf = (result: GraphqlResult) => [...new Set((result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field))].sort();

describe('supplier profiles and products', () => {
  let api: TestApi;
  let associationAdmin: SignedInUser;
  let reviewer: SignedInUser;
  let client: SignedInUser;
  let providerAdmin: SignedInUser;
  let providerMember: SignedInUser;
  let otherProvider: SignedInUser;

  const auditCount = (entityId: string) => api.db.getRepository(AuditEvent).count({ where: { entityId } });
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who?: SignedInUser) =>
    api.gql<T>(query, variables, who ? { token: who.token } : {});

  beforeAll(async () => {
    api = await TestApi.start();
    associationAdmin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, associationAdmin.organisation, UserRole.REVIEWER);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    providerAdmin = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    providerMember = await signedInUser(api, providerAdmin.organisation, UserRole.MEMBER);
    otherProvider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
  });
  afterAll(() => api.close());

  describe('profile', () => {
    it('a provider admin updates its own profile, reads it back, and the change is audited', async () => {
      const supplierId = providerAdmin.organisation.id;
      const before = await auditCount(supplierId);
      const input = {
        description: '  Video analytics for industrial sites.  ',
        services: [' Installation ', 'Maintenance', 'Installation'],
        headquartersCountry: 'DE',
        operatingCountries: ['DE', 'KE', 'DE', 'BR'],
      };
      const updated = await gql<{ updateSupplierProfile: SupplierData }>(UPDATE_PROFILE, { input }, providerAdmin);
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateSupplierProfile).toMatchObject({
        id: supplierId,
        description: 'Video analytics for industrial sites.',
        services: ['Installation', 'Maintenance'],
        headquartersCountry: 'DE',
        operatingCountries: ['DE', 'KE', 'BR'],
        membershipStatus: 'NONE',
      });
      const mine = await gql<{ mySupplier: SupplierData }>(MY_SUPPLIER, {}, providerMember);
      expect(mine.data?.mySupplier).toMatchObject({ id: supplierId, headquartersCountry: 'DE', services: ['Installation', 'Maintenance'] });
      expect(await auditCount(supplierId)).toBe(before + 1);

      // Fields left out stay as they are.
      const partial = await gql<{ updateSupplierProfile: SupplierData }>(UPDATE_PROFILE, { input: { services: [] } }, providerAdmin);
      expect(partial.data?.updateSupplierProfile).toMatchObject({ services: [], headquartersCountry: 'DE', operatingCountries: ['DE', 'KE', 'BR'] });
    });

    it('bad input is refused field by field and nothing is written', async () => {
      const supplierId = providerAdmin.organisation.id;
      const before = await api.db.getRepository(SupplierProfile).findOneByOrFail({ organisationId: supplierId });
      const audits = await auditCount(supplierId);
      const cases: [Record<string, unknown>, string[]][] = [
        [{ operatingCountries: ['FR', 'XX'], description: 'new text' }, ['input.operatingCountries']],
        [{ headquartersCountry: 'fr' }, ['input.headquartersCountry']],
        [{ headquartersCountry: null }, ['input.headquartersCountry']],
        [{ description: 'x'.repeat(5001) }, ['input.description']],
        [{ services: Array.from({ length: 31 }, (_, i) => `service ${i}`) }, ['input.services']],
        [{ services: ['ok', 'y'.repeat(101), '   '] }, ['input.services']],
        [{ operatingCountries: Array(251).fill('FR') }, ['input.operatingCountries']],
        [{ supplierId: 'not-an-id' }, ['input.supplierId']],
      ];
      for (const [input, fields] of cases) {
        const result = await gql(UPDATE_PROFILE, { input }, providerAdmin);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(fields);
      }
      expect(await api.db.getRepository(SupplierProfile).findOneByOrFail({ organisationId: supplierId })).toEqual(before);
      expect(await auditCount(supplierId)).toBe(audits);
    });

    it('only an admin of the supplier or an association admin edits a profile', async () => {
      const supplierId = providerAdmin.organisation.id;
      const input = { supplierId, description: 'edited' };
      expect(errorCode(await gql(UPDATE_PROFILE, { input }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(UPDATE_PROFILE, { input }, client))).toBe('FORBIDDEN');
      expect(errorCode(await gql(UPDATE_PROFILE, { input }, reviewer))).toBe('FORBIDDEN');
      expect(errorCode(await gql(UPDATE_PROFILE, { input }, providerMember))).toBe('FORBIDDEN');
      expect(errorCode(await gql(UPDATE_PROFILE, { input }, otherProvider))).toBe('NOT_FOUND');

      const byAssociation = await gql<{ updateSupplierProfile: SupplierData }>(UPDATE_PROFILE, { input }, associationAdmin);
      expect(byAssociation.data?.updateSupplierProfile.description).toBe('edited');
      // The association acts for another organisation, so it must say which.
      const unnamed = await gql(UPDATE_PROFILE, { input: { description: 'x' } }, associationAdmin);
      expect(errorCode(unnamed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(unnamed)).toEqual(['input.supplierId']);
      const client2 = await gql(UPDATE_PROFILE, { input: { supplierId: client.organisation.id, description: 'x' } }, associationAdmin);
      expect(errorCode(client2)).toBe('NOT_FOUND');
    });

    it('mySupplier is for provider users', async () => {
      expect(errorCode(await gql(MY_SUPPLIER, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(MY_SUPPLIER, {}, client))).toBe('FORBIDDEN');
    });
  });

  describe('reading a supplier', () => {
    it('anyone reads a verified supplier with its products', async () => {
      const supplier = await createOrganisation(api.db, OrganisationKind.PROVIDER);
      await api.db.getRepository(Product).save({ supplierId: supplier.id, name: 'Gate', category: ProductCategory.ACCESS_CONTROL_PERIMETER });
      const result = await gql<{ supplier: SupplierData }>(SUPPLIER, { id: supplier.id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.supplier).toMatchObject({ id: supplier.id, status: 'ACTIVE', products: [{ name: 'Gate', category: 'ACCESS_CONTROL_PERIMETER' }] });
    });

    it('a supplier pending verification is seen only by its own users and the association', async () => {
      const pending = await signedInUser(
        api,
        await createOrganisation(api.db, OrganisationKind.PROVIDER, { status: OrganisationStatus.PENDING_VERIFICATION }),
        UserRole.MEMBER,
      );
      const id = pending.organisation.id;
      expect((await gql<{ supplier: SupplierData }>(SUPPLIER, { id }, pending)).data?.supplier.status).toBe('PENDING_VERIFICATION');
      expect((await gql<{ supplier: SupplierData }>(SUPPLIER, { id }, reviewer)).data?.supplier.id).toBe(id);
      expect(errorCode(await gql(SUPPLIER, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SUPPLIER, { id }, client))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SUPPLIER, { id }, otherProvider))).toBe('NOT_FOUND');
    });

    it('an organisation that is not a provider, an unknown id and a malformed id', async () => {
      expect(errorCode(await gql(SUPPLIER, { id: client.organisation.id }))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SUPPLIER, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      const malformed = await gql(SUPPLIER, { id: 'nope' });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(malformed)).toEqual(['id']);
    });
  });

  describe('membership status', () => {
    it('is set by association admins only, and audited', async () => {
      const id = providerAdmin.organisation.id;
      expect(errorCode(await gql(SET_MEMBERSHIP, { id, status: 'MEMBER' }))).toBe('UNAUTHENTICATED');
      for (const who of [client, reviewer, providerAdmin, otherProvider]) {
        expect(errorCode(await gql(SET_MEMBERSHIP, { id, status: 'MEMBER' }, who))).toBe('FORBIDDEN');
      }
      const before = await auditCount(id);
      const set = await gql<{ setSupplierMembershipStatus: { membershipStatus: string } }>(SET_MEMBERSHIP, { id, status: 'MEMBER' }, associationAdmin);
      expect(set.data?.setSupplierMembershipStatus.membershipStatus).toBe('MEMBER');
      expect(await auditCount(id)).toBe(before + 1);
      const event = await api.db.getRepository(AuditEvent).findOneOrFail({ where: { entityId: id, action: 'supplier.membership-status-set' } });
      expect(event.data).toEqual({ from: 'NONE', to: 'MEMBER' });
      expect(errorCode(await gql(SET_MEMBERSHIP, { id: client.organisation.id, status: 'MEMBER' }, associationAdmin))).toBe('NOT_FOUND');
    });

    it('a supplier cannot set its own membership through its profile', async () => {
      const result = await gql(UPDATE_PROFILE, { input: { membershipStatus: 'CERTIFIED' } }, providerAdmin);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('products', () => {
    it('a provider member creates, updates and deletes a product; each change is audited', async () => {
      const created = await gql<{ createProduct: ProductData }>(
        CREATE_PRODUCT,
        {
          input: {
            name: '  FaceFind  ',
            category: 'FACIAL_RECOGNITION',
            capabilities: ['BIOMETRIC_PROCESSING', 'AI_ML_INFERENCE', 'BIOMETRIC_PROCESSING'],
            deploymentContexts: ['BORDER_MIGRATION'],
            deployedCountries: ['KE', 'BR'],
          },
        },
        providerMember,
      );
      expect(created.errors).toBeUndefined();
      const product = created.data!.createProduct;
      expect(product).toMatchObject({
        supplierId: providerAdmin.organisation.id,
        name: 'FaceFind',
        capabilities: ['BIOMETRIC_PROCESSING', 'AI_ML_INFERENCE'],
        deployedCountries: ['KE', 'BR'],
        description: '',
      });

      const updated = await gql<{ updateProduct: ProductData }>(
        UPDATE_PRODUCT,
        { input: { id: product.id, deployedCountries: ['KE'], description: 'Airport gates' } },
        providerAdmin,
      );
      expect(updated.data?.updateProduct).toMatchObject({ name: 'FaceFind', deployedCountries: ['KE'], description: 'Airport gates' });

      const listed = await gql<{ mySupplier: SupplierData }>(MY_SUPPLIER, {}, providerMember);
      expect(listed.data?.mySupplier.products.map((p) => p.id)).toContain(product.id);

      const deleted = await gql<{ deleteProduct: string }>(DELETE_PRODUCT, { id: product.id }, providerMember);
      expect(deleted.data?.deleteProduct).toBe(product.id);
      expect(await api.db.getRepository(Product).existsBy({ id: product.id })).toBe(false);
      const actions = (await api.db.getRepository(AuditEvent).find({ where: { entityId: product.id }, order: { id: 'ASC' } })).map((e) => e.action);
      expect(actions).toEqual(['product.created', 'product.updated', 'product.deleted']);
    });

    it('an association admin manages the products of any supplier it names', async () => {
      const supplierId = otherProvider.organisation.id;
      const created = await gql<{ createProduct: ProductData }>(CREATE_PRODUCT, { input: { supplierId, name: 'Tag', category: 'ELECTRONIC_MONITORING' } }, associationAdmin);
      expect(created.data?.createProduct.supplierId).toBe(supplierId);
      const unnamed = await gql(CREATE_PRODUCT, { input: { name: 'Tag', category: 'ELECTRONIC_MONITORING' } }, associationAdmin);
      expect(fieldsOf(unnamed)).toEqual(['input.supplierId']);
    });

    it("another tenant's product answers NOT_FOUND; clients are refused; anonymous callers must sign in", async () => {
      const foreign = await api.db.getRepository(Product).save({ supplierId: otherProvider.organisation.id, name: 'Stingray', category: ProductCategory.IMSI_CATCHER });
      const update = { input: { id: foreign.id, name: 'hijacked' } };
      expect(errorCode(await gql(UPDATE_PRODUCT, update, providerAdmin))).toBe('NOT_FOUND');
      expect(errorCode(await gql(DELETE_PRODUCT, { id: foreign.id }, providerMember))).toBe('NOT_FOUND');
      expect(errorCode(await gql(CREATE_PRODUCT, { input: { supplierId: otherProvider.organisation.id, name: 'x', category: 'IMSI_CATCHER' } }, providerAdmin))).toBe('NOT_FOUND');
      expect(errorCode(await gql(UPDATE_PRODUCT, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } }, providerAdmin))).toBe('NOT_FOUND');

      for (const who of [client, reviewer]) {
        expect(errorCode(await gql(UPDATE_PRODUCT, update, who))).toBe('FORBIDDEN');
        expect(errorCode(await gql(DELETE_PRODUCT, { id: foreign.id }, who))).toBe('FORBIDDEN');
        expect(errorCode(await gql(CREATE_PRODUCT, { input: { supplierId: otherProvider.organisation.id, name: 'x', category: 'IMSI_CATCHER' } }, who))).toBe('FORBIDDEN');
      }
      expect(errorCode(await gql(UPDATE_PRODUCT, update))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(DELETE_PRODUCT, { id: foreign.id }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(CREATE_PRODUCT, { input: { name: 'x', category: 'IMSI_CATCHER' } }))).toBe('UNAUTHENTICATED');

      expect(await api.db.getRepository(Product).findOneByOrFail({ id: foreign.id })).toMatchObject({ name: 'Stingray' });
      expect(await auditCount(foreign.id)).toBe(0);
    });

    it('a product in the scope of an assessment is not deleted: CONFLICT, and the product and the scope stay', async () => {
      const product = await api.db.getRepository(Product).save({ supplierId: providerAdmin.organisation.id, name: 'Scoped', category: ProductCategory.BODY_WORN_CAMERAS });
      const assessment = await insertAssessment(api.db, providerAdmin.organisation, client.organisation);
      await api.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: product.id });

      const refused = await gql(DELETE_PRODUCT, { id: product.id }, providerAdmin);
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(await api.db.getRepository(Product).existsBy({ id: product.id })).toBe(true);
      expect(await api.db.getRepository(AssessmentProduct).countBy({ productId: product.id })).toBe(1);
      expect(await auditCount(product.id)).toBe(0);
    });

    it('bad input names the field and writes nothing', async () => {
      const supplierId = providerAdmin.organisation.id;
      const count = await api.db.getRepository(Product).countBy({ supplierId });
      const cases: [Record<string, unknown>, string[]][] = [
        [{ name: 'Cam', category: 'VIDEO_ANALYTICS_CCTV', deployedCountries: ['FR', 'ZZ'] }, ['input.deployedCountries']],
        [{ name: '   ', category: 'VIDEO_ANALYTICS_CCTV' }, ['input.name']],
        [{ name: 'Cam', category: 'VIDEO_ANALYTICS_CCTV', description: 'd'.repeat(5001) }, ['input.description']],
        [{ name: 'Cam', category: 'VIDEO_ANALYTICS_CCTV', capabilities: null }, ['input.capabilities']],
      ];
      for (const [input, fields] of cases) {
        const result = await gql(CREATE_PRODUCT, { input }, providerAdmin);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(fields);
      }
      // An enum value outside the taxonomy is refused by GraphQL itself.
      expect(errorCode(await gql(CREATE_PRODUCT, { input: { name: 'Cam', category: 'TOASTER' } }, providerAdmin))).toBe('BAD_USER_INPUT');
      expect(await api.db.getRepository(Product).countBy({ supplierId })).toBe(count);
    });
  });
});
