import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { AuditEvent, auditHash, createDataSource, recordAudit, recordAuditEvents, verifyAuditChain } from '@assay/database';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';

const root = fileURLToPath(new URL('../../', import.meta.url));
const marker = () => `audit-spec-${randomBytes(4).toString('hex')}`;

async function record(db: DataSource, entityId: string, data: Record<string, unknown> = {}): Promise<void> {
  await db.transaction((manager) => recordAudit(manager, { action: 'spec.recorded', entityType: 'spec', entityId, data }));
}

/** Runs `npm run audit:verify` against `databaseUrl` and resolves with its exit status and output. */
function auditVerify(databaseUrl: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', './scripts/register.mjs', 'scripts/audit-verify.ts'],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Edits a row the only way left: as the table's owner, with the append-only trigger switched off. */
async function tamper(db: DataSource, sql: string, params: unknown[]): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await manager.query(sql, params);
    await manager.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  });
}

describe('audit log on the run database', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = createDataSource(process.env.ASSAY_TEST_DATABASE_URL!, { poolSize: 12 });
    await db.initialize();
  });
  afterAll(() => db.destroy());

  it('concurrent transactions append to one linear chain that verifies intact', async () => {
    const entityId = marker();
    await Promise.all(Array.from({ length: 20 }, (_, index) => record(db, entityId, { index })));

    const mine = await db.getRepository(AuditEvent).findBy({ entityId });
    expect(mine).toHaveLength(20);
    // Linear: no two rows link to the same predecessor (a fork would mean a writer read a stale tail).
    expect(await db.query('SELECT prev_hash FROM audit_event GROUP BY prev_hash HAVING count(*) > 1')).toEqual([]);
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: true });
  }, 30_000);

  it('batches of events, written beside single events, link in their order into the one chain', async () => {
    const entityId = marker();
    const batch = (from: number) =>
      db.transaction((manager) =>
        recordAuditEvents(manager, Array.from({ length: 5 }, (_, k) => ({ action: 'spec.batched', entityType: 'spec', entityId, data: { index: from + k, text: 'naïve "quoted"' } }))),
      );
    await Promise.all([batch(0), record(db, entityId, { single: 1 }), batch(5), record(db, entityId, { single: 2 }), batch(10)]);

    const mine = await db.getRepository(AuditEvent).find({ where: { entityId, action: 'spec.batched' }, order: { id: 'ASC' } });
    expect(mine).toHaveLength(15);
    // Each batch's five rows are consecutive and in the order given.
    const indexes = mine.map((event) => event.data.index as number);
    for (const start of [0, 5, 10]) {
      const at = indexes.indexOf(start);
      expect(indexes.slice(at, at + 5)).toEqual([start, start + 1, start + 2, start + 3, start + 4]);
    }
    expect(await db.query('SELECT prev_hash FROM audit_event GROUP BY prev_hash HAVING count(*) > 1')).toEqual([]);
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: true });
  }, 30_000);

  it('an event of a transaction that rolls back is not kept, and the chain stays intact', async () => {
    const entityId = marker();
    const failing = db.transaction(async (manager) => {
      await recordAudit(manager, { action: 'spec.rolled-back', entityType: 'spec', entityId });
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');
    await record(db, marker());

    expect(await db.getRepository(AuditEvent).countBy({ entityId })).toBe(0);
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: true });
  });

  it('refuses to record outside the transaction of the change', async () => {
    await expect(recordAudit(db.manager, { action: 'spec.loose', entityType: 'spec', entityId: marker() })).rejects.toThrow(/inside the transaction/);
  });
});

// The tests below build on each other, in order: one edit, then an edit that hides itself, then a deletion.
describe('tampering with the audit log (a database of its own)', () => {
  let url: string;
  let db: DataSource;
  let ids: string[];

  beforeAll(async () => {
    url = await createMigratedDatabase('assay_audit');
    db = createDataSource(url, { poolSize: 2 });
    await db.initialize();
    for (let index = 0; index < 5; index += 1) await record(db, `event-${index}`, { index });
    ids = (await db.getRepository(AuditEvent).find({ order: { id: 'ASC' } })).map((event) => event.id);
  }, 30_000);

  afterAll(async () => {
    await db?.destroy();
    if (url) await dropDatabase(url);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(db.query(`UPDATE audit_event SET data = '{"edited": true}' WHERE id = $1`, [ids[1]])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_event WHERE id = $1', [ids[1]])).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    await expect(verifyAuditChain(db.manager)).resolves.toEqual({ intact: true, rows: 5 });
  });

  it('audit:verify reports an intact chain, then names the row edited by hand (exit status 1)', async () => {
    const before = await auditVerify(url);
    expect(before).toEqual({ status: 0, output: 'audit chain intact: 5 events\n' });

    await tamper(db, `UPDATE audit_event SET data = '{"index": 99}' WHERE id = $1`, [ids[2]]);
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: false, brokenAtId: ids[2], reason: expect.stringMatching(/content/) });

    const after = await auditVerify(url);
    expect(after.status).toBe(1);
    expect(after.output).toContain(`audit chain BROKEN at event #${ids[2]}`);
    expect(after.output).toContain('(3 events checked)');
  }, 60_000);

  it('an edit that also rewrites its own hash is exposed by the next row', async () => {
    // Row 2 (edited above) now hashes consistently with its new content: the link from row 3 breaks instead.
    const [edited] = (await db.query('SELECT * FROM audit_event WHERE id = $1', [ids[2]])) as Record<string, unknown>[];
    const rehashed = auditHash(String(edited!.prev_hash), {
      occurredAt: edited!.occurred_at as Date,
      actorUserId: edited!.actor_user_id as string | null,
      organisationId: edited!.organisation_id as string | null,
      action: String(edited!.action),
      entityType: String(edited!.entity_type),
      entityId: String(edited!.entity_id),
      data: edited!.data as Record<string, unknown>,
    });
    await tamper(db, 'UPDATE audit_event SET hash = $2 WHERE id = $1', [ids[2], rehashed]);
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: false, brokenAtId: ids[3], reason: expect.stringMatching(/prev_hash/) });
  });

  it('a row deleted by hand is exposed by the row after it', async () => {
    await tamper(db, 'DELETE FROM audit_event WHERE id = ANY($1::bigint[])', [[ids[2], ids[3]]]);
    // Rows 0, 1 hold; row 4 no longer links to row 1.
    await expect(verifyAuditChain(db.manager)).resolves.toMatchObject({ intact: false, brokenAtId: ids[4], rows: 3 });
  });
});
