import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { baseUrl, launchChromium, screenshot, seriousAccessibilityViolations } from './support/browser.js';

/**
 * The provider's work in Chromium: answering a questionnaire (autosave, a conflict with a colleague, evidence,
 * submission refused with links to the missing answers) and reading a reviewed scorecard. The questionnaire is a
 * fresh assessment requested in beforeAll by a demo client, so no other spec relies on it; the scorecard is the
 * demo story's certified assessment, only read.
 */
jest.setTimeout(90_000);

const RESPONDENT = 'respondent@provider-one.example';
const COLLEAGUE = 'engineer@provider-one.example';
const CLIENT = 'analyst@client-two.example';
/** A valid one-page PDF without active content (the api inspects what it stores). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function tokenOf(email: string): Promise<string> {
  const { login } = await gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  return login.accessToken;
}

interface SavedAnswer {
  questionCode: string;
  value: string | null;
  comment: string;
  version: number;
  answeredBy: { displayName: string } | null;
}

async function answersOf(assessmentId: string, token: string): Promise<Map<string, SavedAnswer>> {
  const { assessment } = await gql<{ assessment: { answers: SavedAnswer[] } }>(
    'query ($id: ID!) { assessment(id: $id) { answers { questionCode value comment version answeredBy { displayName } } } }',
    { id: assessmentId },
    token,
  );
  return new Map(assessment.answers.map((answer) => [answer.questionCode, answer]));
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let assessmentId: string;
let certifiedAssessmentId: string;
let colleagueToken: string;
/** What the page wrote to the console as errors, or threw: none expected. */
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  const clientToken = await tokenOf(CLIENT);
  const { directory } = await gql<{ directory: { nodes: { id: string; products: { id: string; name: string }[] }[] } }>(
    '{ directory(first: 5, filter: { text: "Sentinel Vision" }) { nodes { id products { id name } } } }',
    {},
    clientToken,
  );
  const sentinel = directory.nodes[0]!;
  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { requestAssessment } = await gql<{ requestAssessment: { id: string } }>(
    'mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id } }',
    { input: { supplierId: sentinel.id, productIds: [sentinel.products.find((product) => product.name === 'Sentinel BodyCam 4')!.id], dueDate } },
    clientToken,
  );
  assessmentId = requestAssessment.id;
  colleagueToken = await tokenOf(COLLEAGUE);
  const { assessments } = await gql<{ assessments: { nodes: { id: string }[] } }>('{ assessments(first: 5, filter: { status: APPROVED }) { nodes { id } } }', {}, colleagueToken);
  certifiedAssessmentId = assessments.nodes[0]!.id;
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
});
afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

async function expectAccessible(): Promise<void> {
  expect({ url: page.url(), violations: await seriousAccessibilityViolations(page) }).toEqual({ url: page.url(), violations: [] });
}

/** Signs in through the form, then opens the page by its address (a reload restores the session). */
async function signInAndOpen(path: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^Email/).fill(RESPONDENT);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My assessments' }).waitFor();
  await page.goto(path);
}

const question = (code: string): Locator => page.locator(`section[id="question-${code}"]`);
const saved = () => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

async function openQuestionnaire(): Promise<void> {
  await signInAndOpen(`/assessments/${assessmentId}`);
  await page.getByRole('heading', { level: 1, name: 'Questionnaire' }).waitFor();
  await question('T1.1').waitFor();
}

describe('the questionnaire of an assessment in progress', () => {
  it('saves answers of several types as they are given, and a reload shows them', async () => {
    await openQuestionnaire();
    await expectAccessible();
    await screenshot(page, 'provider-questionnaire');

    await question('T1.1').getByLabel('Yes').check();
    await question('T1.3').getByRole('radio').first().check();
    await question('T1.4').getByLabel('3 – largely').check();
    await question('T1.8').getByLabel(/^T1\.8 ·/).fill('A human-rights officer was appointed in March.');
    await question('T1.8').getByLabel('Comment on T1.8 (optional)').fill('See the board minutes.');
    await saved();
    // T1.2 applies only once T1.1 is answered yes: the page asks the api again after each save.
    await question('T1.2').getByLabel('Yes').waitFor();

    await page.getByRole('tab', { name: /^T3 ·/ }).click();
    await question('T3.8').getByLabel(/^T3\.8 ·/).fill('85');
    await question('T3.9').getByRole('checkbox').nth(0).check();
    await question('T3.9').getByRole('checkbox').nth(1).check();
    await saved();
    await expectAccessible();

    await page.reload();
    await question('T1.1').waitFor();
    expect(await question('T1.1').getByLabel('Yes').isChecked()).toBe(true);
    expect(await question('T1.4').getByLabel('3 – largely').isChecked()).toBe(true);
    expect(await question('T1.8').getByLabel(/^T1\.8 ·/).inputValue()).toBe('A human-rights officer was appointed in March.');
    expect(await question('T1.8').getByLabel('Comment on T1.8 (optional)').inputValue()).toBe('See the board minutes.');
    await page.getByRole('tab', { name: /^T3 ·/ }).click();
    expect(await question('T3.8').getByLabel(/^T3\.8 ·/).inputValue()).toBe('85');
    expect(await question('T3.9').getByRole('checkbox').nth(1).isChecked()).toBe(true);

    const answers = await answersOf(assessmentId, colleagueToken);
    expect(answers.get('T3.9')?.value).toMatch(/^\[".+",".+"\]$/);
    expect(answers.get('T1.4')?.value).toBe('3');
  });

  it('shows a colleague’s answer saved meanwhile beside the user’s, and overwrites it when asked', async () => {
    await openQuestionnaire();
    const field = question('T1.8').getByLabel(/^T1\.8 ·/);
    await field.waitFor();
    const readVersion = (await answersOf(assessmentId, colleagueToken)).get('T1.8')?.version ?? 0;
    // The colleague saves while this page still holds the version it read.
    await gql(
      'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
      { input: { assessmentId, answers: [{ questionCode: 'T1.8', value: JSON.stringify('Nothing changed this year.'), comment: '', expectedVersion: readVersion }] } },
      colleagueToken,
    );

    await field.fill('A grievance officer was appointed in June.');
    const conflict = question('T1.8').getByRole('alert').filter({ hasText: 'This answer was changed by someone else' });
    await conflict.waitFor();
    await conflict.getByText('Nothing changed this year.').waitFor();
    await conflict.getByText(/Tomás Novak saved another answer/).waitFor();
    await expectAccessible();
    await conflict.getByRole('button', { name: 'Replace with my answer' }).click();
    await saved();
    await conflict.waitFor({ state: 'detached' });

    const after = (await answersOf(assessmentId, colleagueToken)).get('T1.8')!;
    expect(after).toMatchObject({ value: JSON.stringify('A grievance officer was appointed in June.'), version: readVersion + 2, answeredBy: { displayName: 'Priya Raman' } });
  });

  it('checks a file before sending it, uploads evidence with a progress bar, and lists it', async () => {
    await openQuestionnaire();
    const t11 = question('T1.1');
    // Evidence attaches to a saved answer.
    await t11.getByLabel('Yes').check();
    const fileInput = t11.locator('input[type="file"]');

    await fileInput.setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not evidence') });
    await t11.getByText('This type of file is not accepted.').waitFor();
    expect(await t11.getByRole('button', { name: 'Upload' }).isDisabled()).toBe(true);

    // Records whether the upload's progress bar was ever shown, however quickly a small file goes.
    // (A script in the page's own terms: this project's Node types know no DOM.)
    await page.evaluate(`(() => {
      window.uploadProgressSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"][aria-label^="Uploading"]')) window.uploadProgressSeen = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    })()`);
    await fileInput.setInputFiles({ name: 'human-rights-policy.pdf', mimeType: 'application/pdf', buffer: PDF });
    await t11.getByRole('button', { name: 'Upload' }).click();
    await t11.getByRole('list', { name: 'Evidence attached to T1.1' }).getByRole('button', { name: 'human-rights-policy.pdf', exact: true }).waitFor();
    expect(await page.evaluate('window.uploadProgressSeen')).toBe(true);
    await expectAccessible();

    const download = page.waitForEvent('download');
    await t11.getByRole('button', { name: 'human-rights-policy.pdf', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('human-rights-policy.pdf');
  });

  it('refuses to submit with required answers missing, and each missing one is a link to its question', async () => {
    await openQuestionnaire();
    await page.getByRole('button', { name: 'Submit the assessment' }).click();
    const missing = page.getByRole('alert').filter({ hasText: 'Required questions still unanswered' });
    await missing.waitFor();
    await expectAccessible();
    const t2link = missing.getByRole('link', { name: /^Go to question T2\./ }).first();
    const code = ((await t2link.textContent()) as string).replace('Go to question ', '');
    await t2link.click();
    await page.getByRole('tab', { name: /^T2 ·/, selected: true }).waitFor();
    await page.waitForFunction(`document.activeElement?.id === ${JSON.stringify(`question-${code}`)}`);
  });
});

describe('sharing and certificates', () => {
  it('shares the assessment with a client that asked for assessments, and withdraws the share', async () => {
    await openQuestionnaire();
    const sharing = page.getByRole('region', { name: 'Sharing' });
    await sharing.getByLabel('Share with').selectOption({ label: 'Sahel Copper Holdings Ltd' });
    await sharing.getByRole('button', { name: 'Share', exact: true }).click();
    const shares = sharing.getByRole('table', { name: 'Who sees this assessment through your shares' });
    await shares.getByRole('row', { name: /Sahel Copper Holdings Ltd.*Shared/ }).waitFor();
    await expectAccessible();
    await shares.getByRole('button', { name: 'Withdraw the share with Sahel Copper Holdings Ltd' }).click();
    await shares.getByRole('row', { name: /Sahel Copper Holdings Ltd.*Withdrawn/ }).waitFor();
  });

  it('downloads the certificate PDF from the assessments list', async () => {
    await signInAndOpen('/assessments');
    const pdf = page.getByRole('button', { name: /^Download certificate ASSAY-\d{4}-[0-9A-Z]{8} in Français \(PDF\)$/ });
    await pdf.waitFor();
    await expectAccessible();
    const download = page.waitForEvent('download');
    await pdf.click();
    expect((await download).suggestedFilename()).toMatch(/^ASSAY-\d{4}-[0-9A-Z]{8}-fr\.pdf$/);
  });
});

describe('the company profile and product catalogue', () => {
  it('adds a product, edits it and deletes it (leaving the demo catalogue as it was)', async () => {
    const name = `Test patrol drone ${randomUUID().slice(0, 8)}`;
    await signInAndOpen('/company');
    await page.getByRole('heading', { level: 1, name: 'Company profile' }).waitFor();
    await page.getByLabel('Legal name').and(page.locator('input')).waitFor();
    expect(await page.getByLabel('Legal name').inputValue()).toBe('Sentinel Vision Systems Ltd');
    await expectAccessible();

    await page.getByRole('button', { name: 'Add a product' }).click();
    const form = page.getByRole('dialog', { name: 'New product' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Category').selectOption({ label: 'Drones and aerial surveillance' });
    await form.getByLabel('AI/ML inference').check();
    await form.getByLabel('Conflict-affected or high-risk areas').check();
    await form.getByLabel('Countries where deployed').fill('cl');
    await form.getByLabel('Countries where deployed').press('Enter');
    await expectAccessible();
    await form.getByRole('button', { name: 'Save the product' }).click();
    const catalogue = page.getByRole('table', { name: /^Your products/ });
    await catalogue.getByRole('row', { name: new RegExp(`${name}.*Drones and aerial surveillance.*Chile`) }).waitFor();

    await catalogue.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the product' });
    expect(await edit.getByLabel('AI/ML inference').isChecked()).toBe(true);
    await edit.getByLabel('Name').fill(`${name} v2`);
    await edit.getByRole('button', { name: 'Save the product' }).click();
    await catalogue.getByRole('rowheader', { name: `${name} v2` }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await catalogue.getByRole('button', { name: `Delete ${name} v2` }).click();
    await catalogue.getByRole('rowheader', { name: `${name} v2` }).waitFor({ state: 'detached' });
  });
});

describe('the scorecard', () => {
  it('of the reviewed assessment shows the theme chart, risk, tier and what to improve', async () => {
    await signInAndOpen(`/assessments/${certifiedAssessmentId}/scorecard`);
    await page.getByRole('heading', { level: 1, name: 'Scorecard' }).waitFor();
    const chart = page.getByRole('table', { name: 'Theme scores (0 to 100)' });
    await chart.waitFor();
    expect(await chart.getByRole('progressbar').count()).toBeGreaterThanOrEqual(10);
    await page.getByText('Residual risk').first().waitFor();
    await page.getByRole('heading', { name: 'What to improve first' }).waitFor();
    await page.getByRole('table', { name: /Each question's answer, weight/ }).waitFor();
    await expectAccessible();
    await screenshot(page, 'provider-scorecard');

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    expect((await csv).suggestedFilename()).toBe(`scorecard-${certifiedAssessmentId}.csv`);
  });

  it('of an assessment the provider may not see says so', async () => {
    await signInAndOpen(`/assessments/${randomUUID()}/scorecard`);
    await page.getByText('This assessment does not exist, or you may not see it.').waitFor();
    await expectAccessible();
  });
});
