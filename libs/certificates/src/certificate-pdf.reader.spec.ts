import { generateKeyPairSync } from 'node:crypto';
import { Logger } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { PAYLOAD_ATTACHMENT, SIGNATURE_ATTACHMENT } from './certificate-attachments.js';
import { samplePayload } from './certificate.fixtures.js';
import { CertificatePdfRenderer } from './certificate-pdf.renderer.js';
import { CertificateDocumentError, CertificateDocumentErrorCode, readCertificatePdf } from './certificate-pdf.reader.js';
import { signCertificate } from './certificate-signature.js';
import { SigningKeyRing } from './signing-key-ring.js';

const ring = new SigningKeyRing({ keyId: 'spec-key', privateKey: generateKeyPairSync('ed25519').privateKey });

/** A plain pdfkit PDF, optionally with attachments of the certificate's names but other contents. */
function plainPdf(attachments: Record<string, string> = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Certificate of excellence in something else', 50, 50);
  for (const [name, content] of Object.entries(attachments)) doc.file(Buffer.from(content), { name });
  doc.end();
  return done;
}

async function codeOf(bytes: Uint8Array): Promise<{ code: CertificateDocumentErrorCode; message: string }> {
  try {
    await readCertificatePdf(bytes);
  } catch (error) {
    if (error instanceof CertificateDocumentError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the reader accepted the file');
}

describe('readCertificatePdf refuses what is not a readable certificate, with a code', () => {
  let certificate: Buffer;
  beforeAll(async () => {
    Logger.overrideLogger(false);
    certificate = await new CertificatePdfRenderer().render(signCertificate(samplePayload(), ring), { language: 'en' });
  });

  it('NOT_A_PDF: an image, text, an empty file', async () => {
    expect(await codeOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ code: 'NOT_A_PDF', message: 'The file is not a PDF' });
    expect((await codeOf(Buffer.from('{"serial":"ASSAY-1"}'))).code).toBe('NOT_A_PDF');
    expect((await codeOf(new Uint8Array())).code).toBe('NOT_A_PDF');
  });

  it.each([0.2, 0.5, 0.9, 0.999])('TRUNCATED_PDF: a certificate cut at %p of its length', async (fraction) => {
    const { code, message } = await codeOf(certificate.subarray(0, Math.floor(certificate.length * fraction)));
    expect(code).toBe('TRUNCATED_PDF');
    expect(message).toMatch(/truncated/);
  });

  it('NOT_A_PDF: the header and trailer of a PDF around garbage', async () => {
    expect((await codeOf(Buffer.from('%PDF-1.7\n' + 'x'.repeat(500) + '\n%%EOF\n'))).code).toBe('NOT_A_PDF');
  });

  it('NOT_A_CERTIFICATE: a plain pdfkit PDF, and one with only some of the attachments', async () => {
    expect((await codeOf(await plainPdf())).code).toBe('NOT_A_CERTIFICATE');
    expect((await codeOf(await plainPdf({ [PAYLOAD_ATTACHMENT]: '{}' }))).code).toBe('NOT_A_CERTIFICATE');
    expect((await codeOf(await plainPdf({ 'invoice.json': '{}' }))).code).toBe('NOT_A_CERTIFICATE');
  });

  it('MALFORMED_PAYLOAD: attachments of the right names that are not JSON, or not a payload', async () => {
    const signature = JSON.stringify({ algorithm: 'Ed25519', keyId: 'k', signature: 'AA==' });
    expect((await codeOf(await plainPdf({ [PAYLOAD_ATTACHMENT]: 'not json', [SIGNATURE_ATTACHMENT]: signature }))).code).toBe('MALFORMED_PAYLOAD');
    expect((await codeOf(await plainPdf({ [PAYLOAD_ATTACHMENT]: '{"serial":"X"}', [SIGNATURE_ATTACHMENT]: signature }))).code).toBe('MALFORMED_PAYLOAD');
    expect((await codeOf(await plainPdf({ [PAYLOAD_ATTACHMENT]: JSON.stringify(samplePayload()), [SIGNATURE_ATTACHMENT]: '{"keyId":1}' }))).code).toBe('MALFORMED_PAYLOAD');
  });

  it('never throws anything but a CertificateDocumentError for a certificate with bytes overwritten anywhere', async () => {
    for (let offset = 0; offset < certificate.length; offset += 193) {
      const damaged = Buffer.from(certificate);
      damaged.fill(0x41, offset, Math.min(offset + 16, damaged.length - 8));
      // Either it still reads (the damage hit a part the reader does not need) or it says why not.
      await readCertificatePdf(damaged).catch((error: unknown) => {
        if (!(error instanceof CertificateDocumentError)) throw new Error(`offset ${offset}: ${String(error)}`);
      });
    }
  });
});
