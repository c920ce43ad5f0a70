import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CertificateEvent, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { CertificateStatusService } from './certificate-status.service.js';
import { CertificateStatusChangeInput } from './dto/certificate-status-change.input.js';
import { CertificateStatusChangeType } from './dto/certificate-status-change.type.js';

@Resolver(() => CertificateStatusChangeType)
export class CertificateStatusResolver {
  constructor(private readonly certificates: CertificateStatusService) {}

  @Mutation(() => CertificateStatusChangeType, { description: 'Association admins: VALID → SUSPENDED, with a reason; whoever follows the supplier is notified' })
  suspendCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: CertificateStatusChangeInput) {
    return this.certificates.change(actor, input, CertificateEvent.SUSPEND);
  }

  @Mutation(() => CertificateStatusChangeType, { description: 'Association admins: SUSPENDED → VALID, with a reason; whoever follows the supplier is notified' })
  reinstateCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: CertificateStatusChangeInput) {
    return this.certificates.change(actor, input, CertificateEvent.REINSTATE);
  }

  @Mutation(() => CertificateStatusChangeType, { description: 'Association admins: VALID or SUSPENDED → REVOKED (final), with a reason; whoever follows the supplier is notified' })
  revokeCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: CertificateStatusChangeInput) {
    return this.certificates.change(actor, input, CertificateEvent.REVOKE);
  }
}
