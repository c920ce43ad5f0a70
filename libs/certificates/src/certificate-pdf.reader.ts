import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import { PAYLOAD_ATTACHMENT, SIGNATURE_ATTACHMENT } from './certificate-attachments.js';
import { CertificatePayloadError, parseCertificatePayload } from './certificate-payload.js';
import type { CertificateSignature, SignedCertificate } from './certificate-signature.js';

export enum CertificateDocumentErrorCode {
  NOT_A_PDF = 'NOT_A_PDF',
  TRUNCATED_PDF = 'TRUNCATED_PDF',
  NOT_A_CERTIFICATE = 'NOT_A_CERTIFICATE',
  MALFORMED_PAYLOAD = 'MALFORMED_PAYLOAD',
}

/** Why a file could not be read as a certificate; `message` is meant for the person who supplied the file. */
export class CertificateDocumentError extends Error {
  override readonly name = 'CertificateDocumentError';

  constructor(
    readonly code: CertificateDocumentErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Far above any certificate (about 50 KB): a bigger file is refused before it is parsed. */
export const MAX_CERTIFICATE_PDF_BYTES = 5 * 1024 * 1024;

const fail = (code: CertificateDocumentErrorCode, message: string) => new CertificateDocumentError(code, message);

/** A PDF begins with `%PDF-` and its last revision ends with `%%EOF` (give or take trailing whitespace). */
function checkEnvelope(bytes: Uint8Array): void {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw fail(CertificateDocumentErrorCode.NOT_A_PDF, 'The file is not a PDF');
  if (bytes.length > MAX_CERTIFICATE_PDF_BYTES) throw fail(CertificateDocumentErrorCode.NOT_A_CERTIFICATE, `The PDF is larger than any certificate (${MAX_CERTIFICATE_PDF_BYTES} bytes at most)`);
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) throw fail(CertificateDocumentErrorCode.TRUNCATED_PDF, 'The PDF is truncated: it does not end with %%EOF (an incomplete download or copy?)');
}

/** Name → file specification, from the document's EmbeddedFiles name tree (flat or with kids). */
function embeddedFiles(document: PDFDocument): Map<string, PDFDict> {
  const files = new Map<string, PDFDict>();
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const visit = (node: PDFDict | undefined, depth: number): void => {
    if (!node || depth > 8) return; // a cycle or an absurd tree is not a certificate's
    const leaves = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let index = 0; leaves && index + 1 < leaves.size(); index += 2) {
      const name = leaves.lookup(index);
      const spec = leaves.lookup(index + 1);
      if ((name instanceof PDFString || name instanceof PDFHexString) && spec instanceof PDFDict) files.set(name.decodeText(), spec);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index += 1) {
      const kid = kids.lookup(index);
      if (kid instanceof PDFDict) visit(kid, depth + 1);
    }
  };
  visit(root, 0);
  return files;
}

function attachmentText(spec: PDFDict | undefined, name: string): string {
  const stream: PDFObject | undefined = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) throw fail(CertificateDocumentErrorCode.NOT_A_CERTIFICATE, `The PDF carries no ${name}: it is not an Assay certificate`);
  try {
    return Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
  } catch {
    throw fail(CertificateDocumentErrorCode.MALFORMED_PAYLOAD, `The embedded ${name} cannot be decoded: the PDF was damaged or altered`);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw fail(CertificateDocumentErrorCode.MALFORMED_PAYLOAD, `The embedded ${what} is not JSON: the PDF was damaged or altered`);
  }
}

function parseSignature(candidate: unknown): CertificateSignature {
  const { algorithm, keyId, signature } = (candidate ?? {}) as Partial<Record<keyof CertificateSignature, unknown>>;
  if (typeof algorithm !== 'string' || typeof keyId !== 'string' || typeof signature !== 'string') {
    throw fail(CertificateDocumentErrorCode.MALFORMED_PAYLOAD, 'The embedded signature lacks its algorithm, key id or signature');
  }
  return { algorithm: algorithm as CertificateSignature['algorithm'], keyId, signature };
}

/**
 * Extracts the signed payload (its exact bytes and their parsed form) and the signature from a certificate PDF.
 * It does not judge the signature: that is verifyCertificate's job, with the keys the caller trusts.
 * Throws CertificateDocumentError for anything that is not a readable certificate; never anything else.
 */
export async function readCertificatePdf(bytes: Uint8Array): Promise<SignedCertificate> {
  checkEnvelope(bytes);
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
    // pdf-lib recovers what it can from a damaged file; one without a page tree is not a document at all.
    if (document.getPageCount() === 0) throw new Error('no pages');
  } catch {
    throw fail(CertificateDocumentErrorCode.NOT_A_PDF, 'The file cannot be read as a PDF: it is damaged');
  }
  let files: Map<string, PDFDict>;
  try {
    files = embeddedFiles(document);
  } catch {
    throw fail(CertificateDocumentErrorCode.NOT_A_CERTIFICATE, 'The PDF has no readable attachments: it is not an Assay certificate');
  }
  const canonical = attachmentText(files.get(PAYLOAD_ATTACHMENT), 'certificate payload');
  const signature = parseSignature(parseJson(attachmentText(files.get(SIGNATURE_ATTACHMENT), 'signature'), 'signature'));
  try {
    return { payload: parseCertificatePayload(parseJson(canonical, 'certificate payload')), canonical, signature };
  } catch (error) {
    if (error instanceof CertificatePayloadError) throw fail(CertificateDocumentErrorCode.MALFORMED_PAYLOAD, `${error.message}: the PDF was altered, or made by another program`);
    throw error;
  }
}
