import { randomBytes } from 'node:crypto';
import { hash, Algorithm } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { User, insertOrganisation, type Organisation } from '@assay/database';
import { OrganisationKind, OrganisationStatus, UserRole } from '@assay/domain';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function createOrganisation(
  db: DataSource,
  kind: OrganisationKind,
  overrides: Partial<Organisation> = {},
): Promise<Organisation> {
  const organisation = await insertOrganisation(db.manager, {
    kind,
    status: OrganisationStatus.ACTIVE,
    legalName: `${kind.toLowerCase()} ${unique()}`,
    country: 'FR',
    ...overrides,
  });
  return organisation;
}

/** A user who can sign in with TEST_PASSWORD. */
export async function createUser(db: DataSource, organisation: Organisation, role: UserRole, email = `user-${unique()}@test.example`): Promise<User> {
  passwordHash ??= hash(TEST_PASSWORD, { algorithm: Algorithm.Argon2id });
  return db.getRepository(User).save({
    organisationId: organisation.id,
    email,
    displayName: `${role.toLowerCase()} ${unique()}`,
    role,
    passwordHash: await passwordHash,
  });
}
