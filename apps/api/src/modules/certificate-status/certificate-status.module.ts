import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { CertificateStatusResolver } from './certificate-status.resolver.js';
import { CertificateStatusService } from './certificate-status.service.js';

/** Suspending, reinstating and revoking certificates (issuing them lives in the certificates module). */
@Module({ imports: [CertificatesModule], providers: [CertificateStatusService, CertificateStatusResolver] })
export class CertificateStatusModule {}
