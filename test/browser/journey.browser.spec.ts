import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { mergeLocaleFiles, type TranslationTree } from '../../apps/web/src/i18n/merge-locale-files.js';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { baseUrl, launchChromium, screenshot, seriousAccessibilityViolations } from './support/browser.js';
import { gql, signInByApi } from './support/scored-assessment.js';

/**
 * Issue 7's whole journey in Chromium against the real api and worker, once in French and once in Spanish (the
 * area specs cover English): a provider answers and submits a short published questionnaire, the worker scores it,
 * a reviewer approves and issues the certificate, a client finds the supplier and sees the certificate, and anyone
 * verifies it on the public page. Each language run makes its own questionnaire, provider and assessment through
 * the api, so the runs and the other specs do not touch each other's data. Every text the spec looks for comes
 * from the app's translation files, so it checks the translated UI; every page visited is checked with axe.
 */
jest.setTimeout(120_000);

type Language = 'fr' | 'es';
const LOCALE: Record<Language, string> = { fr: 'fr-FR', es: 'es-ES' };

const ADMIN = 'admin@association.example';
const REVIEWER = 'reviewer@association.example';
const CLIENT = 'analyst@client-one.example';

// ---------------------------------------------------------------------------------------------------------------
// Translations: the web app's own locale files, merged as the app merges them.

const LOCALES_DIR = path.resolve('apps/web/src/i18n/locales');

function translationsOf(language: string): TranslationTree {
  const dir = path.join(LOCALES_DIR, language);
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  return mergeLocaleFiles(Object.fromEntries(files.map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as TranslationTree])));
}

const TRANSLATIONS: Record<string, TranslationTree> = { en: translationsOf('en'), fr: translationsOf('fr'), es: translationsOf('es') };

/** The app's text for `key` in `language`, with i18next's {{name}} placeholders filled; a missing key or value throws. */
function t(language: string, key: string, vars: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<TranslationTree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), TRANSLATIONS[language]);
  if (typeof text !== 'string') throw new Error(`no translation for ${key} in ${language}`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`no value for {{${name}}} in ${key}`);
    return String(vars[name]);
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Labels of required fields end with Mantine's asterisk: match their start. */
const startingWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

// ---------------------------------------------------------------------------------------------------------------
// The run's own objects, made through the GraphQL api as their users would.

interface LocalizedText {
  en: string;
  fr: string;
  es: string;
}
const text = (en: string, fr: string, es: string): LocalizedText => ({ en, fr, es });

/** Two themes, five questions of four types, no evidence expected (so confidence is full) and nothing that applies conditionally. */
const QUESTION_TEXTS = {
  accountable: {
    NAMED_EXECUTIVE: text('A named executive', 'Un dirigeant nommément désigné', 'Un directivo designado nominalmente'),
    NOBODY: text('No one', 'Personne', 'Nadie'),
  },
  policyDescription: text(
    'The board adopted the policy in March; it covers every product we sell.',
    'Le conseil a adopté la politique en mars ; elle couvre tous les produits que nous vendons.',
    'El consejo adoptó la política en marzo; abarca todos los productos que vendemos.',
  ),
};

function questionnaire(key: string) {
  const question = (code: string, type: string, questionText: LocalizedText, extra: Record<string, unknown> = {}) => ({
    code,
    type,
    text: questionText,
    weight: 2,
    required: true,
    evidenceExpected: false,
    notApplicableAllowed: false,
    references: ['UNGP 16'],
    ...extra,
  });
  return {
    key,
    title: text('Short due-diligence questionnaire', 'Questionnaire court de diligence raisonnable', 'Cuestionario breve de diligencia debida'),
    themes: [
      {
        code: 'T1',
        title: text('Governance and accountability', 'Gouvernance et responsabilité', 'Gobernanza y rendición de cuentas'),
        questions: [
          question(
            'T1.1',
            'BOOLEAN',
            text('Has the board adopted a human-rights policy?', 'Le conseil a-t-il adopté une politique en matière de droits humains ?', '¿Ha adoptado el consejo una política de derechos humanos?'),
          ),
          question(
            'T1.2',
            'SINGLE_CHOICE',
            text('Who is accountable for human-rights risks?', 'Qui est responsable des risques pour les droits humains ?', '¿Quién es responsable de los riesgos para los derechos humanos?'),
            {
              options: [
                { value: 'NAMED_EXECUTIVE', label: QUESTION_TEXTS.accountable.NAMED_EXECUTIVE, points: 1 },
                { value: 'NOBODY', label: QUESTION_TEXTS.accountable.NOBODY, points: 0 },
              ],
            },
          ),
          question('T1.3', 'TEXT', text('Describe the policy and its scope.', 'Décrivez la politique et son périmètre.', 'Describa la política y su alcance.'), { maxLength: 2000 }),
        ],
      },
      {
        code: 'T2',
        title: text('Remedy and grievance mechanisms', 'Réparation et mécanismes de réclamation', 'Reparación y mecanismos de reclamación'),
        questions: [
          question(
            'T2.1',
            'SCALE_0_4',
            text('How far does the grievance mechanism meet UNGP 31?', 'Dans quelle mesure le mécanisme de réclamation satisfait-il au principe 31 ?', '¿En qué medida cumple el mecanismo de reclamación el principio 31?'),
          ),
          question(
            'T2.2',
            'BOOLEAN',
            text('Can people affected raise a grievance anonymously?', 'Les personnes concernées peuvent-elles déposer une réclamation anonymement ?', '¿Pueden las personas afectadas presentar una reclamación de forma anónima?'),
          ),
        ],
      },
    ],
  };
}

interface Run {
  supplierName: string;
  providerEmail: string;
  productName: string;
  assessmentId: string;
  adminToken: string;
}

async function prepareRun(language: Language): Promise<Run> {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const adminToken = await signInByApi(ADMIN);

  const { importQuestionnaire } = await gql<{ importQuestionnaire: { id: string } }>(
    adminToken,
    `mutation ($input: ImportQuestionnaireInput!) { importQuestionnaire(input: $input) { id } }`,
    { input: { format: 'JSON', content: JSON.stringify(questionnaire(`journey-${language}-${unique}`)) } },
  );
  await gql(adminToken, `mutation ($id: ID!) { publishTemplate(templateId: $id) { id } }`, { id: importQuestionnaire.id });

  const supplierName = `Journey ${language.toUpperCase()} ${unique}`;
  const providerEmail = `journey-${language}-${unique}@provider.example`;
  const { createOrganisation } = await gql<{ createOrganisation: { organisation: { id: string }; invitation: { token: string } } }>(
    adminToken,
    `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } invitation { token } } }`,
    { input: { kind: 'PROVIDER', legalName: supplierName, country: 'GB', adminEmail: providerEmail } },
  );
  const { acceptInvitation } = await gql<{ acceptInvitation: { accessToken: string } }>(
    null,
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    { input: { token: createOrganisation.invitation.token, displayName: 'Journey Respondent', password: DEMO_PASSWORD } },
  );
  // A low-risk product (access control at commercial sites, no risky capability): favourable answers certify it.
  const productName = `Journey Gate ${unique}`;
  const { createProduct } = await gql<{ createProduct: { id: string } }>(
    acceptInvitation.accessToken,
    `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
    { input: { name: productName, category: 'ACCESS_CONTROL_PERIMETER', deployedCountries: ['GB'], deploymentContexts: ['COMMERCIAL_INDUSTRIAL'], description: 'Badge readers at site gates.' } },
  );

  const dueDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const { requestAssessment } = await gql<{ requestAssessment: { id: string } }>(
    await signInByApi(CLIENT),
    `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id } }`,
    { input: { supplierId: createOrganisation.organisation.id, productIds: [createProduct.id], dueDate, templateId: importQuestionnaire.id } },
  );
  return { supplierName, providerEmail, productName, assessmentId: requestAssessment.id, adminToken };
}

interface AssessmentState {
  status: string;
  scorecard: { tier: string; eligibility: { level: string | null } } | null;
  certificate: { serial: string; status: string; level: string; downloads: { language: string }[] } | null;
}

async function assessmentState(run: Run): Promise<AssessmentState> {
  const { assessment } = await gql<{ assessment: AssessmentState }>(
    run.adminToken,
    `query ($id: ID!) { assessment(id: $id) { status scorecard { tier eligibility { level } } certificate { serial status level downloads { language } } } }`,
    { id: run.assessmentId },
  );
  return assessment;
}

/** Reads until `done` holds or the deadline passes (the worker is shared and the machine busy: generous). */
async function eventually(read: () => Promise<AssessmentState>, done: (value: AssessmentState) => boolean, ms = 90_000): Promise<AssessmentState> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// The browser.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A person's browser in the given locale (the app takes its language from navigator.languages), recording every console error. */
class Persona {
  readonly errors: string[] = [];
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && this.errors.push(message.text()));
  }

  static async open(locale: string): Promise<Persona> {
    const context = await browser.newContext({ baseURL: baseUrl(), locale });
    return new Persona(context, await context.newPage());
  }

  async expectAccessible(): Promise<void> {
    expect({ url: this.page.url(), violations: await seriousAccessibilityViolations(this.page) }).toEqual({ url: this.page.url(), violations: [] });
  }

  async close(): Promise<void> {
    await this.context.close();
    expect(this.errors).toEqual([]);
  }
}

/** Signs in through the form in the page's language and waits for the home page's heading. */
async function signIn(persona: Persona, language: Language, email: string, homeTitle: string): Promise<void> {
  const { page } = persona;
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: t(language, 'signIn.title') }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  await persona.expectAccessible();
  await page.getByLabel(startingWith(t(language, 'signIn.email'))).fill(email);
  await page.getByLabel(startingWith(t(language, 'signIn.password'))).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
  await page.getByRole('heading', { level: 1, name: homeTitle }).waitFor();
}

for (const language of ['fr', 'es'] as const) {
  describe(`the whole journey in ${language}`, () => {
    const tr = (key: string, vars?: Record<string, string | number>) => t(language, key, vars);
    /** From the top: a full-page screenshot of a scrolled page draws the fixed header in the middle. */
    const shot = async (step: string, page: Page) => {
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, `journey-${language}-${step}`);
    };
    let run: Run;
    let provider: Persona;
    let serial: string;

    beforeAll(async () => {
      run = await prepareRun(language);
    }, 120_000);

    it('1. the provider answers every question, sees it saved, and submits', async () => {
      provider = await Persona.open(LOCALE[language]);
      const { page } = provider;
      await signIn(provider, language, run.providerEmail, tr('assessments.title'));
      await provider.expectAccessible();
      await page.getByRole('link', { name: run.productName }).click();
      await page.getByRole('heading', { level: 1, name: tr('questionnaire.title') }).waitFor();
      const question = (code: string): Locator => page.locator(`section[id="question-${code}"]`);
      const saved = () => page.getByRole('status').filter({ hasText: tr('autosave.saved') }).waitFor();
      await question('T1.1').waitFor();
      await provider.expectAccessible();

      await question('T1.1').getByLabel(tr('answer.yes'), { exact: true }).check();
      await question('T1.2').getByLabel(QUESTION_TEXTS.accountable.NAMED_EXECUTIVE[language], { exact: true }).check();
      await question('T1.3').getByLabel(/^T1\.3 ·/).fill(QUESTION_TEXTS.policyDescription[language]);
      await saved();
      await page.getByRole('tab', { name: /^T2 ·/ }).click();
      await question('T2.1').getByLabel(tr('answer.scale.4'), { exact: true }).check();
      await question('T2.2').getByLabel(tr('answer.yes'), { exact: true }).check();
      await saved();
      await page.getByText(tr('questionnaire.overall', { answered: 5, required: 5 }), { exact: true }).waitFor();
      await provider.expectAccessible();

      await page.getByRole('button', { name: tr('submission.submit') }).click();
      // The worker may score it at once: either status locks the answers.
      const locked = ['SUBMITTED', 'SCORED'].map((status) => escapeRegExp(tr('questionnaire.locked', { status: tr(`enum.AssessmentStatus.${status}`) })));
      await page.getByText(new RegExp(`^(${locked.join('|')})$`)).waitFor();
      expect(await page.getByRole('button', { name: tr('submission.submit') }).count()).toBe(0);
      await provider.expectAccessible();
      await shot('1-provider-submitted', page);
    });

    it('2. the worker scores it low-risk and eligible for a certificate', async () => {
      const scored = await eventually(() => assessmentState(run), (state) => state.status === 'SCORED');
      expect(scored).toMatchObject({ status: 'SCORED', scorecard: { tier: 'LOW', eligibility: { level: 'CERTIFIED' } } });
      // The provider's page shows the new status once reloaded.
      const { page } = provider;
      await page.reload();
      await page.getByText(tr('questionnaire.locked', { status: tr('enum.AssessmentStatus.SCORED') }), { exact: true }).waitFor();
      await provider.expectAccessible();
      await shot('2-provider-scored', page);
      await provider.close();
    });

    it('3. the reviewer claims it from the queue, approves it and issues the certificate', async () => {
      const reviewer = await Persona.open(LOCALE[language]);
      const { page } = reviewer;
      await signIn(reviewer, language, REVIEWER, tr('reviews.title'));
      await page.getByRole('table', { name: tr('reviews.caption') }).waitFor();
      await reviewer.expectAccessible();
      await page.getByRole('link', { name: run.supplierName }).click();
      await page.getByRole('heading', { level: 1, name: tr('review.title', { supplier: run.supplierName }) }).waitFor();
      // The answers given in the browser, as the reviewer reads them.
      const answer = (code: string, said: string) => page.getByRole('article', { name: code, exact: true }).getByText(`${tr('review.answers.answer')} ${said}`, { exact: true });
      await answer('T1.2', QUESTION_TEXTS.accountable.NAMED_EXECUTIVE[language]).waitFor();
      await answer('T1.3', QUESTION_TEXTS.policyDescription[language]).waitFor();
      await reviewer.expectAccessible();

      await page.getByRole('button', { name: tr('review.claim') }).click();
      await page.getByRole('button', { name: tr('review.decision.approveSubmit') }).click();
      await page.getByRole('article', { name: tr('enum.ReviewDecision.APPROVE') }).waitFor();
      await page.getByText(tr('certificateIssue.eligible'), { exact: true }).waitFor();
      await page.getByRole('button', { name: tr('certificateIssue.issue') }).click();
      await page.getByText(tr('certificateIssue.issued'), { exact: true }).waitFor();

      const issued = await assessmentState(run);
      expect(issued.certificate).toMatchObject({ status: 'VALID', level: 'CERTIFIED' });
      serial = issued.certificate!.serial;
      await page.getByRole('link', { name: serial, exact: true }).waitFor();
      await reviewer.expectAccessible();
      await shot('3-reviewer-issued', page);
      await reviewer.close();

      // The worker signs and renders the PDFs moments after issue.
      const rendered = await eventually(() => assessmentState(run), (state) => (state.certificate?.downloads.length ?? 0) > 0);
      expect(rendered.certificate?.downloads.length).toBeGreaterThan(0);
    });

    it('4. the client finds the supplier in the directory and sees its current certificate', async () => {
      const client = await Persona.open(LOCALE[language]);
      const { page } = client;
      await signIn(client, language, CLIENT, tr('directory.title'));
      await client.expectAccessible();
      await page.getByLabel(tr('directory.text'), { exact: true }).fill(run.supplierName);
      await page.getByRole('button', { name: tr('directory.search') }).click();
      const row = page.getByRole('row').filter({ hasText: run.supplierName });
      await row.getByText(`${serial} (${tr('enum.CertificateStatus.VALID')})`, { exact: true }).waitFor();
      await client.expectAccessible();

      await row.getByRole('link', { name: run.supplierName }).click();
      await page.getByRole('heading', { level: 1, name: run.supplierName }).waitFor();
      await page.getByRole('heading', { level: 2, name: tr('supplierPage.certificate') }).waitFor();
      const field = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
      await field(tr('clientCertificate.level')).getByText(tr('enum.CertificateLevel.CERTIFIED'), { exact: true }).waitFor();
      await field(tr('clientCertificate.status')).getByText(tr('enum.CertificateStatus.VALID'), { exact: true }).waitFor();
      await field(tr('clientCertificate.serial')).getByRole('link', { name: tr('clientCertificate.verify', { serial }) }).waitFor();
      await page.getByRole('button', { name: tr('clientCertificate.pdfIn', { language: tr(`language.${language}`) }) }).waitFor();
      await client.expectAccessible();
      await shot('4-client-supplier', page);
      await client.close();
    });

    it('5. anyone verifies it on the public page, switching the language in the header', async () => {
      // An English browser: the visitor picks the language with the header's switch, as a person would.
      const visitor = await Persona.open('en-GB');
      const { page } = visitor;
      await page.goto(`/verification/${serial}`);
      await page.getByText(t('en', 'verify.headline.VALID'), { exact: true }).waitFor();
      await page.getByLabel(t('en', 'nav.language'), { exact: true }).selectOption(language);

      await page.getByRole('heading', { level: 1, name: tr('verify.title') }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      const status = page.getByTestId('verification-status');
      expect(await status.textContent()).toBe(tr('verify.headline.VALID'));
      await page.getByText(tr('verify.certificate', { serial }), { exact: true }).waitFor();
      const field = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
      await field(tr('verify.supplier')).getByText(startingWith(run.supplierName)).waitFor();
      await field(tr('verify.level')).getByText(tr('enum.CertificateLevel.CERTIFIED'), { exact: true }).waitFor();
      await visitor.expectAccessible();
      await shot('5-public-verification', page);
      await visitor.close();
    });
  });
}
