/**
 * npm run migration:run | migration:revert | migration:generate -- <Name>
 * `generate` diffs the entities against the database at DATABASE_URL (migrated up first) and writes a new
 * migration class under libs/database/src/migrations; register it in migrations/index.ts.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@assay/config';
import { createDataSource } from '@assay/database';

const [command, name] = process.argv.slice(2);
const config = loadConfig();
const dataSource = createDataSource(config.DATABASE_URL, { logging: ['error', 'migration'] });

async function generate(className: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(className)) throw new Error('Give the migration a PascalCase name, e.g. AddAssessments');
  await dataSource.runMigrations({ transaction: 'each' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('The entities match the database: no migration needed.');
    return;
  }
  const timestamp = Date.now();
  const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
  const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((q) => `    await queryRunner.query(${quote(q.query)});`)
    .join('\n');
  const file = `libs/database/src/migrations/${timestamp}-${className}.ts`;
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className}${timestamp} implements MigrationInterface {\n  name = '${className}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`Wrote ${file}; add ${className}${timestamp} to libs/database/src/migrations/index.ts`);
}

async function main(): Promise<void> {
  await dataSource.initialize();
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'The database is up to date.');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
    } else if (command === 'generate') {
      await generate(name ?? '');
    } else {
      throw new Error('usage: migrate.ts run | revert | generate <Name>');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
