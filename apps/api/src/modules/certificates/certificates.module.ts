import { Module } from '@nestjs/common';
import { BearerActorGuard } from '../../common/rest-actor.js';
import { AssessmentAccessModule } from '../assessments/assessment-access.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ScorecardsModule } from '../scorecards/scorecards.module.js';
import { CertificateIssuingService } from './certificate-issuing.service.js';
import { CertificateRepository } from './certificate.repository.js';
import { CertificateVerificationService } from './certificate-verification.service.js';
import { CertificatesController } from './certificates.controller.js';
import { AssessmentCertificateResolver, CertificatesResolver, SupplierCertificateResolver } from './certificates.resolver.js';
import { CertificatesService } from './certificates.service.js';
import { CertifiedProvidersService } from './certified-providers.service.js';
import { VerificationController } from './verification.controller.js';
import { VerificationRateLimiter } from './verification-rate-limiter.js';

/**
 * Issuing certificates, reading them (GraphQL, PDF downloads), public verification and the public list of
 * certified providers (docs/certificates.md). The worker signs and renders; the lifecycle module changes status.
 */
@Module({
  imports: [AuthModule, AssessmentAccessModule, ScorecardsModule],
  controllers: [CertificatesController, VerificationController],
  providers: [
    BearerActorGuard,
    CertificateRepository,
    CertificatesService,
    CertificateIssuingService,
    CertificateVerificationService,
    CertifiedProvidersService,
    VerificationRateLimiter,
    CertificatesResolver,
    AssessmentCertificateResolver,
    SupplierCertificateResolver,
  ],
  // The status module answers its mutations with the whole certificate, read the way every other read is.
  exports: [CertificateRepository],
})
export class CertificatesModule {}
