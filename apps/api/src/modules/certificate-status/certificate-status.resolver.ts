import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CertificateEvent, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { CertificateStatusService } from './certificate-status.service.js';
import { CertificateType } from '../certificates/dto/certificate.type.js';
import { CertificateStatusChangeInput } from './dto/certificate-status-change.input.js';

/** Each mutation answers the whole updated certificate (its resolved fields come from the certificates module). */
@Resolver(() => CertificateType)
export class CertificateStatusResolver {
  constructor(private readonly certificates: CertificateStatusService) {}

  @Mutation(() => CertificateType, { description: 'Association admins: VALID → SUSPENDED, with a reason; whoever follows the supplier is notified' })
  suspendCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: CertificateStatusChangeInput) {
    return this.certificates.change(actor, input, CertificateEvent.SUSPEND);
  }

  @Mutation(() => CertificateType, { description: 'Association admins: SUSPENDED → VALID, with a reason; whoever follows the supplier is notified' })
  reinstateCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: CertificateStatusChangeInput) {
    return this.certificates.change(actor, input, CertificateEvent.REINSTATE);
  }

  @Mutation(() => CertificateType, { description: 'Association admins: VALID or SUSPENDED → REVOKED (final), with a reason; whoever follows the supplier is notified' })
  revokeCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: CertificateStatusChangeInput) {
    return this.certificates.change(actor, input, CertificateEvent.REVOKE);
  }
}
