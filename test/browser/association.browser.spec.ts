import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { baseUrl, launchChromium, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { createScoredAssessment, signInByApi, type ScoredAssessment } from './support/scored-assessment.js';

/**
 * The association's work in Chromium against the real api and worker: a reviewer reviews an assessment of its own
 * (made through the api in beforeAll and scored by the worker, so no other spec's data changes), an admin confirms
 * the reviewer's override (four eyes), the reviewer approves with conditions and issues the certificate. Steps
 * share state, one `it` per step; every page visited is checked with axe.
 */
jest.setTimeout(120_000);

const REVIEWER = { email: 'reviewer@association.example', name: 'Lucía Fernández' };
const ADMIN = { email: 'admin@association.example', name: 'Amina Okafor' };
const JUSTIFICATION = 'Badge logs are kept for years without a documented retention limit: maturity is overstated.';
const CONDITIONS = 'Publish a retention schedule for badge logs within six months.';

let browser: Browser;
let scored: ScoredAssessment;
const personas: Record<'reviewer' | 'admin', { context: BrowserContext; page: Page }> = {} as never;

async function expectAccessible(page: Page): Promise<void> {
  expect({ url: page.url(), violations: await seriousAccessibilityViolations(page) }).toEqual({ url: page.url(), violations: [] });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/reviews');
}

async function persona(name: 'reviewer' | 'admin', email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  personas[name] = { context, page };
  await signIn(page, email);
  return page;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

beforeAll(async () => {
  browser = await launchChromium();
  scored = await createScoredAssessment(await signInByApi(ADMIN.email), 'Browser Review Gatekeeper');
  await persona('reviewer', REVIEWER.email);
  await persona('admin', ADMIN.email);
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the review of a scored assessment', () => {
  it('the reviewer opens it from the queue and claims it', async () => {
    const { page } = personas.reviewer;
    await page.getByRole('link', { name: scored.supplierName }).click();
    await page.waitForURL(`**/reviews/${scored.assessmentId}`);
    await heading(page).filter({ hasText: `Review: ${scored.supplierName}` }).waitFor();
    await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
    await page.getByRole('table', { name: 'Score per theme' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Claim this review' }).click();
    await page.getByText(`Claimed by ${REVIEWER.name}`).waitFor();
  });

  it('the reviewer comments on a question and proposes an override, which they may not confirm themselves', async () => {
    const { page } = personas.reviewer;
    await page.getByLabel('Your comment on T1.1').fill('Name the board member accountable for the policy.');
    await page.getByLabel('New maturity').fill('75');
    await page.getByLabel(/^Justification/).fill(JUSTIFICATION);
    await page.getByRole('button', { name: 'Propose the override' }).click();
    const pending = page.getByRole('article', { name: 'Override, Awaiting confirmation' });
    await pending.getByText(JUSTIFICATION).waitFor();
    await pending.getByRole('button', { name: 'Confirm the override' }).click();
    await pending.getByRole('alert').filter({ hasText: 'Not allowed' }).filter({ hasText: /another association reviewer or admin must confirm/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'association-review');
  });

  it('an admin confirms the override', async () => {
    const { page } = personas.admin;
    await page.goto(`/reviews/${scored.assessmentId}`);
    const pending = page.getByRole('article', { name: 'Override, Awaiting confirmation' });
    await pending.getByRole('button', { name: 'Confirm the override' }).click();
    await page.getByRole('article', { name: 'Override, Confirmed' }).getByText(`Confirmed by ${ADMIN.name}`).waitFor();
    await expectAccessible(page);
  });

  it('the reviewer approves with the conditions the overridden maturity requires, and issues the certificate', async () => {
    const { page } = personas.reviewer;
    await page.reload();
    await page.getByText(/overridden \(scored: Low/).waitFor();
    await page.getByLabel(/^Conditions of the certificate/).fill(CONDITIONS);
    await page.getByRole('button', { name: 'Approve the assessment' }).click();
    await page.getByRole('heading', { name: 'Certificate' }).waitFor();
    await page.getByRole('article', { name: 'Approved' }).getByText(`Conditions: ${CONDITIONS}`).waitFor();
    await page.getByRole('button', { name: 'Issue the certificate' }).click();
    await page.getByText('Certificate issued:').waitFor();
    await expectAccessible(page);
  });
});
