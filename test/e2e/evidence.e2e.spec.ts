import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AuditEvent, EvidenceFile, type Assessment } from '@assay/database';
import { AssessmentStatus, OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, errorCode } from '@assay/testing';
import { insertAnswer, insertAssessment } from './support/assessment-rows.js';
import {
  CSV,
  DOCX,
  ELF,
  EXE,
  JPEG,
  PDF,
  PDF_WITH_JAVASCRIPT,
  PLAIN_ZIP,
  PNG_1X1,
  TEXT,
  XLSX,
  largeMultipart,
  multipart,
  pdfWithHiddenLaunch,
  type FilePart,
} from './support/evidence-fixtures.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ATTACH = `mutation ($input: EvidenceAttachmentInput!) { attachEvidence(input: $input) { id questionCodes } }`;
const DETACH = `mutation ($input: EvidenceAttachmentInput!) { detachEvidence(input: $input) { id questionCodes } }`;
const LIST = `query ($id: ID!) { evidenceFiles(assessmentId: $id) { id originalName contentType sizeBytes sha256 validUntil questionCodes } }`;

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

interface UploadBody {
  id: string;
  originalName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  validUntil: string | null;
  warnings: string[];
  error?: { code: string; message: string };
}

describe('evidence files', () => {
  let api: TestApi;
  let evidenceDir: string;
  let provider: SignedInUser;
  let providerMember: SignedInUser;
  let requester: SignedInUser;
  let outsider: SignedInUser;
  let otherProvider: SignedInUser;
  let reviewer: SignedInUser;
  let assessment: Assessment;

  beforeAll(async () => {
    evidenceDir = await mkdtemp(join(tmpdir(), 'assay-evidence-'));
    process.env.EVIDENCE_DIR = evidenceDir;
    api = await TestApi.start();
    provider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    providerMember = await signedInUser(api, provider.organisation, UserRole.MEMBER);
    requester = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    outsider = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    otherProvider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    assessment = await insertAssessment(api.db, provider.organisation, requester.organisation);
  });

  afterAll(async () => {
    await api?.close();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  async function upload(
    token: string | undefined,
    fields: Record<string, string>,
    file?: FilePart | FilePart[],
    options: { fieldsAfterFile?: boolean } = {},
  ): Promise<{ status: number; body: UploadBody }> {
    const { payload, headers } = multipart(fields, file, options);
    return send(token, payload, headers);
  }

  async function send(token: string | undefined, payload: Buffer | Readable, headers: Record<string, string>) {
    const response = await api.app.inject({
      method: 'POST',
      url: '/evidence',
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload,
    });
    return { status: response.statusCode, body: JSON.parse(response.body) as UploadBody };
  }

  async function download(token: string | undefined, id: string) {
    return api.app.inject({ method: 'GET', url: `/evidence/${id}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  /** Every file under the evidence directory (temporary ones included). */
  async function storedFiles(): Promise<string[]> {
    const entries = await readdir(evidenceDir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  }

  async function expectNothingStored(attempt: () => Promise<{ status: number }>, status: number): Promise<void> {
    // Only this file's supplier: other test files store evidence rows at the same time.
    const rowsBefore = await api.db.getRepository(EvidenceFile).countBy({ supplierId: provider.organisation.id });
    const filesBefore = await storedFiles();
    expect((await attempt()).status).toBe(status);
    expect(await api.db.getRepository(EvidenceFile).countBy({ supplierId: provider.organisation.id })).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  }

  const accepted: [string, string, Buffer][] = [
    ['policy.pdf', 'application/pdf', PDF],
    ['badge.png', 'image/png', PNG_1X1],
    ['photo.jpg', 'image/jpeg', JPEG],
    ['policy.docx', DOCX_TYPE, DOCX],
    ['register.xlsx', XLSX_TYPE, XLSX],
    ['controls.csv', 'text/csv', CSV],
    ['notes.txt', 'text/plain', TEXT],
  ];

  it.each(accepted)('accepts %s as %s, and gives the same bytes back', async (name, contentType, content) => {
    const { status, body } = await upload(provider.token, { assessmentId: assessment.id, validUntil: '2030-06-30' }, { name, content });
    expect(status).toBe(201);
    expect(body).toEqual({ id: expect.any(String), originalName: name, contentType, sizeBytes: content.length, sha256: sha256(content), validUntil: '2030-06-30', warnings: [] });

    const row = await api.db.getRepository(EvidenceFile).findOneByOrFail({ id: body.id });
    expect(row).toMatchObject({ supplierId: provider.organisation.id, assessmentId: assessment.id, contentType, sha256: sha256(content), uploadedByUserId: provider.user.id });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(row.storageKey).not.toContain(name);

    const response = await download(provider.token, body.id);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(content)).toBe(true);
    expect(sha256(response.rawPayload)).toBe(body.sha256);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['content-length']).toBe(String(content.length));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
  });

  it('records the upload on the audit chain', async () => {
    const { body } = await upload(providerMember.token, { assessmentId: assessment.id }, { name: 'audited.pdf', content: PDF });
    const event = await api.db.getRepository(AuditEvent).findOneByOrFail({ action: 'evidence.uploaded', entityId: body.id });
    expect(event).toMatchObject({ actorUserId: providerMember.user.id, data: expect.objectContaining({ assessmentId: assessment.id, sha256: sha256(PDF) }) });
  });

  it.each([
    ['an ELF executable', 'tool', ELF],
    ['a Windows executable', 'setup.pdf', EXE],
    ['a zip archive', 'bundle.zip', PLAIN_ZIP],
    ['binary bytes with no signature', 'data.txt', Buffer.from([0x41, 0x00, 0x42, 0xff, 0xfe])],
    ['text that is not UTF-8', 'latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])],
  ])('refuses %s with 415, storing nothing', async (_what, name, content) => {
    await expectNothingStored(async () => {
      const result = await upload(provider.token, { assessmentId: assessment.id }, { name, content });
      expect(result.body.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      return result;
    }, 415);
  });

  it.each([
    ['a PDF that runs JavaScript when opened', 'policy.pdf', PDF_WITH_JAVASCRIPT, /contains JavaScript/],
    ['a PDF with a Launch action compressed in an object stream, past the first 100 kB', 'report.pdf', pdfWithHiddenLaunch(), /Launch action/],
    ['a PDF with a script, named as a text file', 'notes.txt', PDF_WITH_JAVASCRIPT, /contains JavaScript/],
  ])('refuses %s with 422 UNSAFE_CONTENT, storing nothing', async (_what, name, content, message) => {
    await expectNothingStored(async () => {
      const result = await upload(provider.token, { assessmentId: assessment.id }, { name, content });
      expect(result.body.error).toEqual({ code: 'UNSAFE_CONTENT', message: expect.stringMatching(message) });
      return result;
    }, 422);
  });

  it('tells anyone, before an upload, the size limit and the types it accepts', async () => {
    const limits = await api.gql('{ evidenceUploadLimits { maxBytes contentTypes extensions } }');
    expect(limits.errors).toBeUndefined();
    expect(limits.data).toEqual({
      evidenceUploadLimits: {
        maxBytes: 20 * 1024 * 1024,
        contentTypes: expect.arrayContaining(['application/pdf', 'image/png', 'image/jpeg', DOCX_TYPE, XLSX_TYPE, 'text/csv', 'text/plain']),
        extensions: expect.arrayContaining(['pdf', 'png', 'jpg', 'docx', 'xlsx', 'csv', 'txt']),
      },
    });
  });

  it('refuses a file over 20 MB with 413, leaving no row and no file behind', async () => {
    await expectNothingStored(async () => {
      const { payload, headers } = largeMultipart({ assessmentId: assessment.id }, 20 * 1024 * 1024 + 100_000);
      const result = await send(provider.token, payload, headers);
      expect(result.body.error?.code).toBe('PAYLOAD_TOO_LARGE');
      return result;
    }, 413);
  }, 60_000);

  it('refuses an empty file, a missing file and bad fields with 400, storing nothing', async () => {
    const empty = await upload(provider.token, { assessmentId: assessment.id }, { name: 'empty.pdf', content: Buffer.alloc(0) });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'is empty' }] } } });
    await expectNothingStored(() => upload(provider.token, { assessmentId: assessment.id }), 400);
    await expectNothingStored(() => upload(provider.token, {}, { name: 'a.pdf', content: PDF }), 400);
    await expectNothingStored(() => upload(provider.token, { assessmentId: 'not-an-id' }, { name: 'a.pdf', content: PDF }), 400);
    await expectNothingStored(async () => {
      const twoFiles = await upload(provider.token, { assessmentId: assessment.id }, [{ name: 'a.pdf', content: PDF }, { name: 'b.pdf', content: PDF }]);
      expect(twoFiles.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'send one file per upload' }] });
      return twoFiles;
    }, 400);
    // A bad field after the file: the file already stored is removed again.
    await expectNothingStored(() => upload(provider.token, { assessmentId: assessment.id, validUntil: '2030-02-30' }, { name: 'a.pdf', content: PDF }, { fieldsAfterFile: true }), 400);
  });

  it('takes the fields after the file as well', async () => {
    const { status, body } = await upload(provider.token, { assessmentId: assessment.id }, { name: 'late-fields.pdf', content: PDF }, { fieldsAfterFile: true });
    expect(status).toBe(201);
    expect(body.contentType).toBe('application/pdf');
  });

  it('neutralises a hostile file name: no path, no control characters, at most 255 characters', async () => {
    const name = `../../etc/${'x'.repeat(300)}\u0000\u202e.pdf`;
    const { status, body } = await upload(provider.token, { assessmentId: assessment.id }, { name, content: PDF });
    expect(status).toBe(201);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(body.originalName).not.toMatch(/[/\\\u0000-\u001f\u202e]/);
    expect(Array.from(body.originalName)).toHaveLength(255);
    expect(body.originalName.endsWith('.pdf')).toBe(true);
    expect((await storedFiles()).some((path) => path.includes('xxx') || path.includes('etc'))).toBe(false);
    const response = await download(provider.token, body.id);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="x+\.pdf"; filename\*=UTF-8''x+\.pdf$/);
  });

  it('stores a PNG named .pdf as image/png, and says so', async () => {
    const { status, body } = await upload(provider.token, { assessmentId: assessment.id }, { name: 'report.pdf', content: PNG_1X1, type: 'application/pdf' });
    expect(status).toBe(201);
    expect(body.contentType).toBe('image/png');
    expect(body.warnings).toEqual([expect.stringContaining('stored as image/png')]);
    expect((await download(provider.token, body.id)).headers['content-type']).toBe('image/png');
  });

  it('encodes a non-ASCII name for the download', async () => {
    const { body } = await upload(provider.token, { assessmentId: assessment.id }, { name: 'politique données.pdf', content: PDF });
    const response = await download(provider.token, body.id);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="politique donn_es.pdf"; filename*=UTF-8''politique%20donn%C3%A9es.pdf`);
  });

  it('answers who may upload: 401 anonymous, 404 another tenant, 403 a client who sees the assessment', async () => {
    const file = { name: 'a.pdf', content: PDF };
    await expectNothingStored(() => upload(undefined, { assessmentId: assessment.id }, file), 401);
    await expectNothingStored(() => upload('not.a.token', { assessmentId: assessment.id }, file), 401);
    await expectNothingStored(() => upload(otherProvider.token, { assessmentId: assessment.id }, file), 404);
    await expectNothingStored(() => upload(otherProvider.token, { assessmentId: assessment.id }, file, { fieldsAfterFile: true }), 404);
    await expectNothingStored(() => upload(outsider.token, { assessmentId: assessment.id }, file), 404);
    await expectNothingStored(() => upload(requester.token, { assessmentId: assessment.id }, file), 403);
    await expectNothingStored(() => upload(reviewer.token, { assessmentId: assessment.id }, file), 403);
    const unsent = await api.app.inject({ method: 'POST', url: '/evidence', headers: { authorization: `Bearer ${provider.token}`, 'content-type': 'application/json' }, payload: '{}' });
    expect(unsent.statusCode).toBe(415);
  });

  it('answers who may download: those who see the assessment; 404 for everyone else', async () => {
    const { body } = await upload(provider.token, { assessmentId: assessment.id }, { name: 'shared.pdf', content: PDF });
    expect((await download(undefined, body.id)).statusCode).toBe(401);
    expect((await download(requester.token, body.id)).statusCode).toBe(200);
    expect((await download(reviewer.token, body.id)).statusCode).toBe(200);
    expect((await download(providerMember.token, body.id)).statusCode).toBe(200);
    const refused = await download(otherProvider.token, body.id);
    expect(refused.statusCode).toBe(404);
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'NOT_FOUND', message: 'Evidence file not found' } });
    expect((await download(outsider.token, body.id)).statusCode).toBe(404);
    expect((await download(provider.token, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await download(provider.token, 'nope')).statusCode).toBe(400);
  });

  describe('attached to answers', () => {
    const code = 'T1.1';

    async function uploaded(target: Assessment, token = provider.token): Promise<string> {
      const { status, body } = await upload(token, { assessmentId: target.id }, { name: 'evidence.pdf', content: PDF });
      expect(status).toBe(201);
      return body.id;
    }

    it('attaches and detaches, audited, and lists the files of the assessment', async () => {
      const target = await insertAssessment(api.db, provider.organisation, requester.organisation);
      const evidenceId = await uploaded(target);
      const input = { assessmentId: target.id, questionCode: code, evidenceId };
      expect(errorCode(await api.gql(ATTACH, { input }, { token: provider.token }))).toBe('BAD_USER_INPUT');
      const refused = await api.gql(ATTACH, { input }, { token: provider.token });
      expect(refused.errors?.[0].extensions?.fields).toEqual([{ field: 'input.questionCode', message: 'answer the question first' }]);

      const answer = await insertAnswer(api.db, target, code);
      const attached = await api.gql<{ attachEvidence: { questionCodes: string[] } }>(ATTACH, { input }, { token: providerMember.token });
      expect(attached.errors).toBeUndefined();
      expect(attached.data?.attachEvidence.questionCodes).toEqual([code]);
      expect(errorCode(await api.gql(ATTACH, { input }, { token: provider.token }))).toBe('CONFLICT');

      const list = await api.gql<{ evidenceFiles: { id: string; questionCodes: string[]; sha256: string }[] }>(LIST, { id: target.id }, { token: requester.token });
      expect(list.data?.evidenceFiles).toEqual([expect.objectContaining({ id: evidenceId, questionCodes: [code], sha256: sha256(PDF) })]);
      expect(errorCode(await api.gql(LIST, { id: target.id }, { token: outsider.token }))).toBe('NOT_FOUND');

      const detached = await api.gql<{ detachEvidence: { questionCodes: string[] } }>(DETACH, { input }, { token: provider.token });
      expect(detached.data?.detachEvidence.questionCodes).toEqual([]);
      expect(errorCode(await api.gql(DETACH, { input }, { token: provider.token }))).toBe('NOT_FOUND');

      const actions = (await api.db.getRepository(AuditEvent).find({ where: { entityId: answer.id }, order: { id: 'ASC' } })).map((event) => event.action);
      expect(actions).toEqual(['evidence.attached', 'evidence.detached']);
    });

    it('only the provider attaches, only its own evidence, only while answers are open', async () => {
      const target = await insertAssessment(api.db, provider.organisation, requester.organisation);
      await insertAnswer(api.db, target, code);
      const evidenceId = await uploaded(target);
      const input = { assessmentId: target.id, questionCode: code, evidenceId };
      expect(errorCode(await api.gql(ATTACH, { input }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(ATTACH, { input }, { token: requester.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ATTACH, { input }, { token: reviewer.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(ATTACH, { input }, { token: otherProvider.token }))).toBe('NOT_FOUND');

      // Another supplier's evidence does not exist here.
      const theirs = await insertAssessment(api.db, otherProvider.organisation, otherProvider.organisation);
      const theirEvidence = await uploaded(theirs, otherProvider.token);
      expect(errorCode(await api.gql(ATTACH, { input: { ...input, evidenceId: theirEvidence } }, { token: provider.token }))).toBe('NOT_FOUND');

      const submitted = await insertAssessment(api.db, provider.organisation, requester.organisation, { status: AssessmentStatus.SUBMITTED });
      await insertAnswer(api.db, submitted, code);
      const locked = await api.gql(ATTACH, { input: { ...input, assessmentId: submitted.id } }, { token: provider.token });
      expect(errorCode(locked)).toBe('CONFLICT');
      expect(locked.errors?.[0].message).toContain('SUBMITTED');
      expect(errorCode(await api.gql(ATTACH, { input: { ...input, evidenceId: 'x' } }, { token: provider.token }))).toBe('BAD_USER_INPUT');
    });

    it('evidence reused in another assessment is seen by who sees that one', async () => {
      const first = await insertAssessment(api.db, provider.organisation, provider.organisation);
      const evidenceId = await uploaded(first);
      expect((await download(requester.token, evidenceId)).statusCode).toBe(404);

      const second = await insertAssessment(api.db, provider.organisation, requester.organisation);
      await insertAnswer(api.db, second, code);
      expect((await api.gql(ATTACH, { input: { assessmentId: second.id, questionCode: code, evidenceId } }, { token: provider.token })).errors).toBeUndefined();
      expect((await download(requester.token, evidenceId)).statusCode).toBe(200);
      const list = await api.gql<{ evidenceFiles: { id: string }[] }>(LIST, { id: second.id }, { token: requester.token });
      expect(list.data?.evidenceFiles.map((file) => file.id)).toEqual([evidenceId]);
    });
  });
});
