import { HttpException, Inject, Injectable, Logger, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Multipart, MultipartFile, MultipartValue } from '@fastify/multipart';
import { isISO8601, isUUID } from 'class-validator';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { EvidenceFile, recordAudit } from '@assay/database';
import { DomainError, badInput, type Actor } from '@assay/domain';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import { nameMismatch } from './evidence-content-type.js';
import { sanitiseFileName } from './evidence-file-name.js';
import { EvidenceInspector, type InspectedEvidence } from './evidence-inspector.js';
import { EVIDENCE_STORAGE, newEvidenceKey, type EvidenceStorage } from './evidence-storage.js';
import { EVIDENCE_MAX_BYTES } from './evidence-upload-limits.js';

export interface UploadedEvidence {
  id: string;
  originalName: string;
  /** Detected from the bytes. */
  contentType: string;
  sizeBytes: number;
  sha256: string;
  validUntil: string | null;
  /** E.g. that the name announced another type than the content has. */
  warnings: string[];
}

interface UploadForm {
  assessmentId?: string;
  validUntil?: string | null;
}

interface StoredUpload extends InspectedEvidence {
  key: string;
  originalName: string;
  warnings: string[];
}

/**
 * `POST /evidence`: streams one file through the inspector (size, SHA-256, content type) into the storage,
 * then records it. The caller must be a user of the provider assessed. Whatever fails, nothing is left behind:
 * no file under a key, no row.
 */
@Injectable()
export class EvidenceUploadService {
  private readonly logger = new Logger(EvidenceUploadService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
  ) {}

  async upload(actor: Actor, parts: AsyncIterable<Multipart>): Promise<UploadedEvidence> {
    const form: UploadForm = {};
    let stored: StoredUpload | null = null;
    try {
      for await (const part of readParts(parts)) {
        if (part.type === 'field') {
          readField(form, part);
          continue;
        }
        // When the assessment came first, a caller who may not answer it is refused before a byte is stored.
        if (form.assessmentId) await this.refuseUnlessAnswerable(actor, form.assessmentId, part);
        stored = await this.store(part);
      }
      if (!stored) throw badInput([{ field: 'file', message: 'is required' }], 'Send one file in the form');
      return await this.record(actor, form, stored);
    } catch (error) {
      if (stored) await this.discard(stored.key);
      throw error;
    }
  }

  private async refuseUnlessAnswerable(actor: Actor, assessmentId: string, part: MultipartFile): Promise<void> {
    try {
      await this.access.requireAnswerable(actor, assessmentId);
    } catch (error) {
      part.file.destroy(); // stop reading a body that will not be stored
      throw error;
    }
  }

  private async store(part: MultipartFile): Promise<StoredUpload> {
    const key = newEvidenceKey();
    const inspector = new EvidenceInspector(EVIDENCE_MAX_BYTES, { fileName: part.filename ?? '', mimeType: part.mimetype });
    // Two pipelines on one inspector: a failure on either side (client gone, limit, disk) destroys every stream,
    // and the storage removes its temporary file before `put` settles; its error is the one reported.
    const [fed, put] = await Promise.allSettled([pipeline(part.file, inspector), this.storage.put(key, inspector)]);
    if (put.status === 'rejected') throw streamError(put.reason);
    if (fed.status === 'rejected' || part.file.truncated) {
      await this.discard(key);
      throw fed.status === 'rejected' ? streamError(fed.reason) : tooLarge();
    }
    const inspected = inspector.result();
    const originalName = sanitiseFileName(part.filename, inspected.contentType);
    const mismatch = nameMismatch(originalName, inspected.contentType);
    return { key, originalName, ...inspected, warnings: mismatch ? [mismatch] : [] };
  }

  private async record(actor: Actor, form: UploadForm, stored: StoredUpload): Promise<UploadedEvidence> {
    if (!form.assessmentId) throw badInput([{ field: 'assessmentId', message: 'is required' }]);
    const assessmentId = form.assessmentId;
    const validUntil = form.validUntil ?? null;
    const evidence = await this.db.transaction(async (manager) => {
      const assessment = await this.access.requireAnswerable(actor, assessmentId, manager);
      const row = await manager.save(
        manager.create(EvidenceFile, {
          supplierId: assessment.supplierId,
          assessmentId,
          storageKey: stored.key,
          originalName: stored.originalName,
          contentType: stored.contentType,
          sizeBytes: String(stored.sizeBytes),
          sha256: stored.sha256,
          validUntil,
          uploadedByUserId: actor.userId,
        }),
      );
      await recordAudit(manager, {
        action: 'evidence.uploaded',
        entityType: 'evidence_file',
        entityId: row.id,
        actorUserId: actor.userId,
        organisationId: actor.organisationId,
        data: { assessmentId, originalName: stored.originalName, contentType: stored.contentType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, validUntil },
      });
      return row;
    });
    this.logger.log({ evidenceId: evidence.id, assessmentId, contentType: stored.contentType, sizeBytes: stored.sizeBytes, actorUserId: actor.userId }, 'evidence uploaded');
    return {
      id: evidence.id,
      originalName: stored.originalName,
      contentType: stored.contentType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      validUntil,
      warnings: stored.warnings,
    };
  }

  private async discard(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.error({ err: error, storageKey: key }, 'could not remove the file of a failed upload');
    }
  }
}

function readField(form: UploadForm, part: MultipartValue): void {
  const field = part.fieldname;
  if (field !== 'assessmentId' && field !== 'validUntil') return; // unknown fields are ignored
  const value = typeof part.value === 'string' && !part.valueTruncated ? part.value.trim() : null;
  if (form[field] !== undefined) throw badInput([{ field, message: 'is given more than once' }]);
  if (field === 'assessmentId') {
    if (value === null || !isUUID(value)) throw badInput([{ field, message: 'must be an assessment id (a UUID)' }]);
    form.assessmentId = value;
    return;
  }
  if (value === '') {
    form.validUntil = null;
    return;
  }
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isISO8601(value, { strict: true })) {
    throw badInput([{ field, message: 'must be a date (YYYY-MM-DD)' }]);
  }
  form.validUntil = value;
}

const tooLarge = () => new PayloadTooLargeException(`An evidence file may not exceed ${EVIDENCE_MAX_BYTES / (1024 * 1024)} MB`);

/** A client that goes away mid-upload is not a server fault; a full disk still is (and is logged as one). */
function streamError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  // Busboy's "Unexpected end of multipart data" is a body that stops before its closing boundary: cut short too.
  const cutShort = code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || /terminated early|aborted|unexpected end of/i.test((error as Error).message ?? '');
  return cutShort ? badInput([{ field: 'file', message: 'the upload was cut short' }]) : error;
}

/** The parts of the form, with the multipart parser's own refusals turned into the API's errors. */
async function* readParts(parts: AsyncIterable<Multipart>): AsyncGenerator<Multipart> {
  const iterator = parts[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let step: IteratorResult<Multipart>;
      try {
        step = await iterator.next();
      } catch (error) {
        finished = true;
        throw multipartError(error);
      }
      if (step.done) {
        finished = true;
        return;
      }
      yield step.value;
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}

function multipartError(error: unknown): unknown {
  if (error instanceof DomainError || error instanceof HttpException) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge();
    case 'FST_FILES_LIMIT':
      return badInput([{ field: 'file', message: 'send one file per upload' }]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return badInput([], 'The form has too many fields');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new UnsupportedMediaTypeException('Send the file as multipart/form-data');
    default:
      // What else the parser raises is a malformed body ("Unexpected end of form", a bad part header, ...).
      return badInput([], `The multipart body could not be read: ${(error as Error).message}`);
  }
}
