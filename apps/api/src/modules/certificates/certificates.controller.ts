import { Controller, Get, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { notFound, type Actor } from '@assay/domain';
import { BearerActorGuard, RestActor } from '../../common/rest-actor.js';
import { RestExceptionFilter } from '../../common/rest-exception.filter.js';
import { CertificatesService } from './certificates.service.js';

/**
 * `GET /certificates/<serial>.pdf?lang=en|fr|es` (default en), with the same bearer token as GraphQL: the
 * association, the supplier's users and clients (see canSeeCertificate). 409 CONFLICT while the worker has not
 * rendered it yet, moments after issue.
 */
@Controller('certificates')
@UseGuards(BearerActorGuard)
@UseFilters(RestExceptionFilter)
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':file')
  async pdf(@RestActor() actor: Actor, @Param('file') file: string, @Query('lang') lang: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (!file.endsWith('.pdf')) throw notFound('Certificate');
    const document = await this.certificates.pdf(actor, file.slice(0, -'.pdf'.length), lang);
    await reply
      .headers({
        'content-type': 'application/pdf',
        // The serial is upper-case letters, digits and '-': nothing in this name needs quoting or encoding.
        'content-disposition': `attachment; filename="${document.serial}-${document.language}.pdf"`,
        'content-length': String(document.pdf.length),
        etag: `"${document.sha256}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      })
      .send(document.pdf);
  }
}
