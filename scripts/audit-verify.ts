/**
 * npm run audit:verify — walks the audit hash chain of the database at DATABASE_URL and names the first row
 * that does not hold. Exit status 0 when intact, 1 when broken, 2 when it could not check.
 *
 * To see it catch tampering (demo): the trigger refuses UPDATE and DELETE on audit_event, so only the table's
 * owner can edit a row, and only by switching the trigger off first — which the chain still exposes:
 *
 *   psql "$DATABASE_URL" <<'SQL'
 *   ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
 *   UPDATE audit_event SET data = data || '{"edited": true}' WHERE id = (SELECT min(id) + 1 FROM audit_event);
 *   ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;
 *   SQL
 *   npm run audit:verify   # audit chain BROKEN at event #<id>: ...
 */
import { loadConfig } from '@assay/config';
import { createDataSource, verifyAuditChain } from '@assay/database';

async function main(): Promise<number> {
  const config = loadConfig();
  const dataSource = createDataSource(config.DATABASE_URL, { poolSize: 1 });
  await dataSource.initialize();
  try {
    const verdict = await verifyAuditChain(dataSource.manager);
    if (verdict.intact) {
      console.log(`audit chain intact: ${verdict.rows} events`);
      return 0;
    }
    console.log(`audit chain BROKEN at event #${verdict.brokenAtId}: ${verdict.reason} (${verdict.rows} events checked)`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`audit:verify could not check the chain: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
