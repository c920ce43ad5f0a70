import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { User, createDataSource, verifyAuditChain } from '@assay/database';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { seedDemo } from '../../scripts/seed-demo.js';

const TABLES = ['organisation', 'user', 'supplier_profile', 'product', 'jurisdiction_risk', 'working_group', 'working_group_member', 'working_group_watch', 'questionnaire_template', 'audit_event', 'assessment', 'score_run', 'review', 'evidence_file', 'certificate', 'outbox_message', 'notification'];

describe('the demo story', () => {
  let url: string;
  let db: DataSource;
  let evidenceDir: string;
  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'assay-seed-evidence-'));
    url = await createMigratedDatabase('assay_seed');
    db = createDataSource(url);
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(url);
    await rm(evidenceDir, { recursive: true, force: true });
  });

  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, Number((await db.query(`SELECT count(*) FROM "${table}"`))[0].count)])));

  it('seeds once, and seeding again changes nothing', async () => {
    await seedDemo(db, { evidenceDir });
    const first = await counts();
    expect(first).toMatchObject({ organisation: 8, working_group: 1, working_group_member: 3, questionnaire_template: 1, certificate: 1, score_run: 1, review: 1, evidence_file: 1 });
    expect(first.product).toBeGreaterThanOrEqual(9);
    await seedDemo(db, { evidenceDir });
    expect(await counts()).toEqual(first);
    expect(await verifyAuditChain(db.manager)).toEqual({ intact: true, rows: first.audit_event });
  });

  it('holds one valid certificate, eligible on its effective scores, whose render job waits in the outbox', async () => {
    const [certificate] = (await db.query(
      `SELECT c.id, c.serial, c.status, c.level, c.valid_until > now() AS live, a.status AS assessment_status, r.eligibility, o.legal_name
         FROM certificate c JOIN assessment a ON a.id = c.assessment_id JOIN score_run r ON r.id = c.score_run_id JOIN organisation o ON o.id = c.supplier_id`,
    )) as { id: string; serial: string; status: string; level: string; live: boolean; assessment_status: string; eligibility: { eligible: boolean }; legal_name: string }[];
    expect(certificate).toMatchObject({ status: 'VALID', live: true, assessment_status: 'APPROVED', eligibility: { eligible: true }, legal_name: 'Sentinel Vision Systems Ltd' });
    expect(certificate!.serial).toMatch(/^ASSAY-\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(await db.query(`SELECT queue FROM outbox_message WHERE job_key = $1`, [`render-certificate:${certificate!.id}`])).toEqual([{ queue: 'certificates' }]);
    // The evidence the answers point to exists on disk.
    expect((await readdir(evidenceDir, { recursive: true })).filter((name) => String(name).split('/').length === 3 && !String(name).startsWith('.tmp'))).toHaveLength(1);
  });

  it.each([
    ['admin@association.example', 'ASSOCIATION', 'ADMIN'],
    ['reviewer@association.example', 'ASSOCIATION', 'REVIEWER'],
    ['analyst@client-one.example', 'CLIENT', 'ADMIN'],
    ['respondent@provider-one.example', 'PROVIDER', 'ADMIN'],
  ])('%s is a %s %s whose password is the README one', async (email, kind, role) => {
    const user = await db.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').innerJoinAndSelect('u.organisation', 'o').where('u.email = :email', { email }).getOneOrFail();
    expect([user.organisation!.kind, user.role]).toEqual([kind, role]);
    expect(await verify(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });
});
