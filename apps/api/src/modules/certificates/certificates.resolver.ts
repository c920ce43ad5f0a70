import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Assessment } from '@assay/database';
import { CertificateLanguage } from '@assay/database';
import { CertificateStatus, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { AssessmentType } from '../assessments/dto/assessment.type.js';
import { SupplierType } from '../suppliers/dto/supplier.type.js';
import { CertificateIssuingService } from './certificate-issuing.service.js';
import type { CertificateView } from './certificate.view.js';
import { CertificatesService, canSeeCertificate } from './certificates.service.js';
import { CERTIFIED_PROVIDERS_DEFAULT_PAGE_SIZE, CERTIFIED_PROVIDERS_MAX_PAGE_SIZE, CertifiedProvidersService } from './certified-providers.service.js';
import { CertificateDownloadType, CertificateType } from './dto/certificate.type.js';
import { CertifiedProviderConnectionType } from './dto/certified-provider.type.js';
import { IssueCertificateInput } from './dto/issue-certificate.input.js';

@Resolver(() => CertificateType)
export class CertificatesResolver {
  constructor(
    private readonly issuing: CertificateIssuingService,
    private readonly certificates: CertificatesService,
    private readonly certified: CertifiedProvidersService,
  ) {}

  @Mutation(() => CertificateType, { description: 'Association reviewers and admins: certify an APPROVED, eligible assessment (once); the worker signs and renders it' })
  issueCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: IssueCertificateInput) {
    return this.issuing.issue(actor, input.assessmentId);
  }

  @Query(() => CertificateType, { description: "By serial: association staff, the supplier's users and clients (the public summary is at /verify/<serial>)" })
  certificate(@CurrentActor() actor: Actor | null, @Args('serial') serial: string) {
    return this.certificates.bySerial(actor, serial);
  }

  @Query(() => CertifiedProviderConnectionType, { description: 'Public: verified providers with a VALID certificate, by legal name (one entry per certificate)' })
  certifiedProviders(
    @Args('first', { type: () => Int, defaultValue: CERTIFIED_PROVIDERS_DEFAULT_PAGE_SIZE, description: `1 to ${CERTIFIED_PROVIDERS_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.certified.page(first, after);
  }

  @ResolveField(() => String, { description: 'The public verification page (also the QR code on the PDF)' })
  verificationUrl(@Parent() certificate: CertificateView): string {
    return this.certificates.verificationUrl(certificate.serial);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The assessment it was issued from (null for callers who may not see the certificate record: the public directory)' })
  assessmentId(@Parent() certificate: CertificateView, @CurrentActor() actor: Actor | null): string | null {
    return actor && canSeeCertificate(actor, certificate) ? certificate.assessmentId : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why it was last suspended, reinstated or revoked; to the public (as on /verify) only while it is suspended or revoked',
  })
  statusReason(@Parent() certificate: CertificateView, @CurrentActor() actor: Actor | null): string | null {
    const withdrawn = certificate.status === CertificateStatus.SUSPENDED || certificate.status === CertificateStatus.REVOKED;
    return withdrawn || (actor && canSeeCertificate(actor, certificate)) ? certificate.statusReason : null;
  }

  @ResolveField(() => [CertificateDownloadType], { description: 'One PDF per language once rendered (empty until then, and for callers who may not download it)' })
  downloads(@Parent() certificate: CertificateView, @CurrentActor() actor: Actor | null): CertificateDownloadType[] {
    if (!certificate.rendered || !actor || !canSeeCertificate(actor, certificate)) return [];
    return Object.values(CertificateLanguage).map((language) => ({ language, url: this.certificates.downloadUrl(certificate.serial, language) }));
  }
}

/** `Assessment.certificate`: whoever may see the assessment sees the certificate issued on it. */
@Resolver(() => AssessmentType)
export class AssessmentCertificateResolver {
  constructor(private readonly certificates: CertificatesService) {}

  @ResolveField(() => CertificateType, { nullable: true, description: 'The certificate issued on this assessment, whatever its status' })
  certificate(@Parent() assessment: Assessment, @Context() context: GraphqlContext) {
    return this.certificates.loaders(context).byAssessment.load(assessment.id);
  }
}

/** `Supplier.currentCertificate`: public like the supplier (the directory shows it); batched for a whole page. */
@Resolver(() => SupplierType)
export class SupplierCertificateResolver {
  constructor(private readonly certificates: CertificatesService) {}

  @ResolveField(() => CertificateType, { nullable: true, description: 'The newest VALID or SUSPENDED certificate still within its validity' })
  currentCertificate(@Parent() supplier: SupplierType, @Context() context: GraphqlContext) {
    return this.certificates.loaders(context).currentOfSupplier.load(supplier.id);
  }
}
