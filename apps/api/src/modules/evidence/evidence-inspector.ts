import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { PayloadTooLargeException, UnprocessableEntityException, UnsupportedMediaTypeException } from '@nestjs/common';
import { badInput } from '@assay/domain';
import { SNIFF_BYTES, detectEvidenceType } from './evidence-content-type.js';
import { PdfActiveContentScanner } from './pdf-active-content.js';

export interface InspectedEvidence {
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Sits between the upload and the storage: counts and hashes every byte as it passes, holds back only the
 * first SNIFF_BYTES until their content type is known, and fails the stream (so nothing is stored) when the
 * file is too large, empty, of a type evidence may not have, or a PDF with active content (scripts, launch
 * actions: 422, see pdf-active-content.ts), read as it passes like the rest.
 */
export class EvidenceInspector extends Transform {
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;
  private sizeBytes = 0;
  private contentType: string | null = null;
  /** Set once the content is known to be a PDF. */
  private pdf: PdfActiveContentScanner | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly declared: { fileName: string; mimeType?: string },
  ) {
    super();
  }

  /** What passed through; only once the stream has finished. */
  result(): InspectedEvidence {
    if (this.contentType === null || !this.writableFinished) throw new Error('The evidence stream has not finished');
    return { contentType: this.contentType, sizeBytes: this.sizeBytes, sha256: this.hash.digest('hex') };
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) {
      callback(new PayloadTooLargeException(`An evidence file may not exceed ${Math.floor(this.maxBytes / (1024 * 1024))} MB`));
      return;
    }
    this.hash.update(chunk);
    if (this.contentType !== null) {
      callback(this.scan(chunk), chunk);
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) {
      callback();
      return;
    }
    this.release(false).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.sizeBytes === 0) {
      callback(badInput([{ field: 'file', message: 'is empty' }], 'The file is empty'));
      return;
    }
    if (this.contentType !== null) {
      callback(this.scanEnd());
      return;
    }
    this.release(true).then(() => callback(this.scanEnd()), callback);
  }

  /** Reads a PDF's bytes for active content; the error that fails the stream when some is found. */
  private scan(chunk: Buffer): Error | null {
    if (this.pdf === null) return null;
    this.pdf.write(chunk);
    return this.pdf.found === null ? null : new UnprocessableEntityException(this.pdf.found);
  }

  private scanEnd(): Error | null {
    if (this.pdf === null) return null;
    this.pdf.end();
    return this.pdf.found === null ? null : new UnprocessableEntityException(this.pdf.found);
  }

  /** Decides the content type from the held-back head, then lets it through. */
  private async release(complete: boolean): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    const detection = await detectEvidenceType(head, complete, this.declared);
    if (!detection.allowed) {
      throw new UnsupportedMediaTypeException(
        `Evidence must be PDF, PNG, JPEG, DOCX, XLSX, CSV or plain text; this file's content is ${detection.detected}`,
      );
    }
    this.contentType = detection.contentType;
    if (this.contentType === 'application/pdf') this.pdf = new PdfActiveContentScanner();
    const refused = this.scan(head);
    if (refused) throw refused;
    this.push(head);
  }
}

