/**
 * Issue 6's journey, end to end: a client asks for an assessment of a provider's products; the provider answers a
 * short published questionnaire (with evidence) and submits; the REAL worker process scores it; reviewer A claims
 * it and proposes an override, which only reviewer B may confirm (four eyes); A approves with conditions and issues
 * the certificate; the worker signs and renders it; the provider downloads the PDF (en, fr); `npm run cert:verify`
 * accepts it offline and /verify says VALID; the admin revokes it; /verify and the tool then say REVOKED; and a copy
 * with one byte of its signed payload changed fails verification.
 *
 * Everything goes over HTTP to the api listening on a real port (the tool is spawned against it), as the users
 * themselves; no service is called directly. The api and the worker share a database and Redis prefix of their own
 * (the worker dispatches every outbox row it finds, so not the run's shared database). Steps share state: one `it`
 * per step, so a failure names the step.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { CertificatePublicKeys, PAYLOAD_ATTACHMENT, readCertificatePdf, verifyCertificate } from '@assay/certificates';
import { AssessmentStatus, OrganisationKind, QuestionType, UserRole, type LocalizedText, type QuestionDefinition, type QuestionnaireDefinition } from '@assay/domain';
import { TestApi, createMigratedDatabase, dropDatabase, publishTestQuestionnaire } from '@assay/testing';
import { dayFromToday, providerWithProducts, unique, type Provider } from './support/assessment-requests.js';
import { PDF } from './support/evidence-fixtures.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const text = (en: string): LocalizedText => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

/** Short, but shaped like the real one: two themes, every answer type the provider meets here, evidence expected twice, a red flag. */
function journeyQuestionnaire(): QuestionnaireDefinition {
  const base = { weight: 2, required: true, evidenceExpected: false, notApplicableAllowed: false, references: ['UNGP 17'] } satisfies Partial<QuestionDefinition>;
  return {
    key: `journey-${unique()}`,
    title: text('Surveillance technology due diligence (short)'),
    themes: [
      {
        code: 'T1',
        title: text('Governance and accountability'),
        questions: [
          { ...base, code: 'T1.1', type: QuestionType.BOOLEAN, text: text('Has the board adopted a human-rights policy?'), weight: 3, evidenceExpected: true, redFlags: [{ id: 'no-policy', when: { equals: false }, label: text('No human-rights policy') }] },
          { ...base, code: 'T1.2', type: QuestionType.SINGLE_CHOICE, text: text('How often is it reviewed?'), options: [{ value: 'YEARLY', label: text('Every year'), points: 1 }, { value: 'NEVER', label: text('Never'), points: 0 }] },
        ],
      },
      {
        code: 'T6',
        title: text('Human oversight, grievance and remedy'),
        questions: [
          { ...base, code: 'T6.1', type: QuestionType.SCALE_0_4, text: text('How far does a person review every automated alert before action?'), evidenceExpected: true },
          { ...base, code: 'T6.2', type: QuestionType.TEXT, text: text('Describe the grievance mechanism'), maxLength: 500, weight: 1 },
          { ...base, code: 'T6.3', type: QuestionType.NUMBER, text: text('Grievances answered last year'), min: 0, max: 1000, target: 10, weight: 1, required: false },
        ],
      },
    ],
  };
}

/** What a diligent provider answers (value as the API takes it: JSON text). */
const FAVOURABLE: Record<string, unknown> = {
  'T1.1': true,
  'T1.2': 'YEARLY',
  'T6.1': 4,
  'T6.2': 'A free hotline and a web form in five languages, answered within 30 days by an independent ombudsperson.',
};
const EVIDENCE_FOR = ['T1.1', 'T6.1'];
/**
 * What methodology v1 makes of those answers: T1 = 100; T6 = 100 · (2·1 + 1·0) / 3 = 66.67 (T6.2 is TEXT, not
 * scored; the optional T6.3 was left unanswered and counts 0); maturity = (100 + 66.67) / 2. Full confidence (both
 * evidence-expecting questions have a file), tier LOW, eligible as CERTIFIED.
 */
const SCORED_MATURITY = 83.33;

const JUSTIFICATION = 'The grievance mechanism exists on paper but had no case last year: maturity is overstated.';
const OVERRIDE_MATURITY = 78;
const CONDITIONS = 'Report the first year of grievance handling, with anonymised cases, within twelve months.';
const REVOCATION_REASON = 'Sold to an end user under an arms embargo, confirmed by the investigation.';

const CERTIFICATE_FIELDS = `id serial assessmentId status level conditions statusReason statusChangedAt rendered verificationUrl downloads { language url }`;
const SCORECARD = `query ($id: ID!) { assessment(id: $id) { status
  scorecard { tier maturity confidence redFlags { ruleId } eligibility { eligible level unmet }
    override { maturity scoredMaturity justification proposedBy { displayName } confirmedBy { displayName } } } } }`;

interface CertificateData {
  id: string;
  serial: string;
  assessmentId: string;
  status: string;
  level: string;
  conditions: string | null;
  statusReason: string | null;
  statusChangedAt: string | null;
  rendered: boolean;
  verificationUrl: string;
  downloads: { language: string; url: string }[];
}

interface Scorecard {
  tier: string;
  maturity: number;
  confidence: number;
  redFlags: { ruleId: string }[];
  eligibility: { eligible: boolean; level: string | null; unmet: string[] };
  override: { maturity: number | null; scoredMaturity: number; justification: string; proposedBy: { displayName: string }; confirmedBy: { displayName: string } } | null;
}

interface GraphqlAnswer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A port nobody holds now, so the api's public base URL (QR code, download links) can name it before it listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function certVerify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', './scripts/register.mjs', 'scripts/cert-verify.ts', ...args], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Polls `read` until `done` holds (every 200 ms, up to `ms`), and returns the last value read. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/**
 * The certificate with its signed payload rebuilt, and (if `changeOneByte`) ONE byte of it changed, the signature
 * left as it was. pdfkit stores the embedded file Flate-compressed, so the byte cannot be changed in the file
 * itself: we decode the payload stream, change one byte of the decoded JSON (the case of the first letter of the
 * supplier's legal name: still valid JSON, still a valid payload, so only the signature can catch it), compress it
 * again into a stream with the same dictionary entries using pdf-lib, and save the document.
 */
async function withPayloadRebuilt(pdf: Uint8Array, changeOneByte: boolean): Promise<{ pdf: Uint8Array; original: Buffer; altered: Buffer }> {
  const document = await PDFDocument.load(pdf);
  const names = document.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  for (let index = 0; index < names.size(); index += 2) {
    if ((names.lookup(index) as PDFString).decodeText() !== PAYLOAD_ATTACHMENT) continue;
    const embedded = (names.lookup(index + 1) as PDFDict).lookup(PDFName.of('EF'), PDFDict);
    const stream = embedded.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) throw new Error('the payload attachment is not a stream');
    expect(stream.dict.get(PDFName.of('Filter'))).toEqual(PDFName.of('FlateDecode'));
    const original = Buffer.from(decodePDFRawStream(stream).decode());
    const at = original.indexOf('"legalName":"') + '"legalName":"'.length;
    const altered = Buffer.from(original);
    // Flip the ASCII case bit of a letter: one byte, same length.
    if (changeOneByte) altered[at] = altered[at]! ^ 0x20;
    const replacement = document.context.flateStream(altered);
    // Keep the embedded file's own dictionary (type, subtype, params); pdf-lib rewrites its Length and Filter.
    for (const [key, value] of stream.dict.entries()) if (!replacement.dict.has(key)) replacement.dict.set(key, value);
    embedded.set(PDFName.of('F'), document.context.register(replacement));
    return { pdf: await document.save(), original, altered };
  }
  throw new Error(`no ${PAYLOAD_ATTACHMENT} in the PDF`);
}

describe('issue 6: from a provider’s submission to a revoked certificate', () => {
  let databaseUrl: string;
  let api: TestApi;
  let worker: ChildProcess;
  let baseUrl: string;
  let dir: string;
  const workerLines: string[] = [];
  const saved = { DATABASE_URL: process.env.DATABASE_URL, REDIS_PREFIX: process.env.REDIS_PREFIX, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL, EVIDENCE_DIR: process.env.EVIDENCE_DIR };
  const prefix = `${process.env.REDIS_PREFIX}:certificate-journey`;

  let client: SignedInUser;
  let provider: Provider;
  let reviewerA: SignedInUser;
  let reviewerB: SignedInUser;
  let admin: SignedInUser;
  let templateId: string;

  // What the story carries from step to step.
  let assessmentId: string;
  let overrideId: string;
  let certificate: CertificateData;
  const pdfs = new Map<string, Buffer>();

  /** GraphQL over HTTP, as a browser or a script of the user would send it. */
  async function gql<T>(query: string, variables: Record<string, unknown>, who?: SignedInUser): Promise<GraphqlAnswer<T>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${who.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlAnswer<T>;
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, who?: SignedInUser): Promise<T> {
    const result = await gql<T>(query, variables, who);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  const scorecard = async (who: SignedInUser) => (await ok<{ assessment: { status: string; scorecard: Scorecard | null } }>(SCORECARD, { id: assessmentId }, who)).assessment;
  const verifyJson = async (serial: string) => {
    const response = await fetch(`${baseUrl}/verify/${serial}`, { headers: { accept: 'application/json' } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-certificate-journey-'));
    databaseUrl = await createMigratedDatabase('assay_certificate_journey');
    baseUrl = `http://127.0.0.1:${await freePort()}`;
    // The api reads its configuration when it starts: point it at the journey's database, Redis prefix, public URL
    // and evidence directory, then put the run's back.
    Object.assign(process.env, { DATABASE_URL: databaseUrl, REDIS_PREFIX: prefix, PUBLIC_BASE_URL: baseUrl, EVIDENCE_DIR: join(dir, 'evidence') });
    try {
      // Started before the worker: the api generates the run's development signing key (if no earlier file did) and
      // the worker, sharing CERTIFICATE_KEYS_DIR, then reads that same key.
      api = await TestApi.start();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    await api.app.listen(Number(new URL(baseUrl).port), '127.0.0.1');
    worker = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '', DATABASE_URL: databaseUrl, REDIS_PREFIX: prefix, PUBLIC_BASE_URL: baseUrl, LOG_LEVEL: 'info', OUTBOX_POLL_MS: '300' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [worker.stdout!, worker.stderr!]) createInterface({ input: stream }).on('line', (line) => workerLines.push(line));

    // The people of the story, and the questionnaire the association published.
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    provider = await providerWithProducts(api);
    reviewerA = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    reviewerB = await signedInUser(api, reviewerA.organisation, UserRole.REVIEWER);
    admin = await signedInUser(api, reviewerA.organisation, UserRole.ADMIN);
    templateId = (await publishTestQuestionnaire(api.db, journeyQuestionnaire())).id;
  }, 90_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await api?.close();
    if (databaseUrl) await dropDatabase(databaseUrl);
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('1. the client requests an assessment of the provider’s products', async () => {
    const { requestAssessment } = await ok<{ requestAssessment: { id: string; status: string } }>(
      `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id status } }`,
      { input: { supplierId: provider.admin.organisation.id, productIds: provider.products.map((p) => p.id), templateId, dueDate: dayFromToday(30) } },
      client,
    );
    expect(requestAssessment.status).toBe(AssessmentStatus.REQUESTED);
    assessmentId = requestAssessment.id;
  });

  it('2. the provider answers every required question, attaches evidence where expected, and submits', async () => {
    const { assessment } = await ok<{ assessment: { questions: { applicable: boolean; question: { code: string; required: boolean; evidenceExpected: boolean } }[] } }>(
      `query ($id: ID!) { assessment(id: $id) { questions { applicable question { code required evidenceExpected } } } }`,
      { id: assessmentId },
      provider.member,
    );
    const required = assessment.questions.filter((q) => q.applicable && q.question.required).map((q) => q.question.code);
    expect(required.sort()).toEqual(Object.keys(FAVOURABLE).sort());
    expect(assessment.questions.filter((q) => q.question.evidenceExpected).map((q) => q.question.code)).toEqual(EVIDENCE_FOR);

    const saved = await ok<{ saveAnswers: { questionCode: string; version: number }[] }>(
      `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { questionCode version } }`,
      { input: { assessmentId, answers: required.map((code) => ({ questionCode: code, value: JSON.stringify(FAVOURABLE[code]), expectedVersion: 0 })) } },
      provider.member,
    );
    expect(saved.saveAnswers).toHaveLength(required.length);

    for (const questionCode of EVIDENCE_FOR) {
      const form = new FormData();
      form.set('assessmentId', assessmentId);
      form.set('file', new Blob([PDF], { type: 'application/pdf' }), `${questionCode}-evidence.pdf`);
      const upload = await fetch(`${baseUrl}/evidence`, { method: 'POST', headers: { authorization: `Bearer ${provider.member.token}` }, body: form });
      expect(upload.status).toBe(201);
      const { id: evidenceId } = (await upload.json()) as { id: string };
      await ok(`mutation ($input: EvidenceAttachmentInput!) { attachEvidence(input: $input) { id } }`, { input: { assessmentId, questionCode, evidenceId } }, provider.member);
    }

    const { submitAssessment } = await ok<{ submitAssessment: { status: string; missingRequired: string[] } }>(
      `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { status missingRequired } }`,
      { id: assessmentId },
      provider.admin,
    );
    expect(submitAssessment).toEqual({ status: AssessmentStatus.SUBMITTED, missingRequired: [] });
  });

  it('3. the worker scores it: the scorecard appears, eligible, with full confidence', async () => {
    const seen = await eventually(() => scorecard(reviewerA), (a) => a.status === AssessmentStatus.SCORED);
    expect({ status: seen.status, worker: seen.status === AssessmentStatus.SCORED ? [] : workerLines }).toEqual({ status: AssessmentStatus.SCORED, worker: [] });
    expect(seen.scorecard).toMatchObject({ tier: 'LOW', maturity: SCORED_MATURITY, confidence: 1, redFlags: [], eligibility: { eligible: true, level: 'CERTIFIED' }, override: null });
  }, 30_000);

  it('4. reviewer A claims it', async () => {
    const { claimAssessmentReview } = await ok<{ claimAssessmentReview: { status: string } }>(`mutation ($id: ID!) { claimAssessmentReview(assessmentId: $id) { status } }`, { id: assessmentId }, reviewerA);
    expect(claimAssessmentReview.status).toBe(AssessmentStatus.UNDER_REVIEW);
  });

  it('5. reviewer A proposes an override of the maturity, with a justification', async () => {
    const { proposeScoreOverride } = await ok<{ proposeScoreOverride: { id: string; status: string; maturity: number } }>(
      `mutation ($input: ProposeScoreOverrideInput!) { proposeScoreOverride(input: $input) { id status maturity } }`,
      { input: { assessmentId, maturity: OVERRIDE_MATURITY, justification: JUSTIFICATION } },
      reviewerA,
    );
    expect(proposeScoreOverride).toMatchObject({ status: 'PENDING', maturity: OVERRIDE_MATURITY });
    overrideId = proposeScoreOverride.id;
    // Not in force until someone else confirms it.
    expect((await scorecard(reviewerA)).scorecard).toMatchObject({ maturity: SCORED_MATURITY, override: null });
  });

  it('6. reviewer A’s own confirmation is refused: FORBIDDEN (four eyes)', async () => {
    const result = await gql(`mutation ($id: ID!) { confirmScoreOverride(overrideId: $id) { id status } }`, { id: overrideId }, reviewerA);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('7. reviewer B confirms it; the scorecard shows the effective maturity and both names', async () => {
    const { confirmScoreOverride } = await ok<{ confirmScoreOverride: { status: string } }>(`mutation ($id: ID!) { confirmScoreOverride(overrideId: $id) { status } }`, { id: overrideId }, reviewerB);
    expect(confirmScoreOverride.status).toBe('CONFIRMED');
    const { scorecard: card } = await scorecard(reviewerA);
    expect(card).toMatchObject({
      maturity: OVERRIDE_MATURITY,
      tier: 'LOW',
      eligibility: { eligible: true, level: 'CERTIFIED_WITH_CONDITIONS' },
      override: { maturity: OVERRIDE_MATURITY, scoredMaturity: SCORED_MATURITY, justification: JUSTIFICATION, proposedBy: { displayName: reviewerA.user.displayName }, confirmedBy: { displayName: reviewerB.user.displayName } },
    });
  });

  it('8. reviewer A approves, with the conditions the level needs', async () => {
    const APPROVE = `mutation ($input: ApproveAssessmentInput!) { approveAssessment(input: $input) { status } }`;
    const without = await gql(APPROVE, { input: { assessmentId } }, reviewerA);
    expect(without.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { approveAssessment } = await ok<{ approveAssessment: { status: string } }>(APPROVE, { input: { assessmentId, comment: 'Strong programme; see the conditions.', conditions: CONDITIONS } }, reviewerA);
    expect(approveAssessment.status).toBe(AssessmentStatus.APPROVED);
  });

  it('9. reviewer A issues the certificate; the worker signs and renders it', async () => {
    const { issueCertificate } = await ok<{ issueCertificate: CertificateData }>(`mutation ($id: ID!) { issueCertificate(input: { assessmentId: $id }) { ${CERTIFICATE_FIELDS} } }`, { id: assessmentId }, reviewerA);
    expect(issueCertificate).toMatchObject({ assessmentId, status: 'VALID', level: 'CERTIFIED_WITH_CONDITIONS', conditions: CONDITIONS, rendered: false, downloads: [] });
    expect(issueCertificate.verificationUrl).toBe(`${baseUrl}/verify/${issueCertificate.serial}`);

    const read = async () => (await ok<{ certificate: CertificateData }>(`query ($serial: String!) { certificate(serial: $serial) { ${CERTIFICATE_FIELDS} } }`, { serial: issueCertificate.serial }, provider.admin)).certificate;
    certificate = await eventually(read, (c) => c.rendered);
    expect({ rendered: certificate.rendered, worker: certificate.rendered ? [] : workerLines }).toEqual({ rendered: true, worker: [] });
    expect(certificate.downloads.map((d) => d.language).sort()).toEqual(['EN', 'ES', 'FR']);
  }, 30_000);

  it('10. the provider downloads the PDF in English and in French', async () => {
    for (const language of ['EN', 'FR']) {
      const { url } = certificate.downloads.find((d) => d.language === language)!;
      const response = await fetch(url, { headers: { authorization: `Bearer ${provider.admin.token}` } });
      expect([language, response.status, response.headers.get('content-type')]).toEqual([language, 200, 'application/pdf']);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.toString('latin1')).toContain(`/Lang (${language.toLowerCase()})`);
      pdfs.set(language, pdf);
      await writeFile(file(`certificate-${language.toLowerCase()}.pdf`), pdf);
    }
    const [en, fr] = [await readCertificatePdf(pdfs.get('EN')!), await readCertificatePdf(pdfs.get('FR')!)];
    // One signed payload, whatever the language of the page.
    expect(fr.canonical).toBe(en.canonical);
    expect(en.payload).toMatchObject({ serial: certificate.serial, level: 'CERTIFIED_WITH_CONDITIONS', conditions: CONDITIONS, maturity: OVERRIDE_MATURITY, tier: 'LOW', verificationUrl: certificate.verificationUrl });
  });

  it('11. cert:verify with the keys saved from /.well-known: VALID SIGNATURE, exit 0 (both languages)', async () => {
    const keys = await fetch(`${baseUrl}/.well-known/assay-certificate-keys.json`);
    expect(keys.status).toBe(200);
    await writeFile(file('keys.json'), await keys.text());
    // Both at once: each run is a Node process that compiles the tool, seconds on a loaded machine.
    const runs = await Promise.all(['en', 'fr'].map(async (language) => ({ language, ...(await certVerify(file(`certificate-${language}.pdf`), '--keys', file('keys.json'))) })));
    for (const { language, ...run } of runs) {
      expect({ language, code: run.code, stderr: run.stderr }).toEqual({ language, code: 0, stderr: '' });
      expect(run.stdout).toContain(`Certificate ${certificate.serial}`);
      expect(run.stdout).toContain(`Supplier:      ${provider.admin.organisation.legalName}`);
      expect(run.stdout).toContain('VALID SIGNATURE');
      expect(run.stdout).not.toContain('INVALID');
    }
  }, 60_000);

  it('12. /verify/:serial (the QR code’s address) answers VALID in JSON', async () => {
    const response = await fetch(certificate.verificationUrl, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ serial: certificate.serial, status: 'VALID', level: 'CERTIFIED_WITH_CONDITIONS', statusReason: null, statusChangedAt: null });
  });

  it('13. the admin revokes it with a reason; the mutation answers the whole certificate', async () => {
    const before = Date.now();
    const { revokeCertificate } = await ok<{ revokeCertificate: CertificateData }>(
      `mutation ($input: CertificateStatusChangeInput!) { revokeCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`,
      { input: { serial: certificate.serial, reason: REVOCATION_REASON } },
      admin,
    );
    expect(revokeCertificate).toMatchObject({ id: certificate.id, serial: certificate.serial, status: 'REVOKED', statusReason: REVOCATION_REASON, level: 'CERTIFIED_WITH_CONDITIONS', rendered: true });
    expect(Date.parse(revokeCertificate.statusChangedAt!)).toBeGreaterThanOrEqual(before - 1000);
    certificate = revokeCertificate;
  });

  it('14. /verify answers REVOKED with the date and the reason, in JSON and on the page', async () => {
    const { status, body } = await verifyJson(certificate.serial);
    expect(status).toBe(200);
    expect(body).toMatchObject({ serial: certificate.serial, status: 'REVOKED', statusReason: REVOCATION_REASON, statusChangedAt: certificate.statusChangedAt });

    const page = await fetch(certificate.verificationUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Revoked: this certificate has been withdrawn');
    expect(html).toContain(`<dt>Revoked on</dt><dd><time datetime="${certificate.statusChangedAt}">${certificate.statusChangedAt!.slice(0, 10)}</time></dd>`);
    expect(html).toContain(REVOCATION_REASON);
  });

  it('15. cert:verify with the api’s base URL: the signature is still valid, the status REVOKED, exit non-zero', async () => {
    const run = await certVerify(file('certificate-en.pdf'), '--base-url', baseUrl);
    // 2: a valid signature on a certificate that is no longer in force (docs/certificates.md).
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: '' });
    expect(run.stdout).toContain('VALID SIGNATURE');
    expect(run.stdout).toContain('CURRENT STATUS: REVOKED');
  }, 60_000);

  it('16. a copy with one byte of its embedded payload changed fails cert:verify, exit non-zero', async () => {
    // The control: the same rebuild without the change still verifies, so what fails below is the byte, not pdf-lib.
    const keys = CertificatePublicKeys.fromDocument(JSON.parse(await readFile(file('keys.json'), 'utf8')));
    const rebuilt = await withPayloadRebuilt(pdfs.get('EN')!, false);
    expect(verifyCertificate(await readCertificatePdf(rebuilt.pdf), keys)).toMatchObject({ outcome: 'VALID' });

    const { pdf, original, altered } = await withPayloadRebuilt(pdfs.get('EN')!, true);
    expect(altered.length).toBe(original.length);
    expect([...altered].filter((byte, index) => byte !== original[index])).toHaveLength(1);
    await writeFile(file('altered.pdf'), pdf);
    // The reader extracts the altered bytes: the change reached the payload, not some other part of the file.
    expect((await readCertificatePdf(pdf)).canonical).toBe(altered.toString('utf8'));

    const run = await certVerify(file('altered.pdf'), '--keys', file('keys.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('INVALID SIGNATURE');
  }, 60_000);
});
