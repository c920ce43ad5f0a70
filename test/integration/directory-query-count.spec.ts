import { randomBytes } from 'node:crypto';
import { Assessment, Certificate, Organisation, Product, RequesterKind, ScoreRun, ScoreRunTrigger, SupplierProfile, TemplateStatus, User } from '@assay/database';
import { AssessmentStatus, CertificateLevel, CertificateStatus, OrganisationKind, OrganisationStatus, ProductCategory, Tier, UserRole, certificateSerial } from '@assay/domain';
import { StatementRecorder, TestApi, createOrganisation, createUser, insertTemplate } from '@assay/testing';

const DIRECTORY = `query ($filter: DirectoryFilterInput, $first: Int) {
  directory(filter: $filter, first: $first) {
    nodes { id legalName membershipStatus products { id name category deployedCountries } currentCertificate { serial status level validUntil products { name } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

type Page = { directory: { nodes: { id: string; products: { id: string }[]; currentCertificate: { serial: string } | null }[]; pageInfo: { hasNextPage: boolean } } };

describe('directory SQL statements', () => {
  let api: TestApi;
  let recorder: StatementRecorder;
  const tag = `count${randomBytes(4).toString('hex')}`;
  const categories = Object.values(ProductCategory);

  beforeAll(async () => {
    api = await TestApi.start();
    recorder = StatementRecorder.of(api.db);

    const organisations = await api.db.getRepository(Organisation).save(
      Array.from({ length: 60 }, (_, i) => ({
        kind: OrganisationKind.PROVIDER,
        status: OrganisationStatus.ACTIVE,
        legalName: `Supplier ${String(i).padStart(2, '0')} ${tag}`,
        country: 'FR',
      })),
    );
    await api.db.getRepository(SupplierProfile).insert(
      organisations.map((o) => ({ organisationId: o.id, headquartersCountry: 'FR', operatingCountries: ['FR', 'KE'] })),
    );
    await api.db.getRepository(Product).insert(
      organisations.flatMap((o, i) =>
        Array.from({ length: 2 + (i % 2) }, (_, j) => ({
          supplierId: o.id,
          name: `Product ${j}`,
          category: categories[(i + j) % categories.length],
          deployedCountries: ['KE'],
        })),
      ),
    );
    // Every other supplier holds a certificate (VALID or SUSPENDED), so the field is read, not just asked for.
    const association = await createOrganisation(api.db, OrganisationKind.ASSOCIATION);
    const issuer: User = await createUser(api.db, association, UserRole.REVIEWER);
    const template = await insertTemplate(api.db, TemplateStatus.PUBLISHED);
    for (const [i, supplier] of organisations.entries()) {
      if (i % 2 === 1) continue;
      const assessment = await api.db.getRepository(Assessment).save({
        supplierId: supplier.id, templateId: template.id, requesterKind: RequesterKind.PROVIDER, requestedByOrganisationId: supplier.id,
        dueDate: '2031-01-31', status: AssessmentStatus.APPROVED, submissionNumber: 1,
      });
      const run = await api.db.getRepository(ScoreRun).save({
        assessmentId: assessment.id, submissionNumber: 1, methodologyVersion: 'assay-v1', trigger: ScoreRunTrigger.SUBMISSION, inherentRisk: 45, maturity: 90,
        residualRisk: 12.6, tier: Tier.LOW, confidence: 1, redFlags: [], themes: [], productRisks: [], questions: [], eligibility: { eligible: true, unmet: [], level: CertificateLevel.CERTIFIED },
      });
      const issuedAt = new Date();
      await api.db.getRepository(Certificate).insert({
        serial: certificateSerial(issuedAt, randomBytes(5)), assessmentId: assessment.id, scoreRunId: run.id, supplierId: supplier.id,
        products: [{ id: supplier.id, name: 'Certified product', category: ProductCategory.BODY_WORN_CAMERAS }], level: CertificateLevel.CERTIFIED, conditions: null,
        methodologyVersion: 'assay-v1', issuedAt, validUntil: new Date(issuedAt.getTime() + 365 * 86_400_000), issuedByUserId: issuer.id,
        ...(i % 4 === 2 ? { status: CertificateStatus.SUSPENDED, statusReason: 'investigation', statusChangedAt: issuedAt } : {}),
      });
    }
  });
  afterAll(() => api.close());

  async function statementsFor(first: number, filter: Record<string, unknown> = {}): Promise<string[]> {
    let page: Page | null = null;
    const statements = await recorder.during(async () => {
      const result = await api.gql<Page>(DIRECTORY, { first, filter: { text: tag, ...filter } });
      expect(result.errors).toBeUndefined();
      page = result.data;
    });
    // The products really were read: a count that stayed flat by skipping them would prove nothing.
    const nodes = (page as Page | null)!.directory.nodes;
    expect(nodes).toHaveLength(first);
    expect(nodes.every((n) => n.products.length >= 2)).toBe(true);
    expect(nodes.filter((n) => n.currentCertificate).length).toBe(Math.ceil(first / 2));
    return statements;
  }

  it('is the same at page sizes 5 and 50: one for the suppliers, one for all their products, one for all their current certificates', async () => {
    await statementsFor(5); // warm-up: the first request may prepare caches
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.length).toBe(small.length);
    expect(small).toHaveLength(3);
  });

  it('stays the same with every filter applied', async () => {
    const filter = { country: 'KE', membershipStatus: 'NONE' };
    expect((await statementsFor(5, filter)).length).toBe((await statementsFor(50, filter)).length);
  });
});
