import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { CertificatePdfRenderer, PAYLOAD_ATTACHMENT, signCertificate, SigningKeyRing } from '@assay/certificates';
import { samplePayload } from '../../libs/certificates/src/certificate.fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run cert:verify -- ...args` as a person would run it (without npm's own banner). */
function certVerify(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', './scripts/register.mjs', 'scripts/cert-verify.ts', ...args], { env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The certificate with its embedded payload bytes replaced (the signature left as it was), re-saved by pdf-lib. */
async function withPayloadReplaced(pdf: Uint8Array, edit: (canonical: string) => string, canonical: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf);
  const names = document.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  for (let index = 0; index < names.size(); index += 2) {
    if ((names.lookup(index) as PDFString).decodeText() !== PAYLOAD_ATTACHMENT) continue;
    const embedded = (names.lookup(index + 1) as PDFDict).lookup(PDFName.of('EF'), PDFDict);
    embedded.set(PDFName.of('F'), document.context.register(document.context.flateStream(Buffer.from(edit(canonical), 'utf8'))));
  }
  return document.save();
}

const ring = new SigningKeyRing({ keyId: 'assay-2026-01', privateKey: generateKeyPairSync('ed25519').privateKey });
const stranger = new SigningKeyRing({ keyId: 'assay-2026-01', privateKey: generateKeyPairSync('ed25519').privateKey });
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

// Each test runs the command once or twice, each run a cold Node start: well over 30 s on a busy 2-core machine.
jest.setTimeout(90_000);

describe('npm run cert:verify', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  let server: Server;
  let baseUrl: string;
  let status = 'VALID';

  beforeAll(async () => {
    Logger.overrideLogger(false);
    dir = await mkdtemp(join(tmpdir(), 'assay-cert-verify-'));
    const renderer = new CertificatePdfRenderer();
    const signed = signCertificate(samplePayload({ supplier: { id: 's', legalName: 'ООО «Северный Щит»', country: 'RU' } }), ring);
    const good = await renderer.render(signed, { language: 'fr' });
    await writeFile(file('good.pdf'), good);
    await writeFile(file('keys.json'), JSON.stringify(ring.publicKeys.toDocument()));
    await writeFile(file('other-keys.json'), JSON.stringify(new SigningKeyRing({ keyId: 'other', privateKey: generateKeyPairSync('ed25519').privateKey }).publicKeys.toDocument()));
    await writeFile(file('altered.pdf'), await withPayloadReplaced(good, (text) => text.replace('"maturity":76.4', '"maturity":96.4'), signed.canonical));
    await writeFile(file('forged.pdf'), await renderer.render(signCertificate(samplePayload(), stranger), { language: 'en' }));
    await writeFile(file('truncated.pdf'), good.subarray(0, Math.floor(good.length * 0.6)));
    await writeFile(file('photo.pdf'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]));

    // Stands in for the api: the keys route and the /verify contract (the real /verify is built elsewhere).
    server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/.well-known/assay-certificate-keys.json') return response.end(JSON.stringify(ring.publicKeys.toDocument()));
      if (request.url === '/verify/ASSAY-2026-000042' && request.headers.accept === 'application/json') return response.end(JSON.stringify({ serial: 'ASSAY-2026-000042', status }));
      response.statusCode = 404;
      response.end(JSON.stringify({ status: 'UNKNOWN' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('a genuine certificate: prints it as signed and VALID SIGNATURE, exit 0', async () => {
    const run = await certVerify(file('good.pdf'), '--keys', file('keys.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Certificate ASSAY-2026-000042');
    expect(run.stdout).toContain('Supplier:      ООО «Северный Щит» (RU)');
    expect(run.stdout).toMatch(/^VALID SIGNATURE: signed by key "assay-2026-01"/m);
  });

  it('one byte of the embedded payload changed: INVALID SIGNATURE, exit 1', async () => {
    const run = await certVerify(file('altered.pdf'), '--keys', file('keys.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Maturity:      96.4');
    expect(run.stdout).toMatch(/^INVALID SIGNATURE: the signature does not match the payload/m);
  });

  it('signed by a key the association does not have: exit 1, whether the key id is unknown or borrowed', async () => {
    const unknown = await certVerify(file('good.pdf'), '--keys', file('other-keys.json'));
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/^INVALID SIGNATURE: signed by key "assay-2026-01", which is not among the association's keys/m);
    const borrowed = await certVerify(file('forged.pdf'), '--keys', file('keys.json'));
    expect(borrowed.code).toBe(1);
    expect(borrowed.stdout).toMatch(/^INVALID SIGNATURE/m);
  });

  it('a truncated PDF and a file that is not a PDF: a clear coded message, exit 1, no stack trace', async () => {
    const truncated = await certVerify(file('truncated.pdf'), '--keys', file('keys.json'));
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/^INVALID CERTIFICATE: TRUNCATED_PDF: The PDF is truncated/);
    expect(truncated.stderr).not.toMatch(STACK_LINE);
    const photo = await certVerify(file('photo.pdf'), '--keys', file('keys.json'));
    expect(photo.code).toBe(1);
    expect(photo.stderr).toMatch(/^INVALID CERTIFICATE: NOT_A_PDF/);
  });

  it('with --base-url: fetches the keys and reports the current status; anything but VALID exits 2', async () => {
    status = 'VALID';
    const valid = await certVerify(file('good.pdf'), '--base-url', baseUrl);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^VALID SIGNATURE/m);
    expect(valid.stdout).toMatch(/^CURRENT STATUS: VALID$/m);
    status = 'REVOKED';
    const revoked = await certVerify(file('good.pdf'), '--base-url', baseUrl);
    expect(revoked.code).toBe(2);
    expect(revoked.stdout).toMatch(/^CURRENT STATUS: REVOKED$/m);
  });

  it('a server that does not answer, or a missing keys file: says so, exit 3, no stack trace', async () => {
    const vacant = createServer();
    await new Promise<void>((resolve) => vacant.listen(0, '127.0.0.1', resolve));
    const { port } = vacant.address() as AddressInfo;
    await new Promise((resolve) => vacant.close(resolve));
    const closed = await certVerify(file('good.pdf'), '--base-url', `http://127.0.0.1:${port}`);
    expect(closed.code).toBe(3);
    expect(closed.stderr).toMatch(new RegExp(`^cannot reach http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
    expect(closed.stderr).not.toMatch(STACK_LINE);
    const missing = await certVerify(file('good.pdf'), '--keys', file('nope.json'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/cannot read the keys file/);
  });
});
