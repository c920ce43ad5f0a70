import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { Organisation, Product, SupplierProfile } from '@assay/database';
import { OrganisationKind, OrganisationStatus, ProductCategory } from '@assay/domain';
import { TestApi } from '@assay/testing';

const DIRECTORY = `query ($filter: DirectoryFilterInput, $first: Int) {
  directory(filter: $filter, first: $first) {
    nodes { id legalName membershipStatus products { id name category deployedCountries } }
    pageInfo { endCursor hasNextPage }
  }
}`;

type Page = { directory: { nodes: { id: string; products: { id: string }[] }[]; pageInfo: { hasNextPage: boolean } } };

/**
 * Records every SQL statement the api sends to PostgreSQL. It sits below TypeORM, on the node-postgres pool
 * the DataSource owns (`driver.master`): each time the pool hands out a client (new or idle, for a query
 * runner, a transaction or `dataSource.query`), that client's `query` is wrapped once. So nothing TypeORM
 * does can bypass it (query builders, repositories, raw queries, streams, BEGIN/COMMIT), unlike a TypeORM
 * logger, which sees only what a QueryRunner chooses to log.
 */
class StatementRecorder {
  readonly statements: string[] = [];
  private recording = false;
  private readonly wrapped = new WeakSet<pg.PoolClient>();

  constructor(pool: pg.Pool) {
    pool.on('acquire', (client) => this.wrap(client));
  }

  async during(work: () => Promise<void>): Promise<string[]> {
    this.statements.length = 0;
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return [...this.statements];
  }

  private wrap(client: pg.PoolClient): void {
    if (this.wrapped.has(client)) return;
    this.wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // The overloads of pg's query are not expressible as one signature; the arguments pass through untouched.
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (this.recording) {
        const [first] = args;
        this.statements.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
      }
      return query(...args);
    };
  }
}

describe('directory SQL statements', () => {
  let api: TestApi;
  let recorder: StatementRecorder;
  const tag = `count${randomBytes(4).toString('hex')}`;
  const categories = Object.values(ProductCategory);

  beforeAll(async () => {
    api = await TestApi.start();
    recorder = new StatementRecorder((api.db.driver as unknown as { master: pg.Pool }).master);

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
    return statements;
  }

  it('is the same at page sizes 5 and 50: one for the suppliers, one for all their products', async () => {
    await statementsFor(5); // warm-up: the first request may prepare caches
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.length).toBe(small.length);
    expect(small).toHaveLength(2);
  });

  it('stays the same with every filter applied', async () => {
    const filter = { country: 'KE', membershipStatus: 'NONE' };
    expect((await statementsFor(5, filter)).length).toBe((await statementsFor(50, filter)).length);
  });
});
