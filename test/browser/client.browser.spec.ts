import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { baseUrl, launchChromium, screenshot, seriousAccessibilityViolations } from './support/browser.js';

/**
 * The client's area as the demo client analyst (Aurum Ridge Mining, a member of the Extractives working group)
 * uses it, against the real api and worker on the demo story. The one change it makes is a new assessment
 * request of Horizon Aerial Robotics by Aurum Ridge alone, which no other spec reads. Every page visited is
 * checked with axe.
 */
jest.setTimeout(90_000);

const ANALYST = 'analyst@client-one.example';
/** The demo's supplier with the one valid certificate (scripts/demo-data.ts: DEMO_CERTIFIED_ASSESSMENT). */
const CERTIFIED_SUPPLIER = 'Sentinel Vision Systems Ltd';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
/** What the browser logged as errors during the test: none expected. */
let consoleErrors: string[];

beforeEach(async () => {
  context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB', acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});
afterEach(async () => {
  await context?.close();
  expect(consoleErrors).toEqual([]);
});

const heading = () => page.getByRole('heading', { level: 1 });
const directoryRow = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

async function expectAccessible(): Promise<void> {
  expect({ url: page.url(), violations: await seriousAccessibilityViolations(page) }).toEqual({ url: page.url(), violations: [] });
}

async function signIn(email = ANALYST): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/directory');
  await directoryRow(CERTIFIED_SUPPLIER).waitFor();
}

async function searchDirectory(fill: () => Promise<unknown>): Promise<void> {
  await fill();
  await page.getByRole('button', { name: 'Search' }).click();
}

/**
 * Follows a link of the side navigation, then moves the pointer off it: the hovered active link's colours are
 * the shared layout's (reported to its owner), not this area's.
 */
async function navigateTo(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.mouse.move(0, 0);
}

async function openSupplier(name: string): Promise<void> {
  await page.goto('/directory');
  await page.getByRole('link', { name }).click();
  await heading().filter({ hasText: name }).waitFor();
}

describe('the client analyst', () => {
  it('filters the directory by certificate, category and country, each filter labelled and kept in the address', async () => {
    await signIn();

    await searchDirectory(() => page.getByLabel('Holds a valid certificate').check());
    await page.waitForURL(/certified=true/);
    // Aegis holds no certificate in the demo. (The previous results stay on screen until the new ones come.)
    await directoryRow('Aegis Signals SAS').waitFor({ state: 'detached' });
    await directoryRow(CERTIFIED_SUPPLIER).waitFor();
    await expectAccessible();

    await page.getByLabel('Holds a valid certificate').uncheck();
    await searchDirectory(() => page.getByLabel('Product category').selectOption({ label: 'Cell-site simulator (IMSI catcher)' }));
    await page.waitForURL(/category=IMSI_CATCHER/);
    await directoryRow(CERTIFIED_SUPPLIER).waitFor({ state: 'detached' });
    await directoryRow('Aegis Signals SAS').waitFor();

    await page.getByLabel('Product category').selectOption({ label: 'Any category' });
    await searchDirectory(() => page.getByLabel(/^Country/).fill('DE'));
    await page.waitForURL(/country=DE/);
    await directoryRow('Horizon Aerial Robotics GmbH').waitFor();
    expect(await directoryRow(CERTIFIED_SUPPLIER).count()).toBe(0);

    await page.getByLabel('Association membership').selectOption({ label: 'Member' });
    await searchDirectory(() => page.getByLabel(/^Country/).fill('GB'));
    await directoryRow('Horizon Aerial Robotics GmbH').waitFor({ state: 'detached' });
    await directoryRow(CERTIFIED_SUPPLIER).waitFor();
    expect(new URL(page.url()).searchParams.get('membershipStatus')).toBe('MEMBER');

    // A country code the api refuses is said next to the field.
    await page.getByLabel('Association membership').selectOption({ label: 'Any membership' });
    await searchDirectory(() => page.getByLabel(/^Country/).fill('XX'));
    await page.getByText('Enter a two-letter country code, e.g. GB.').waitFor();
    expect(await page.getByLabel(/^Country/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
  });

  it('opens the certified supplier: profile, products, current certificate (verifiable, PDF downloadable) and the group assessment', async () => {
    await signIn();
    await openSupplier(CERTIFIED_SUPPLIER);

    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByRole('row', { name: /Services.*Video analytics/ }).waitFor();
    await profile.getByRole('row', { name: /Countries of operation.*Ghana/ }).waitFor();
    const faceMatch = page.getByRole('region', { name: 'Products' }).getByRole('row').filter({ hasText: 'Sentinel FaceMatch' });
    await faceMatch.getByText('Facial recognition').waitFor();
    await faceMatch.getByText('Biometric processing').waitFor();
    await faceMatch.getByText('Commercial and industrial sites').waitFor();

    const certificate = page.getByRole('region', { name: 'Current certificate' });
    await certificate.getByText('Valid', { exact: true }).waitFor();
    await certificate.getByRole('row', { name: /Products covered.*Sentinel Perimeter Analytics/ }).waitFor();
    const serialLink = certificate.getByRole('link', { name: /^Verify certificate ASSAY-\d{4}-[0-9A-Z]{8}$/ });
    const serial = (await serialLink.textContent()) as string;

    // Aurum Ridge reads the working group's assessment of Sentinel, not yet scored.
    const assessments = page.getByRole('region', { name: 'Assessments you may read' });
    await assessments.getByRole('row').filter({ hasText: 'Sentinel FaceMatch, Sentinel Perimeter Analytics' }).filter({ hasText: 'Extractives client working group' }).waitFor();
    await expectAccessible();
    await screenshot(page, 'client-supplier');

    // The worker renders the PDF moments after the demo starts: until then the page says it is being prepared.
    const englishPdf = certificate.getByRole('button', { name: 'PDF, English' });
    for (let attempt = 0; attempt < 30 && !(await englishPdf.isVisible()); attempt += 1) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await heading().filter({ hasText: CERTIFIED_SUPPLIER }).waitFor();
    }
    const [download] = await Promise.all([page.waitForEvent('download'), englishPdf.click()]);
    expect(download.suggestedFilename()).toBe(`${serial}-en.pdf`);
    const bytes = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await serialLink.click();
    await page.waitForURL(`**/verification/${serial}`);
    await page.getByText('Valid: this certificate is in force').waitFor();
  });

  it('requests an assessment of a supplier: a missing scope is said next to the field, then the request shows in the lists', async () => {
    await signIn();
    await openSupplier('Horizon Aerial Robotics GmbH');
    const form = page.getByRole('form', { name: 'Request an assessment' });

    await form.getByRole('button', { name: 'Request the assessment' }).click();
    await form.getByText('Choose at least one product of this supplier.').waitFor();
    await expectAccessible();

    await form.getByLabel('Horizon PlateWatch (Licence-plate recognition)').check();
    await form.getByLabel('Requested for').selectOption({ label: 'Our organisation only' });
    await form.getByRole('button', { name: 'Request the assessment' }).click();
    await page.getByText('The supplier has been asked to assess Horizon PlateWatch by').waitFor();
    expect(await form.getByText('Choose at least one product of this supplier.').count()).toBe(0);
    const ours = (scope: Locator) => scope.getByRole('row').filter({ hasText: 'Horizon PlateWatch' }).filter({ hasText: 'Requested by us' });
    await ours(page.getByRole('region', { name: 'Assessments you may read' })).first().waitFor();
    await expectAccessible();

    await navigateTo('Assessments');
    await heading().filter({ hasText: 'Assessments' }).waitFor();
    const row = ours(page.getByRole('table')).first();
    await row.getByRole('rowheader', { name: 'Horizon Aerial Robotics GmbH' }).waitFor();
    await row.getByText('Requested', { exact: true }).waitFor();
    await row.getByText('Not yet scored').waitFor();
    await expectAccessible();
  });

  it('opens its working group: members, watched suppliers and the group’s assessments', async () => {
    await signIn();
    await navigateTo('Working groups');
    await heading().filter({ hasText: 'Working groups' }).waitFor();
    await expectAccessible();
    await page.getByRole('link', { name: 'Extractives client working group' }).click();
    await heading().filter({ hasText: 'Extractives client working group' }).waitFor();

    const members = page.getByRole('region', { name: 'Members' });
    for (const member of ['Aurum Ridge Mining plc', 'Cordillera Energy S.A.', 'Sahel Copper Holdings Ltd']) await members.getByRole('rowheader', { name: member }).waitFor();
    const watched = page.getByRole('region', { name: 'Watched suppliers' });
    for (const supplier of [CERTIFIED_SUPPLIER, 'Aegis Signals SAS', 'Horizon Aerial Robotics GmbH']) await watched.getByRole('link', { name: supplier }).waitFor();
    const groupAssessments = page.getByRole('region', { name: 'Assessments of the group' });
    await groupAssessments.getByRole('row').filter({ hasText: 'Sentinel FaceMatch, Sentinel Perimeter Analytics' }).waitFor();
    await expectAccessible();
    await screenshot(page, 'client-working-group');

    await watched.getByRole('link', { name: 'Aegis Signals SAS' }).click();
    await heading().filter({ hasText: 'Aegis Signals SAS' }).waitFor();
    await page.getByText('Watched by Extractives client working group').waitFor();
    await page.getByText('This supplier holds no current certificate.').waitFor();
    await expectAccessible();
  });

  it('is told a supplier address names nothing, whether the id is unknown or not an id', async () => {
    await signIn();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      await page.goto(`/suppliers/${id}`);
      await page.getByText('There is no verified supplier at this address.').waitFor();
    }
    await expectAccessible();
  });

  it('in French, the client that requested the certified assessment finds it by status, with its tier and the link to its scorecard', async () => {
    await signIn('analyst@client-three.example');
    await page.getByLabel('Language').selectOption('fr');
    await navigateTo('Évaluations');
    await heading().filter({ hasText: 'Évaluations' }).waitFor();
    await page.getByLabel('Statut').selectOption({ label: 'Approuvée' });
    await page.waitForURL(/status=APPROVED/);
    const approved = page.getByRole('row').filter({ hasText: 'Sentinel Perimeter Analytics' }).filter({ hasText: 'Approuvée' }).first();
    await approved.getByText(/^(Faible|Moyen|Élevé|Critique)$/).waitFor();
    await approved.getByText('Demandée par nous').waitFor();
    expect(await approved.getByRole('link', { name: /^Fiche d’évaluation de Sentinel Vision Systems Ltd/ }).getAttribute('href')).toMatch(/^\/assessments\/[0-9a-f-]{36}\/scorecard$/);
    await expectAccessible();

    await page.getByLabel('Statut').selectOption({ label: 'Rejetée' });
    await page.waitForURL(/status=REJECTED/);
    await approved.waitFor({ state: 'detached' });
  });
});
