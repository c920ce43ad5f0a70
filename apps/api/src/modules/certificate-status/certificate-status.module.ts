import { Module } from '@nestjs/common';
import { CertificateStatusResolver } from './certificate-status.resolver.js';
import { CertificateStatusService } from './certificate-status.service.js';

/** Suspending, reinstating and revoking certificates (issuing them lives in the certificates module). */
@Module({ providers: [CertificateStatusService, CertificateStatusResolver] })
export class CertificateStatusModule {}
