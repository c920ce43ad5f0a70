import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { baseUrl, launchChromium, screenshot, seriousAccessibilityViolations } from './support/browser.js';

/**
 * The web app in Chromium against the real api (serving the built app) and worker, on the demo story
 * (test/browser/support/global-setup.mjs). Every page visited is checked with axe.
 */
jest.setTimeout(60_000);
// On a loaded 2-core machine a step can race the page (one failure in three full runs, each passing alone); a
// test fails only when it fails twice in a row, with the first error printed.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

const PERSONAS = [
  { name: 'provider', email: 'respondent@provider-one.example', path: '/assessments', heading: 'My assessments' },
  { name: 'client', email: 'analyst@client-one.example', path: '/directory', heading: 'Provider directory' },
  { name: 'association-reviewer', email: 'reviewer@association.example', path: '/reviews', heading: 'Review queue' },
  { name: 'association-admin', email: 'admin@association.example', path: '/reviews', heading: 'Review queue' },
] as const;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // A new profile per test: no language, session or storage carried over.
  context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterEach(async () => {
  await context?.close();
});

const heading = () => page.getByRole('heading', { level: 1 });

async function expectAccessible(): Promise<void> {
  expect({ url: page.url(), violations: await seriousAccessibilityViolations(page) }).toEqual({ url: page.url(), violations: [] });
}

/** Signs in through the form, from the public start page; `checkPage` runs axe on the form (once is enough). */
async function signIn(email: string, { checkPage = false } = {}): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await heading().filter({ hasText: 'Sign in to Assay' }).waitFor();
  if (checkPage) await expectAccessible();
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('each demo persona', () => {
  it.each(PERSONAS)('$name signs in and lands on its home page', async ({ name, email, path, heading: title }) => {
    await signIn(email, { checkPage: name === 'provider' });
    await page.waitForURL(`**${path}`);
    await heading().filter({ hasText: title }).waitFor();
    await page.getByRole('table').or(page.getByText(/^No |^Nothing/)).first().waitFor();
    await expectAccessible();
    await screenshot(page, name);
  });

  it('the provider sees its assessments, the certified one among them', async () => {
    await signIn('respondent@provider-one.example');
    await page.waitForURL('**/assessments');
    await page.getByRole('cell', { name: 'Approved' }).first().waitFor();
  });

  it('the client searches the directory', async () => {
    await signIn('analyst@client-one.example');
    await page.waitForURL('**/directory');
    await page.getByRole('rowheader', { name: /Sentinel Vision Systems/ }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill('no provider is called this');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No provider matches these filters.').waitFor();
    expect(new URL(page.url()).searchParams.get('text')).toBe('no provider is called this');
    await expectAccessible();
  });
});

describe('the language switch', () => {
  it('shows French, keeps it after a reload, and the page says it is French', async () => {
    await signIn('analyst@client-one.example');
    await heading().filter({ hasText: 'Provider directory' }).waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await heading().filter({ hasText: 'Annuaire des prestataires' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expectAccessible();
    await page.reload();
    await heading().filter({ hasText: 'Annuaire des prestataires' }).waitFor();
    expect(await page.getByRole('button', { name: 'Se déconnecter' }).isVisible()).toBe(true);
  });
});

describe('public certificate verification (no sign-in)', () => {
  async function openSeededCertificate(): Promise<string> {
    await page.goto('/');
    await page.waitForURL('**/providers');
    await expectAccessible();
    const serialLink = page.getByRole('link', { name: /^ASSAY-\d{4}-[0-9A-Z]{8}$/ }).first();
    const serial = (await serialLink.textContent()) as string;
    await serialLink.click();
    await page.waitForURL(`**/verification/${serial}`);
    return serial;
  }

  it('in English: the seeded certificate is valid', async () => {
    const serial = await openSeededCertificate();
    await page.getByText('Valid: this certificate is in force').waitFor();
    await page.getByText(`Certificate ${serial}`).waitFor();
    await expectAccessible();
  });

  it('in Spanish: the seeded certificate is valid, and an unknown serial is said to be unknown', async () => {
    await page.goto('/verification');
    await page.getByLabel('Language').selectOption('es');
    await heading().filter({ hasText: 'Verificar un certificado' }).waitFor();
    const serial = await openSeededCertificate();
    await page.getByText('Válido: este certificado está vigente').waitFor();
    await expectAccessible();
    await screenshot(page, 'public-verification-es');

    await page.getByLabel('Número de serie del certificado').fill('ASSAY-2000-ZZZZZZZZ');
    await page.getByRole('button', { name: 'Verificar' }).click();
    await page.getByText('Certificado ASSAY-2000-ZZZZZZZZ: desconocido').waitFor();
    expect(serial).not.toBe('ASSAY-2000-ZZZZZZZZ');
    await expectAccessible();
  });
});

describe('signing out', () => {
  it('ends the session: the home page asks to sign in again, and a reload does not restore it', async () => {
    await signIn('respondent@provider-one.example');
    await heading().filter({ hasText: 'My assessments' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.goto('/assessments');
    await page.waitForURL('**/sign-in?next=%2Fassessments');
    await heading().filter({ hasText: 'Sign in to Assay' }).waitFor();
  });

  it('a reload keeps a signed-in session (the refresh token is rotated transparently)', async () => {
    await signIn('respondent@provider-one.example');
    await heading().filter({ hasText: 'My assessments' }).waitFor();
    const before = await page.evaluate("sessionStorage.getItem('assay.refreshToken')");
    await page.reload();
    await heading().filter({ hasText: 'My assessments' }).waitFor();
    const after = await page.evaluate("sessionStorage.getItem('assay.refreshToken')");
    expect(after).toEqual(expect.any(String));
    expect(after).not.toBe(before);
  });
});

describe('notifications', () => {
  it('the header shows the unread count, and marking one read lowers it', async () => {
    await signIn('respondent@provider-one.example');
    await heading().filter({ hasText: 'My assessments' }).waitFor();
    // A count above zero: the label reads 0 until the first count query answers.
    const counter = page.getByRole('link', { name: /^Notifications, [1-9]\d* unread$/ });
    await counter.waitFor();
    const before = Number(/(\d+) unread/.exec((await counter.getAttribute('aria-label')) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);
    await counter.click();
    await heading().filter({ hasText: 'Notifications' }).waitFor();
    await page.getByRole('button', { name: 'Mark as read' }).first().waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Mark as read' }).first().click();
    await page.getByRole('link', { name: `Notifications, ${before - 1} unread` }).waitFor();
  });
});

describe('the Content-Security-Policy of the api', () => {
  // What apps/api sends (helmet): the app has no inline script and loads nothing from elsewhere.
  const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

  it('the app runs under it with nothing refused', async () => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    await page.goto('/providers');
    await page.getByRole('link', { name: /^ASSAY-/ }).first().click();
    await page.getByText('Valid: this certificate is in force').waitFor();
    expect(refused).toEqual([]);
  });
});

describe('accepting an invitation', () => {
  /** The provider's admin invites a new member through the api, as the admin pages will; the token is what they pass on. */
  async function invitationToken(email: string): Promise<string> {
    const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${baseUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: Record<string, never> }).data;
    };
    const { login } = await graphql('mutation ($input: LoginInput!) { login(input: $input) { accessToken user { organisation { id } } } }', {
      input: { email: 'respondent@provider-one.example', password: DEMO_PASSWORD },
    });
    const { accessToken, user } = login as { accessToken: string; user: { organisation: { id: string } } };
    const { inviteUser } = await graphql('mutation ($input: InviteUserInput!) { inviteUser(input: $input) { token } }', { input: { organisationId: user.organisation.id, email, role: 'MEMBER' } }, accessToken);
    return (inviteUser as { token: string }).token;
  }

  it('the invited user sets a name and password, lands on the home page, and can sign in with them later', async () => {
    const email = `new.member.${Date.now()}@provider-one.example`;
    await page.goto(`/invitation?token=${encodeURIComponent(await invitationToken(email))}`);
    await heading().filter({ hasText: 'Join your organisation on Assay' }).waitFor();
    await expectAccessible();
    await page.getByLabel(/^Your name/).fill('New Member');
    await page.getByLabel(/^Password\b/).first().fill('short');
    await page.getByLabel(/^Password again/).fill('short');
    await page.getByRole('button', { name: 'Set my password and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'at least 12 characters' }).waitFor();
    await expectAccessible();

    const password = 'a long enough password';
    await page.getByLabel(/^Password\b/).first().fill(password);
    await page.getByLabel(/^Password again/).fill(password);
    await page.getByRole('button', { name: 'Set my password and sign in' }).click();
    await page.waitForURL('**/assessments');
    await heading().filter({ hasText: 'My assessments' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/assessments');
  });

  it('an invalid token is said to be invalid', async () => {
    await page.goto('/invitation?token=not-a-real-invitation-token-at-all');
    await page.getByLabel(/^Your name/).fill('Someone');
    await page.getByLabel(/^Password\b/).first().fill('a long enough password');
    await page.getByLabel(/^Password again/).fill('a long enough password');
    await page.getByRole('button', { name: 'Set my password and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'invalid, expired or already used' }).waitFor();
  });
});

describe('an expired access token', () => {
  it('is renewed with the refresh token and the request retried, unseen by the user', async () => {
    await signIn('respondent@provider-one.example');
    await heading().filter({ hasText: 'My assessments' }).waitFor();
    const before = await page.evaluate("sessionStorage.getItem('assay.refreshToken')");
    // The next request carrying an access token reaches the api with a token it refuses, as an expired one is.
    let spoiled = 0;
    await page.route('**/graphql', async (route) => {
      const headers = route.request().headers();
      if (spoiled === 0 && headers.authorization) {
        spoiled += 1;
        return route.continue({ headers: { ...headers, authorization: 'Bearer expired.or.forged' } });
      }
      return route.continue();
    });
    await page.getByRole('link', { name: 'Notifications', exact: true }).click();
    await page.getByRole('button', { name: 'Mark as read' }).or(page.getByText('No notification.')).first().waitFor();
    expect(spoiled).toBe(1);
    expect(await page.evaluate("sessionStorage.getItem('assay.refreshToken')")).not.toBe(before);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('the keyboard', () => {
  it('signs in without a mouse, with the focus always visible', async () => {
    await page.goto('/sign-in');
    await heading().filter({ hasText: 'Sign in to Assay' }).waitFor();
    const focusedOutline = () => page.evaluate("(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 })()");
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    expect(await focusedOutline()).toBe(true);
    await page.getByLabel(/^Email/).focus();
    await page.keyboard.type('analyst@client-one.example');
    await page.keyboard.press('Tab');
    expect(await focusedOutline()).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/directory');
    await heading().filter({ hasText: 'Provider directory' }).waitFor();
  });
});
