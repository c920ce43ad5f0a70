import type { Organisation, User } from '@assay/database';
import type { OrganisationKind, UserRole } from '@assay/domain';
import { TEST_PASSWORD, createOrganisation, createUser, type TestApi } from '@assay/testing';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

let signIns = 0;

/**
 * Signs in through the login mutation. Each sign-in comes from its own address (per test worker), so a
 * whole run never spends the per-IP login budget that the rate limiter keeps in Redis.
 */
export async function signIn(api: TestApi, email: string, password = TEST_PASSWORD): Promise<string> {
  signIns += 1;
  const ip = `198.18.${process.pid % 250}.${signIns % 250}`;
  const result = await api.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } }, { ip });
  if (!result.data?.login) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

export interface SignedInUser {
  organisation: Organisation;
  user: User;
  token: string;
}

/** A user of a new organisation of `kind` (or of the given one), signed in. */
export async function signedInUser(api: TestApi, organisation: OrganisationKind | Organisation, role: UserRole): Promise<SignedInUser> {
  const org = typeof organisation === 'string' ? await createOrganisation(api.db, organisation) : organisation;
  const user = await createUser(api.db, org, role);
  return { organisation: org, user, token: await signIn(api, user.email) };
}
