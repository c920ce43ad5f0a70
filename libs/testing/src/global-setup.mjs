// Jest global setup (plain ESM: Jest loads it outside its module mapper). One migrated database and one
// Redis key prefix per test run; global-teardown.mjs drops both.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export default async function globalSetup() {
  if (process.env.ASSAY_TEST_DATABASE_URL) return; // another project of this run made them already
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `assay_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const maintenance = new URL(server);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();

  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.ASSAY_TEST_DATABASE_URL = url.toString();
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_PREFIX = `assay-test-${randomBytes(4).toString('hex')}`;
  process.env.NODE_ENV = 'test';
  // The certificate signing key the run generates stays out of the repository's .data (teardown deletes it).
  process.env.CERTIFICATE_KEYS_DIR = join(tmpdir(), `${name}-certificate-keys`);
  process.env.LOG_LEVEL ??= 'silent';
  // Workers the tests start (several at once in the fault tests) each bind their metrics endpoint to a free port.
  process.env.WORKER_METRICS_PORT = '0';
  // Tests read public data right after changing it; the cache's own spec turns it on for its app.
  process.env.PUBLIC_QUERY_CACHE_MS ??= '0';
  execFileSync(process.execPath, ['--import', './scripts/register.mjs', 'scripts/migrate.ts', 'run'], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
