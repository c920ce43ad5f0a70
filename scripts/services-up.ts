// `npm run services:up`: makes sure PostgreSQL and Redis answer at DATABASE_URL / REDIS_URL,
// starting local ones under .data/ when needed. Started services are left running.
import { ensureServices, redact } from './services.js';

try {
  const { databaseUrl, redisUrl } = await ensureServices();
  console.log(`DATABASE_URL=${redact(databaseUrl)}`);
  console.log(`REDIS_URL=${redact(redisUrl)}`);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
