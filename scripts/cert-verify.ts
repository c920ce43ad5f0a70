/**
 * `npm run cert:verify -- <certificate.pdf> [--keys keys.json] [--base-url https://assay.example.org]`
 *
 * Verifies a certificate PDF offline: extracts the signed payload and signature it carries, checks them against
 * the association's public keys (from a file, or fetched from <base-url>/.well-known/assay-certificate-keys.json),
 * prints the certificate as signed, then `VALID SIGNATURE` or `INVALID SIGNATURE: <why>`. With --base-url it also
 * asks <base-url>/verify/<serial> for the certificate's current status (a valid signature says nothing about a
 * later suspension or revocation).
 *
 * Exit status, so a script can tell the cases apart (anything but 0 means "do not rely on this certificate"):
 *   0  valid signature (and, with --base-url, status VALID)
 *   1  not a valid certificate: altered, signed by an unknown key, not a certificate PDF, truncated
 *   2  valid signature, but the current status is not VALID (EXPIRED, SUSPENDED, REVOKED or UNKNOWN)
 *   3  could not check: bad arguments, unreadable file or keys, server unreachable
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  CertificateDocumentError,
  CertificatePublicKeys,
  describeVerdict,
  KeyRingError,
  readCertificatePdf,
  verifyCertificate,
  type CertificatePayload,
} from '@assay/certificates';

const EXIT = { VALID: 0, INVALID: 1, STATUS_NOT_VALID: 2, CANNOT_CHECK: 3 } as const;
const KEYS_PATH = '.well-known/assay-certificate-keys.json';
const HTTP_TIMEOUT_MS = 10_000;

const USAGE = 'usage: npm run cert:verify -- <certificate.pdf> [--keys <keys.json>] [--base-url <https://assay.example.org>]';

/** An error whose message is the whole story for the person at the terminal, with the exit status it means. */
class Stop extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function parseArguments(): { file: string; keys?: string; baseUrl?: URL } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { keys: { type: 'string' }, 'base-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new Stop(`${(error as Error).message}\n${USAGE}`, EXIT.CANNOT_CHECK);
  }
  const { positionals, values } = parsed;
  if (values.help) throw new Stop(USAGE, EXIT.VALID);
  if (positionals.length !== 1) throw new Stop(USAGE, EXIT.CANNOT_CHECK);
  if (!values.keys && !values['base-url']) throw new Stop(`give the association's public keys: --keys <file> or --base-url <url>\n${USAGE}`, EXIT.CANNOT_CHECK);
  let baseUrl: URL | undefined;
  if (values['base-url']) {
    try {
      baseUrl = new URL(values['base-url'].endsWith('/') ? values['base-url'] : `${values['base-url']}/`);
    } catch {
      throw new Stop(`--base-url "${values['base-url']}" is not a URL`, EXIT.CANNOT_CHECK);
    }
  }
  return { file: positionals[0]!, keys: values.keys, baseUrl };
}

async function fetchJson(url: URL): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  } catch (error) {
    // fetch wraps the reason (ECONNREFUSED, ENOTFOUND, a timeout...) in a TypeError's cause.
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new Stop(`cannot reach ${url.origin} (${reason}): check the URL and your connection`, EXIT.CANNOT_CHECK);
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    throw new Stop(`${url} answered HTTP ${response.status} with something that is not JSON`, EXIT.CANNOT_CHECK);
  }
}

async function loadKeys(file: string | undefined, baseUrl: URL | undefined): Promise<CertificatePublicKeys> {
  let document: unknown;
  if (file) {
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Stop(`cannot read the keys file ${file}: ${(error as Error).message}`, EXIT.CANNOT_CHECK);
    }
  } else {
    const url = new URL(KEYS_PATH, baseUrl);
    const { status, body } = await fetchJson(url);
    if (status !== 200) throw new Stop(`${url} answered HTTP ${status}`, EXIT.CANNOT_CHECK);
    document = body;
  }
  try {
    return CertificatePublicKeys.fromDocument(document);
  } catch (error) {
    if (error instanceof KeyRingError) throw new Stop(`the keys are not usable: ${error.message}`, EXIT.CANNOT_CHECK);
    throw error;
  }
}

function describe(payload: CertificatePayload): string {
  const day = (instant: string) => instant.slice(0, 10);
  const lines = [
    `Certificate ${payload.serial}`,
    `  Issuer:        ${payload.issuer.name}`,
    `  Supplier:      ${payload.supplier.legalName} (${payload.supplier.country})`,
    `  Level:         ${payload.level}`,
    ...(payload.conditions ? [`  Conditions:    ${payload.conditions}`] : []),
    `  Issued:        ${day(payload.issuedAt)}`,
    `  Valid until:   ${day(payload.validUntil)}${Date.parse(payload.validUntil) < Date.now() ? '  (this date has passed)' : ''}`,
    `  Methodology:   ${payload.methodologyVersion}`,
    `  Maturity:      ${payload.maturity} / 100, residual risk tier ${payload.tier}`,
    `  Products (${payload.products.length}):`,
    ...payload.products.map((product) => `    - ${product.name} [${product.category}]`),
    `  Themes:`,
    ...payload.themes.map((theme) => `    ${theme.code.padEnd(4)} ${String(theme.score ?? 'n/a').padStart(5)}  ${theme.title.en}`),
    `  Verification:  ${payload.verificationUrl}`,
  ];
  return lines.join('\n');
}

/** The status /verify/<serial> answers now; a signature cannot say whether a certificate was revoked since. */
async function currentStatus(baseUrl: URL, serial: string): Promise<string> {
  const url = new URL(`verify/${encodeURIComponent(serial)}`, baseUrl);
  const { status, body } = await fetchJson(url);
  const answered = (body as { status?: unknown } | null)?.status;
  if ((status === 200 || status === 404) && typeof answered === 'string') return answered;
  throw new Stop(`${url} answered HTTP ${status} without a status: the current status is unknown`, EXIT.CANNOT_CHECK);
}

async function main(): Promise<number> {
  const { file, keys: keysFile, baseUrl } = parseArguments();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Stop(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.CANNOT_CHECK);
  }
  const keys = await loadKeys(keysFile, baseUrl);
  let certificate;
  try {
    certificate = await readCertificatePdf(bytes);
  } catch (error) {
    if (error instanceof CertificateDocumentError) throw new Stop(`INVALID CERTIFICATE: ${error.code}: ${error.message}`, EXIT.INVALID);
    throw error;
  }
  console.log(describe(certificate.payload));
  console.log('');
  const verdict = verifyCertificate(certificate, keys);
  if (verdict.outcome !== 'VALID') {
    console.log(`INVALID SIGNATURE: ${describeVerdict(verdict)}`);
    console.log('The fields above cannot be trusted.');
    return EXIT.INVALID;
  }
  console.log(`VALID SIGNATURE: ${describeVerdict(verdict)}`);
  if (!baseUrl) return EXIT.VALID;
  const status = await currentStatus(baseUrl, certificate.payload.serial);
  console.log(`CURRENT STATUS: ${status}`);
  return status === 'VALID' ? EXIT.VALID : EXIT.STATUS_NOT_VALID;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof Stop) {
      (error.exitCode === EXIT.VALID ? console.log : console.error)(error.message);
      process.exitCode = error.exitCode;
      return;
    }
    // Not expected: still one sentence, no stack trace (a verifier's user cannot act on one).
    console.error(`cert:verify failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.CANNOT_CHECK;
  },
);
