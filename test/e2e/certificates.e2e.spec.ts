import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import {
  CERTIFICATE_KEYS,
  CertificateDocumentError,
  CertificatePdfRenderer,
  PAYLOAD_ATTACHMENT,
  readCertificatePdf,
  verifyCertificate,
  type SigningKeyRing,
} from '@assay/certificates';
import { Answer, Assessment, AssessmentProduct, AuditEvent, Certificate, CertificateDocument, Notification, NotificationKind, OutboxMessage, ScoreRun } from '@assay/database';
import { AssessmentStatus, CERTIFICATE_SERIAL_PATTERN, OrganisationKind, UserRole, type AnswerValue } from '@assay/domain';
import { TestApi, errorCode, type GraphqlResult } from '@assay/testing';
import { CertificateRenderingService } from '../../apps/worker/src/certificates/certificate-rendering.service.js';
import { DEFAULT_METHODOLOGY_REGISTRY } from '../../apps/worker/src/scoring/methodology-registry.js';
import { ScoringService } from '../../apps/worker/src/scoring/scoring.service.js';
import { providerWithProducts, type Provider } from './support/assessment-requests.js';
import { insertAssessment } from './support/assessment-rows.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const CERTIFICATE_FIELDS = `id serial assessmentId status level conditions issuedAt validUntil methodologyVersion statusReason statusChangedAt rendered
  verificationUrl supplier { id legalName country } products { id name category } downloads { language url }`;
const ISSUE = `mutation ($id: ID!) { issueCertificate(input: { assessmentId: $id }) { ${CERTIFICATE_FIELDS} } }`;
const BY_SERIAL = `query ($serial: String!) { certificate(serial: $serial) { ${CERTIFICATE_FIELDS} } }`;
const CLAIM = `mutation ($id: ID!) { claimAssessmentReview(assessmentId: $id) { id } }`;
const APPROVE = `mutation ($input: ApproveAssessmentInput!) { approveAssessment(input: $input) { id status } }`;
const CERTIFIED_PROVIDERS = `query ($first: Int, $after: String) { certifiedProviders(first: $first, after: $after) {
  nodes { supplier { id legalName products { id } } certificate { serial level validUntil products { name } } } pageInfo { endCursor hasNextPage } } }`;

interface CertificateData {
  id: string;
  serial: string;
  assessmentId: string;
  status: string;
  level: string;
  conditions: string | null;
  issuedAt: string;
  validUntil: string;
  methodologyVersion: string;
  rendered: boolean;
  verificationUrl: string;
  supplier: { id: string; legalName: string; country: string };
  products: { id: string; name: string; category: string }[];
  downloads: { language: string; url: string }[];
}

/** Strong answers to the test questionnaire: maturity 100, tier LOW, no red flag, full confidence. */
const STRONG: [string, AnswerValue][] = [['T1.1', true], ['T1.2', 'Board policy'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 4], ['T2.3', 100]];
/** Maturity 66.67: below 70, approvable but not certifiable. */
const WEAK: [string, AnswerValue][] = [['T1.1', true], ['T1.2', 'Board policy'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A']], ['T2.2', 0]];

const CONDITIONS = 'Publish the results of the bias testing of the plate-recognition model within six months.';

/** The certificate with its embedded payload bytes replaced (the signature left as it was), re-saved by pdf-lib. */
async function withPayloadEdited(pdf: Uint8Array, edit: (canonical: string) => string, canonical: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf);
  const names = document.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  for (let index = 0; index < names.size(); index += 2) {
    if ((names.lookup(index) as PDFString).decodeText() !== PAYLOAD_ATTACHMENT) continue;
    const embedded = (names.lookup(index + 1) as PDFDict).lookup(PDFName.of('EF'), PDFDict);
    embedded.set(PDFName.of('F'), document.context.register(document.context.flateStream(Buffer.from(edit(canonical), 'utf8'))));
  }
  return document.save();
}

function certVerify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', './scripts/register.mjs', 'scripts/cert-verify.ts', ...args], { env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let ipCounter = 0;
/** Each verification test from its own address, so none spends another's rate-limit budget. */
const freshIp = () => `192.0.2.${(ipCounter += 1)}`;

describe('certificates', () => {
  let api: TestApi;
  let provider: Provider;
  let requester: SignedInUser;
  let reviewer: SignedInUser;
  let admin: SignedInUser;
  let otherProvider: SignedInUser;
  let otherClient: SignedInUser;
  let scoring: ScoringService;
  let rendering: CertificateRenderingService;
  let keys: SigningKeyRing;
  let config: AppConfig;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who?: SignedInUser) => api.gql<T>(query, variables, { token: who?.token });
  const ok = <T>(result: GraphqlResult<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const download = (serial: string, who: SignedInUser | null, lang?: string) =>
    api.app.inject({ method: 'GET', url: `/certificates/${serial}.pdf${lang ? `?lang=${lang}` : ''}`, headers: who ? { authorization: `Bearer ${who.token}` } : {} });
  const verify = (serial: string, accept: string | undefined, ip = freshIp()) =>
    api.app.inject({ method: 'GET', url: `/verify/${encodeURIComponent(serial)}`, headers: accept ? { accept } : {}, remoteAddress: ip });

  /** A submission of the provider scored as the worker does (maturity forced when given), then claimed and approved by the reviewer. */
  async function approvedAssessment(answers: [string, AnswerValue][], options: { maturity?: number; conditions?: string; approve?: boolean } = {}): Promise<string> {
    const assessment = await insertAssessment(api.db, provider.admin.organisation, requester.organisation, { status: AssessmentStatus.SUBMITTED });
    await api.db.getRepository(Assessment).update({ id: assessment.id }, { submissionNumber: 1, submittedAt: new Date() });
    await api.db.getRepository(AssessmentProduct).insert(provider.products.map((product) => ({ assessmentId: assessment.id, productId: product.id })));
    await api.db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value, answeredAt: new Date() })));
    expect(await scoring.score({ assessmentId: assessment.id, submissionNumber: 1 })).toBe('SCORED');
    if (options.maturity !== undefined) await api.db.getRepository(ScoreRun).update({ assessmentId: assessment.id }, { maturity: options.maturity });
    ok(await gql(CLAIM, { id: assessment.id }, reviewer));
    if (options.approve !== false) ok(await gql(APPROVE, { input: { assessmentId: assessment.id, conditions: options.conditions } }, reviewer));
    return assessment.id;
  }

  const issue = async (assessmentId: string, who = reviewer) => ok(await gql<{ issueCertificate: CertificateData }>(ISSUE, { id: assessmentId }, who)).issueCertificate;

  beforeAll(async () => {
    api = await TestApi.start();
    scoring = new ScoringService(api.db, DEFAULT_METHODOLOGY_REGISTRY);
    keys = api.app.get<SigningKeyRing>(CERTIFICATE_KEYS);
    config = api.app.get<AppConfig>(APP_CONFIG);
    // The worker's service, on the same database and the same development key (the key directory is shared).
    rendering = new CertificateRenderingService(api.db, keys, config, new CertificatePdfRenderer());
    provider = await providerWithProducts(api);
    requester = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    admin = await signedInUser(api, reviewer.organisation, UserRole.ADMIN);
    otherProvider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    otherClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
  }, 60_000);
  afterAll(() => api.close());

  describe('issuing', () => {
    it('an assessment not yet approved answers CONFLICT naming NOT_APPROVED', async () => {
      const id = await approvedAssessment(STRONG, { approve: false });
      const result = await gql(ISSUE, { id }, reviewer);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0]!.message).toBe('Not eligible for a certificate: NOT_APPROVED (no reviewer has approved the assessment)');
      expect(await api.db.getRepository(Certificate).countBy({ assessmentId: id })).toBe(0);
    });

    it('an approved assessment below the thresholds answers CONFLICT naming each unmet condition, code and message', async () => {
      const id = await approvedAssessment(WEAK);
      const result = await gql(ISSUE, { id }, admin);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0]!.message).toBe('Not eligible for a certificate: MATURITY_BELOW_70 (maturity 66.67 is below 70)');
    });

    it('only association staff issue; another tenant is refused before anything is read', async () => {
      const id = await approvedAssessment(STRONG);
      for (const who of [provider.admin, requester, otherClient]) expect(errorCode(await gql(ISSUE, { id }, who))).toBe('FORBIDDEN');
      expect(errorCode(await gql(ISSUE, { id }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(ISSUE, { id: '00000000-0000-4000-8000-000000000000' }, reviewer))).toBe('NOT_FOUND');
    });

    it('writes the certificate, its render job, the audit event and the watchers’ notifications; a second issue is refused', async () => {
      const id = await approvedAssessment(STRONG);
      const before = Date.now();
      const certificate = await issue(id);
      // The directory's membership filter follows: the supplier is CERTIFIED now.
      const [{ status: membership }] = (await api.db.query(`SELECT membership_status::text AS status FROM supplier_profile WHERE organisation_id = $1`, [
        provider.admin.organisation.id,
      ])) as [{ status: string }];
      expect(membership).toBe('CERTIFIED');
      expect(certificate).toMatchObject({
        assessmentId: id,
        status: 'VALID',
        level: 'CERTIFIED',
        conditions: null,
        methodologyVersion: expect.any(String),
        rendered: false,
        downloads: [],
        supplier: { id: provider.admin.organisation.id, legalName: provider.admin.organisation.legalName },
        verificationUrl: `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}/verify/${certificate.serial}`,
      });
      expect(certificate.serial).toMatch(CERTIFICATE_SERIAL_PATTERN);
      expect(certificate.serial.slice(6, 10)).toBe(String(new Date().getUTCFullYear()));
      expect(certificate.products.map((p) => p.id).sort()).toEqual(provider.products.map((p) => p.id).sort());
      expect(Date.parse(certificate.issuedAt)).toBeGreaterThanOrEqual(before - 1000);
      const validUntil = new Date(certificate.issuedAt);
      validUntil.setUTCFullYear(validUntil.getUTCFullYear() + 1);
      expect(certificate.validUntil).toBe(validUntil.toISOString());

      const row = await api.db.getRepository(Certificate).findOneByOrFail({ id: certificate.id });
      const run = await api.db.getRepository(ScoreRun).findOneByOrFail({ assessmentId: id });
      expect(row).toMatchObject({ scoreRunId: run.id, issuedByUserId: reviewer.user.id, signedPayload: null });
      expect(await api.db.getRepository(OutboxMessage).findOneBy({ jobKey: `render-certificate:${certificate.id}` })).toMatchObject({
        queue: 'certificates',
        jobName: 'render-certificate',
        payload: { certificateId: certificate.id },
      });
      const audit = await api.db.getRepository(AuditEvent).findOneByOrFail({ entityType: 'certificate', entityId: certificate.id, action: 'certificate.issued' });
      expect(audit).toMatchObject({ actorUserId: reviewer.user.id, data: expect.objectContaining({ serial: certificate.serial, assessmentId: id, level: 'CERTIFIED' }) });
      for (const user of [provider.admin, provider.member, requester]) {
        const notified = await api.db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :u AND n.kind = :k AND n.data @> :d', { u: user.user.id, k: NotificationKind.CERTIFICATE_ISSUED, d: { serial: certificate.serial } }).getCount();
        expect(notified).toBe(1);
      }
      const stranger = await api.db.getRepository(Notification).countBy({ userId: otherClient.user.id, kind: NotificationKind.CERTIFICATE_ISSUED });
      expect(stranger).toBe(0);

      const again = await gql(ISSUE, { id }, admin);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors![0]!.message).toBe(`A certificate was already issued for this assessment: ${certificate.serial} (VALID)`);
      expect(await api.db.getRepository(Certificate).countBy({ assessmentId: id })).toBe(1);
    });

    it('CERTIFIED_WITH_CONDITIONS carries the conditions of the approval', async () => {
      const id = await approvedAssessment(STRONG, { maturity: 75, conditions: CONDITIONS });
      expect(await issue(id)).toMatchObject({ level: 'CERTIFIED_WITH_CONDITIONS', conditions: CONDITIONS });
    });
  });

  describe('rendering, downloads and signatures', () => {
    let certificate: CertificateData;
    const pdfs = new Map<string, Buffer>();

    beforeAll(async () => {
      certificate = await issue(await approvedAssessment(STRONG));
    }, 60_000);

    it('before the worker has rendered it, a download answers 409 CONFLICT saying so', async () => {
      const response = await download(certificate.serial, provider.admin);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ error: { code: 'CONFLICT', message: 'The certificate is being rendered; try again in a few seconds' } });
    });

    it('the render job signs once and renders three PDFs; running it again changes nothing', async () => {
      expect(await rendering.render({ certificateId: certificate.id })).toBe('RENDERED');
      const signed = await api.db.getRepository(Certificate).findOneByOrFail({ id: certificate.id });
      expect(signed).toMatchObject({ signingKeyId: keys.activeKeyId, renderedAt: expect.any(Date) });
      const documents = await api.db.getRepository(CertificateDocument).find({ where: { certificateId: certificate.id }, order: { language: 'ASC' } });
      expect(documents.map((d) => d.language).sort()).toEqual(['en', 'es', 'fr']);
      for (const document of documents) expect(document.sizeBytes).toBe(document.pdf.length);

      expect(await rendering.render({ certificateId: certificate.id })).toBe('SKIPPED');
      const after = await api.db.getRepository(Certificate).findOneByOrFail({ id: certificate.id });
      expect([after.signedPayload, after.signature, after.renderedAt]).toEqual([signed.signedPayload, signed.signature, signed.renderedAt]);
      expect(await api.db.getRepository(AuditEvent).countBy({ entityId: certificate.id, action: 'certificate.rendered' })).toBe(1);
    });

    it.each(['en', 'fr', 'es'])('downloads in %s: the PDF carries the signed payload, and the signature verifies with the key ring', async (lang) => {
      const response = await download(certificate.serial, provider.admin, lang);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${certificate.serial}-${lang}.pdf"`);
      const pdf = response.rawPayload;
      pdfs.set(lang, pdf);
      expect(pdf.toString('latin1')).toContain(`/Lang (${lang})`);
      const signed = await readCertificatePdf(pdf);
      expect(signed.payload).toMatchObject({
        serial: certificate.serial,
        supplier: { id: provider.admin.organisation.id, legalName: provider.admin.organisation.legalName },
        level: 'CERTIFIED',
        issuedAt: certificate.issuedAt,
        validUntil: certificate.validUntil,
        maturity: 100,
        tier: 'LOW',
        verificationUrl: certificate.verificationUrl,
      });
      const run = await api.db.getRepository(ScoreRun).findOneByOrFail({ assessmentId: certificate.assessmentId });
      expect(signed.payload.themes.map((theme) => [theme.code, theme.score])).toEqual(run.themes.map((theme) => [theme.code, theme.score]));
      expect(signed.payload.themes.every((theme) => theme.title.en.length > 0 && theme.title.en !== theme.code)).toBe(true);
      expect(signed.canonical).toBe((await api.db.getRepository(Certificate).findOneByOrFail({ id: certificate.id })).signedPayload);
      expect(verifyCertificate(signed, keys.publicKeys)).toEqual({ outcome: 'VALID', keyId: keys.activeKeyId, keyStatus: 'ACTIVE' });
    });

    it('the GraphQL certificate lists the downloads once rendered, for the supplier, clients and the association', async () => {
      for (const who of [provider.member, requester, otherClient, reviewer]) {
        const seen = ok(await gql<{ certificate: CertificateData }>(BY_SERIAL, { serial: certificate.serial.toLowerCase() }, who)).certificate;
        expect(seen).toMatchObject({ id: certificate.id, rendered: true });
        expect(seen.downloads.map((d) => d.language).sort()).toEqual(['EN', 'ES', 'FR']);
        expect(seen.downloads.find((d) => d.language === 'FR')!.url).toMatch(new RegExp(`/certificates/${certificate.serial}\\.pdf\\?lang=fr$`));
      }
      expect(errorCode(await gql(BY_SERIAL, { serial: certificate.serial }, otherProvider))).toBe('NOT_FOUND');
      expect(errorCode(await gql(BY_SERIAL, { serial: certificate.serial }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(BY_SERIAL, { serial: 'ASSAY-2026-00000000' }, reviewer))).toBe('NOT_FOUND');
      expect(errorCode(await gql(BY_SERIAL, { serial: 'not a serial' }, reviewer))).toBe('BAD_USER_INPUT');
      const onAssessment = ok(await gql<{ assessment: { certificate: { serial: string } | null } }>(`query ($id: ID!) { assessment(id: $id) { certificate { serial } } }`, { id: certificate.assessmentId }, requester));
      expect(onAssessment.assessment.certificate).toEqual({ serial: certificate.serial });
    });

    it('downloads: clients and staff may, another provider gets 404, the anonymous 401, a language we do not render 400', async () => {
      for (const who of [requester, otherClient, admin]) expect((await download(certificate.serial, who, 'fr')).statusCode).toBe(200);
      const other = await download(certificate.serial, otherProvider);
      expect([other.statusCode, other.json().error.code]).toEqual([404, 'NOT_FOUND']);
      expect((await download(certificate.serial, null)).statusCode).toBe(401);
      const badLanguage = await download(certificate.serial, provider.admin, 'de');
      expect([badLanguage.statusCode, badLanguage.json().error.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect((await download('ASSAY-2026-00000000', provider.admin)).statusCode).toBe(404);
      expect((await api.app.inject({ method: 'GET', url: `/certificates/${certificate.serial}.txt`, headers: { authorization: `Bearer ${provider.admin.token}` } })).statusCode).toBe(404);
    });

    it('one byte of the embedded payload changed fails verification; a PDF that is not a certificate is refused', async () => {
      const pdf = pdfs.get('en') ?? (await download(certificate.serial, provider.admin, 'en')).rawPayload;
      const signed = await readCertificatePdf(pdf);
      // One byte: the first letter of the supplier's legal name ("provider …" becomes "Provider …").
      const altered = await readCertificatePdf(await withPayloadEdited(pdf, (text) => text.replace('"legalName":"provider', '"legalName":"Provider'), signed.canonical));
      expect(Buffer.byteLength(altered.canonical)).toBe(Buffer.byteLength(signed.canonical));
      expect(altered.canonical).not.toBe(signed.canonical);
      expect(verifyCertificate(altered, keys.publicKeys)).toEqual({ outcome: 'BAD_SIGNATURE', keyId: keys.activeKeyId });
      await expect(readCertificatePdf(Buffer.from('%PDF-1.4\n%%EOF\n'))).rejects.toBeInstanceOf(CertificateDocumentError);
    });

    it('npm run cert:verify against the running api: VALID signature, current status VALID (exit 0); an altered copy exits 1', async () => {
      const pdf = pdfs.get('en') ?? (await download(certificate.serial, provider.admin, 'en')).rawPayload;
      const dir = await mkdtemp(join(tmpdir(), 'assay-cert-e2e-'));
      try {
        await writeFile(join(dir, 'certificate.pdf'), pdf);
        const signed = await readCertificatePdf(pdf);
        await writeFile(join(dir, 'altered.pdf'), await withPayloadEdited(pdf, (text) => text.replace('"level":"CERTIFIED"', '"level":"CERTIFIED_WITH_CONDITIONS"'), signed.canonical));
        await api.app.listen(0, '127.0.0.1');
        const baseUrl = await api.app.getUrl();
        const run = await certVerify(join(dir, 'certificate.pdf'), '--base-url', baseUrl);
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
        expect(run.stdout).toContain(`Certificate ${certificate.serial}`);
        expect(run.stdout).toContain('VALID SIGNATURE');
        expect(run.stdout).toContain('CURRENT STATUS: VALID');
        const altered = await certVerify(join(dir, 'altered.pdf'), '--base-url', baseUrl);
        expect(altered.code).toBe(1);
        expect(altered.stdout).toContain('INVALID SIGNATURE');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 90_000);
  });

  describe('public verification', () => {
    let certificate: CertificateData;

    beforeAll(async () => {
      certificate = await issue(await approvedAssessment(STRONG, { maturity: 75, conditions: 'Train operators <b>again</b> & "report" yearly.' }));
    }, 60_000);

    it('answers JSON to a caller that prefers it: VALID with what the certificate certifies', async () => {
      const response = await verify(certificate.serial, 'application/json');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toEqual({
        serial: certificate.serial,
        status: 'VALID',
        supplier: { legalName: provider.admin.organisation.legalName, country: provider.admin.organisation.country },
        products: certificate.products.map(({ name, category }) => ({ name, category })),
        level: 'CERTIFIED_WITH_CONDITIONS',
        conditions: 'Train operators <b>again</b> & "report" yearly.',
        issuedAt: certificate.issuedAt,
        validUntil: certificate.validUntil,
        methodologyVersion: certificate.methodologyVersion,
        statusChangedAt: null,
        statusReason: null,
        verificationUrl: certificate.verificationUrl,
        checkedAt: expect.any(String),
      });
    });

    it('answers a small self-contained HTML page to a browser, with everything escaped', async () => {
      const response = await verify(certificate.serial.toLowerCase(), 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      const html = response.body;
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(html).toContain('Valid: this certificate is in force');
      expect(html).toContain(certificate.serial);
      expect(html).toContain('Train operators &#60;b&#62;again&#60;/b&#62; &#38; &#34;report&#34; yearly.');
      expect(html).not.toContain('<b>again</b>');
      expect(html).not.toMatch(/(src|href)=/);
    });

    it('past valid_until it answers EXPIRED even before the lifecycle job marks it; a suspension shows its date and reason', async () => {
      const other = await issue(await approvedAssessment(STRONG));
      await api.db.query(`UPDATE certificate SET issued_at = now() - interval '2 years', valid_until = now() - interval '1 day' WHERE id = $1`, [other.id]);
      expect((await verify(other.serial, 'application/json')).json()).toMatchObject({ status: 'EXPIRED', statusReason: null });

      const suspended = await issue(await approvedAssessment(STRONG));
      const changedAt = new Date('2026-06-01T08:00:00.000Z');
      await api.db.getRepository(Certificate).update({ id: suspended.id }, { status: 'SUSPENDED' as never, statusReason: 'Under investigation <script>', statusChangedAt: changedAt });
      expect((await verify(suspended.serial, 'application/json')).json()).toMatchObject({ status: 'SUSPENDED', statusReason: 'Under investigation <script>', statusChangedAt: changedAt.toISOString() });
      const page = (await verify(suspended.serial, undefined)).body;
      expect(page).toContain('Suspended: do not rely on this certificate');
      expect(page).toContain('Under investigation &#60;script&#62;');
    });

    it('an unknown serial answers 404 with status UNKNOWN; a malformed one 400 BAD_USER_INPUT; never a 500', async () => {
      const unknown = await verify('ASSAY-2026-00000000', 'application/json');
      expect([unknown.statusCode, unknown.json()]).toEqual([404, { serial: 'ASSAY-2026-00000000', status: 'UNKNOWN' }]);
      const unknownPage = await verify('ASSAY-2026-00000000', 'text/html');
      expect([unknownPage.statusCode, unknownPage.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
      for (const malformed of ['ASSAY-2026-7K3F9QX', 'ASSAY-2026-7K3F9QXU', "ASSAY-2026-'; DROP", '<script>alert(1)</script>', 'ASSAY-2026-ÉÉÉÉÉÉÉÉ']) {
        const response = await verify(malformed, 'application/json');
        expect([malformed, response.statusCode, response.json().error?.code]).toEqual([malformed, 400, 'BAD_USER_INPUT']);
        const page = await verify(malformed, 'text/html');
        expect([malformed, page.statusCode]).toEqual([malformed, 400]);
        expect(page.body).not.toContain('<script>alert');
      }
    });

    it(`rate-limits each address: the request after the budget answers 429 RATE_LIMITED with Retry-After`, async () => {
      const ip = freshIp();
      const budget = config.VERIFY_MAX_REQUESTS_PER_IP;
      for (let i = 0; i < budget; i += 1) expect((await verify(certificate.serial, 'application/json', ip)).statusCode).toBe(200);
      const limited = await verify(certificate.serial, 'application/json', ip);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect((await verify(certificate.serial, 'text/html', ip)).statusCode).toBe(429);
      // Another address is not affected.
      expect((await verify(certificate.serial, 'application/json')).statusCode).toBe(200);
      // A client cannot pick its address: with no trusted proxy (TRUST_PROXY_HOPS=0), X-Forwarded-For is ignored.
      const spoofed = await api.app.inject({ method: 'GET', url: `/verify/${certificate.serial}`, headers: { accept: 'application/json', 'x-forwarded-for': freshIp() }, remoteAddress: ip });
      expect(spoofed.statusCode).toBe(429);
    });
  });

  describe('the public list and the directory', () => {
    it('lists VALID certificates in their validity, by legal name, a page at a time, to anyone', async () => {
      const certified = await issue(await approvedAssessment(STRONG));
      const page = async (after?: string) =>
        ok(await gql<{ certifiedProviders: { nodes: { supplier: { id: string; legalName: string; products: unknown[] }; certificate: { serial: string; level: string; validUntil: string; products: unknown[] } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
          CERTIFIED_PROVIDERS,
          { first: 2, after },
        )).certifiedProviders;
      const serials: string[] = [];
      const names: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 100; pages += 1) {
        const current = await page(after);
        serials.push(...current.nodes.map((node) => node.certificate.serial));
        names.push(...current.nodes.map((node) => node.supplier.legalName));
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor!;
      }
      expect(serials).toContain(certified.serial);
      expect(new Set(serials).size).toBe(serials.length);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      // Expired (past valid_until) and suspended ones are not listed (set up by the verification tests or here).
      const expired = await issue(await approvedAssessment(STRONG));
      await api.db.query(`UPDATE certificate SET issued_at = now() - interval '2 years', valid_until = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
      const listed = async () => {
        const all: string[] = [];
        let cursor: string | undefined;
        for (;;) {
          const current = await page(cursor);
          all.push(...current.nodes.map((node) => node.certificate.serial));
          if (!current.pageInfo.hasNextPage) return all;
          cursor = current.pageInfo.endCursor!;
        }
      };
      expect(await listed()).not.toContain(expired.serial);
      expect(errorCode(await gql(CERTIFIED_PROVIDERS, { first: 0 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(CERTIFIED_PROVIDERS, { first: 5, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    });

    it('the directory shows each supplier’s current certificate, anonymously', async () => {
      const fresh = await providerWithProducts(api);
      provider = fresh;
      const certificate = await issue(await approvedAssessment(STRONG));
      const result = ok(await gql<{ directory: { nodes: { id: string; currentCertificate: { serial: string; status: string } | null }[] } }>(
        `query ($text: String) { directory(filter: { text: $text }, first: 5) { nodes { id currentCertificate { serial status } } } }`,
        { text: fresh.admin.organisation.legalName },
      ));
      expect(result.directory.nodes.find((node) => node.id === fresh.admin.organisation.id)?.currentCertificate).toEqual({ serial: certificate.serial, status: 'VALID' });
      // The public, and a competing provider, see what /verify shows — not the record behind it.
      const RECORD = `query ($id: ID!) { supplier(id: $id) { currentCertificate { serial assessmentId statusReason downloads { url } } } }`;
      await api.db.query(`UPDATE certificate SET status_reason = 'Suspended in error; reinstated after review' WHERE serial = $1`, [certificate.serial]);
      for (const who of [undefined, otherProvider]) {
        const seen = ok(await gql<{ supplier: { currentCertificate: unknown } }>(RECORD, { id: fresh.admin.organisation.id }, who));
        expect(seen.supplier.currentCertificate).toEqual({ serial: certificate.serial, assessmentId: null, statusReason: null, downloads: [] });
      }
      const own = ok(await gql<{ supplier: { currentCertificate: { assessmentId: string | null; statusReason: string | null } } }>(RECORD, { id: fresh.admin.organisation.id }, fresh.admin));
      expect(own.supplier.currentCertificate).toMatchObject({ assessmentId: expect.any(String), statusReason: 'Suspended in error; reinstated after review' });
      const without = await providerWithProducts(api);
      const none = ok(await gql<{ supplier: { currentCertificate: unknown } }>(`query ($id: ID!) { supplier(id: $id) { currentCertificate { serial } } }`, { id: without.admin.organisation.id }));
      expect(none.supplier.currentCertificate).toBeNull();
    });
  });
});
