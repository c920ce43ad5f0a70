// Drops the run's database and deletes its Redis keys (see global-setup.mjs).
import { rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import pg from 'pg';

export default async function globalTeardown() {
  const url = process.env.ASSAY_TEST_DATABASE_URL;
  if (!url) return;
  delete process.env.ASSAY_TEST_DATABASE_URL;
  const maintenance = new URL(url);
  const name = maintenance.pathname.slice(1);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
  if (process.env.CERTIFICATE_KEYS_DIR) await rm(process.env.CERTIFICATE_KEYS_DIR, { recursive: true, force: true });

  const prefix = process.env.REDIS_PREFIX;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
