import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource } from '@assay/database';

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceDb<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server of `serverUrl` (default: DATABASE_URL), named so runs never collide. */
export async function createEmptyDatabase(prefix = 'assay_test', serverUrl = process.env.DATABASE_URL ?? DEFAULT_SERVER_URL): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await onMaintenanceDb(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return withDatabase(serverUrl, name);
}

/** A new database with every migration applied. */
export async function createMigratedDatabase(prefix?: string, serverUrl?: string): Promise<string> {
  const url = await createEmptyDatabase(prefix, serverUrl);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  return url;
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await onMaintenanceDb(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
