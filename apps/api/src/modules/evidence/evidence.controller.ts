import { Controller, Get, HttpCode, Param, Post, Req, Res, UnsupportedMediaTypeException, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '@assay/domain';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { BearerActorGuard, RestActor } from '../../common/rest-actor.js';
import { RestExceptionFilter } from '../../common/rest-exception.filter.js';
import { attachmentDisposition } from './evidence-file-name.js';
import { EvidenceUploadService, type UploadedEvidence } from './evidence-upload.service.js';
import { EvidenceService } from './evidence.service.js';

/**
 * Evidence files over plain HTTP (GraphQL carries no files): multipart upload, streamed download. A Bearer
 * access token is required; errors answer `{ error: { code, message } }` with the matching HTTP status.
 */
@Controller('evidence')
@UseGuards(BearerActorGuard)
@UseFilters(RestExceptionFilter)
export class EvidenceController {
  constructor(
    private readonly uploads: EvidenceUploadService,
    private readonly evidence: EvidenceService,
  ) {}

  /** multipart/form-data: `assessmentId`, optional `validUntil` (YYYY-MM-DD), and one file. */
  @Post()
  @HttpCode(201)
  upload(@RestActor() actor: Actor, @Req() request: FastifyRequest): Promise<UploadedEvidence> {
    if (!request.isMultipart()) throw new UnsupportedMediaTypeException('Send the file as multipart/form-data');
    return this.uploads.upload(actor, request.parts());
  }

  @Get(':id')
  async download(@RestActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { file, content } = await this.evidence.open(actor, id);
    await reply
      .headers({
        'content-type': file.contentType,
        'content-length': file.sizeBytes,
        'content-disposition': attachmentDisposition(file.originalName),
        // The browser must take the type we detected, never guess one (a text file must not run as HTML).
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      })
      .send(content);
  }
}
