import { verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { User, createDataSource, verifyAuditChain } from '@assay/database';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { seedDemo } from '../../scripts/seed-demo.js';

const TABLES = ['organisation', 'user', 'supplier_profile', 'product', 'jurisdiction_risk', 'working_group', 'working_group_member', 'working_group_watch', 'questionnaire_template', 'audit_event'];

describe('the demo story', () => {
  let url: string;
  let db: DataSource;
  beforeAll(async () => {
    url = await createMigratedDatabase('assay_seed');
    db = createDataSource(url);
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(url);
  });

  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, Number((await db.query(`SELECT count(*) FROM "${table}"`))[0].count)])));

  it('seeds once, and seeding again changes nothing', async () => {
    await seedDemo(db);
    const first = await counts();
    expect(first).toMatchObject({ organisation: 8, working_group: 1, working_group_member: 3, questionnaire_template: 1 });
    expect(first.product).toBeGreaterThanOrEqual(9);
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(await verifyAuditChain(db.manager)).toEqual({ intact: true, rows: first.audit_event });
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
