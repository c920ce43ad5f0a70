import type { DataSource } from 'typeorm';
import { createDataSource } from '@assay/database';
import { createEmptyDatabase, dropDatabase } from '@assay/testing';

/** What is left of ours in the public schema, besides TypeORM's own bookkeeping. */
async function leftovers(dataSource: DataSource): Promise<Record<string, string[]>> {
  const names = async (sql: string) => ((await dataSource.query(sql)) as { name: string }[]).map((row) => row.name).sort();
  return {
    tables: await names(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`),
    types: await names(`SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')`),
    functions: await names(`SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`),
    sequences: await names(`SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = 'public' AND sequence_name <> 'schema_migration_id_seq'`),
  };
}

const NOTHING = { tables: [], types: [], functions: [], sequences: [] };

describe('migrations', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createEmptyDatabase('assay_migrations');
    dataSource = createDataSource(url, { poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    if (url) await dropDatabase(url);
  });

  it('take an empty database up to the entities, back down to nothing, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(dataSource.migrations.length);

    // The entities need no further migration: every schema change came with its migration.
    const drift = await dataSource.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((query) => query.query)).toEqual([]);

    for (let undone = 0; undone < applied.length; undone += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await dataSource.query('SELECT name FROM schema_migration')).toEqual([]);
    expect(await leftovers(dataSource)).toEqual(NOTHING);

    // Every down() left the schema clean enough for the up() migrations to run again.
    await expect(dataSource.runMigrations({ transaction: 'each' })).resolves.toHaveLength(applied.length);
  }, 60_000);
});
