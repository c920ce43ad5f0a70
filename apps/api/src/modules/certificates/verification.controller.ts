import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@assay/domain';
import { RestExceptionFilter } from '../../common/rest-exception.filter.js';
import { prefersJson } from './accept-header.js';
import { CertificateVerificationService } from './certificate-verification.service.js';
import { verificationPage, verificationProblemPage } from './verification-page.js';
import { VerificationRateLimiter } from './verification-rate-limiter.js';

/** The page is self-contained: nothing may load from elsewhere, and inline styles are its only styles. */
const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * `GET /verify/<serial>`, public (the QR code on every certificate points here): JSON when the Accept header
 * prefers it (the contract of `npm run cert:verify`), else a small HTML page. 200 for a known serial, 404
 * `{ status: "UNKNOWN" }`, 400 BAD_USER_INPUT for text that cannot be a serial, 429 RATE_LIMITED with
 * Retry-After once the caller's address has spent its budget. Never cached: a status can change at any time.
 */
@Controller('verify')
@UseFilters(RestExceptionFilter)
export class VerificationController {
  constructor(
    private readonly verification: CertificateVerificationService,
    private readonly limiter: VerificationRateLimiter,
  ) {}

  @Get(':serial')
  async verify(@Param('serial') serial: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const json = prefersJson(request.headers.accept);
    void reply.headers({ 'cache-control': 'no-store', vary: 'Accept', 'access-control-allow-origin': '*' });
    try {
      await this.limiter.spend(request.ip);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCode.RATE_LIMITED) throw error;
      const retryAfter = String(error.details.retryAfterSeconds ?? 1);
      void reply.status(429).header('retry-after', retryAfter);
      await (json
        ? reply.send({ error: { code: error.code, message: error.message, retryAfterSeconds: error.details.retryAfterSeconds } })
        : reply.headers(HTML_HEADERS).send(verificationProblemPage('Too many requests', `Too many verifications from your address; try again in ${retryAfter} s.`)));
      return;
    }

    const outcome = await this.verification.verify(serial);
    switch (outcome.kind) {
      case 'FOUND':
        await (json ? reply.send(outcome.verification) : reply.headers(HTML_HEADERS).send(verificationPage(outcome.verification)));
        return;
      case 'UNKNOWN':
        void reply.status(404);
        await (json
          ? reply.send({ serial: outcome.serial, status: 'UNKNOWN' })
          : reply.headers(HTML_HEADERS).send(verificationProblemPage(`Certificate ${outcome.serial}: unknown`, `No certificate with serial ${outcome.serial} was ever issued by the association.`)));
        return;
      case 'MALFORMED': {
        const message = 'Not a certificate serial: a serial reads ASSAY-<year>-<8 letters and digits>, e.g. ASSAY-2026-7K3F9QXD';
        void reply.status(400);
        await (json
          ? reply.send({ error: { code: ErrorCode.BAD_USER_INPUT, message, fields: [{ field: 'serial', message: 'is not a certificate serial' }] } })
          : reply.headers(HTML_HEADERS).send(verificationProblemPage('Not a certificate serial', message)));
        return;
      }
    }
  }
}
