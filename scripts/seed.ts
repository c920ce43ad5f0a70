/** npm run seed — writes the demo story into DATABASE_URL (migrated); safe to run again. */
import { loadConfig } from '@assay/config';
import { createDataSource } from '@assay/database';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

const dataSource = createDataSource(loadConfig().DATABASE_URL);
await dataSource.initialize();
try {
  const { created } = await seedDemo(dataSource);
  console.log(created ? `Seeded the demo story (${created} records; password for every demo login: ${DEMO_PASSWORD}).` : 'Demo data already present: nothing to add.');
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
}
