import { OrganisationKind, UserRole } from '@assay/domain';
import { TEST_PASSWORD, TestApi, createOrganisation, createUser, errorCode } from '@assay/testing';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { email role organisation { kind } } } }`;
const REFRESH = `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { email organisation { legalName } } }`;

describe('signing in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('a user signs in, reads who they are, and rotates the refresh token', async () => {
    const org = await createOrganisation(api.db, OrganisationKind.CLIENT);
    const user = await createUser(api.db, org, UserRole.ADMIN);
    const login = await api.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { input: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(login.errors).toBeUndefined();
    const me = await api.gql<{ me: { email: string } }>(ME, {}, { token: login.data!.login.accessToken });
    expect(me.data?.me.email).toBe(user.email);

    const first = await api.gql<{ refreshSession: { refreshToken: string } }>(REFRESH, { input: { refreshToken: login.data!.login.refreshToken } });
    expect(first.errors).toBeUndefined();
    const second = await api.gql<{ refreshSession: { refreshToken: string } }>(REFRESH, { input: { refreshToken: first.data!.refreshSession.refreshToken } });
    expect(second.errors).toBeUndefined();

    // Reusing an already-rotated token revokes the whole family, including the newest token.
    const reuse = await api.gql(REFRESH, { input: { refreshToken: login.data!.login.refreshToken } });
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
    const newest = await api.gql(REFRESH, { input: { refreshToken: second.data!.refreshSession.refreshToken } });
    expect(errorCode(newest)).toBe('UNAUTHENTICATED');
  });

  it('a wrong password is refused, and repeated failures for one email are rate limited', async () => {
    const org = await createOrganisation(api.db, OrganisationKind.PROVIDER);
    const user = await createUser(api.db, org, UserRole.MEMBER);
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      codes.push(errorCode(await api.gql(LOGIN, { input: { email: user.email, password: 'wrong password!' } }, { ip: `10.0.0.${attempt}` })));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('RATE_LIMITED');
  });
});

describe('tokens that must not work', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  const forge = (header: object, claims: object, signature = '') =>
    [Buffer.from(JSON.stringify(header)).toString('base64url'), Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');

  it('an unsigned token (alg none) is refused', async () => {
    const token = forge({ alg: 'none', typ: 'JWT' }, { sub: 'x', org: 'y', kind: 'ASSOCIATION', status: 'ACTIVE', role: 'ADMIN', exp: 9999999999 });
    expect(errorCode(await api.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('a token signed with another key is refused', async () => {
    const { JwtService } = await import('@nestjs/jwt');
    const token = new JwtService({ secret: 'another-secret-of-at-least-32-characters!!' }).sign({ sub: 'x', org: 'y', kind: 'ASSOCIATION', status: 'ACTIVE', role: 'ADMIN' });
    expect(errorCode(await api.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('an expired token is refused', async () => {
    const { JwtService } = await import('@nestjs/jwt');
    const jwt = api.app.get(JwtService);
    const token = jwt.sign({ sub: 'x', org: 'y', kind: 'CLIENT', status: 'ACTIVE', role: 'ADMIN', exp: Math.floor(Date.now() / 1000) - 60 });
    expect(errorCode(await api.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('after logout, the refresh token no longer works', async () => {
    const org = await createOrganisation(api.db, OrganisationKind.CLIENT);
    const user = await createUser(api.db, org, UserRole.MEMBER);
    const login = await api.gql<{ login: { refreshToken: string } }>(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }, { ip: '192.0.2.10' });
    const refreshToken = login.data!.login.refreshToken;
    const logout = await api.gql<{ logout: boolean }>(`mutation ($input: RefreshSessionInput!) { logout(input: $input) }`, { input: { refreshToken } });
    expect(logout.data?.logout).toBe(true);
    expect(errorCode(await api.gql(REFRESH, { input: { refreshToken } }))).toBe('UNAUTHENTICATED');
  });

  it('one address trying many accounts is rate limited even when each email is new', async () => {
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 31; attempt += 1) {
      codes.push(errorCode(await api.gql(LOGIN, { input: { email: `nobody-${attempt}@test.example`, password: 'whatever it is' } }, { ip: '192.0.2.99' })));
    }
    expect(codes.slice(0, 30).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });

  it('successful sign-ins do not spend the address budget: colleagues behind one office address all get in', async () => {
    const org = await createOrganisation(api.db, OrganisationKind.CLIENT);
    const user = await createUser(api.db, org, UserRole.MEMBER);
    for (let attempt = 0; attempt < 31; attempt += 1) {
      const result = await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }, { ip: '192.0.2.77' });
      expect(result.errors).toBeUndefined();
    }
  });
});
