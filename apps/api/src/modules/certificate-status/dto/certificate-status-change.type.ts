import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CertificateStatus } from '@assay/domain';

@ObjectType('CertificateStatusChange', { description: 'A certificate after a suspension, reinstatement or revocation' })
export class CertificateStatusChangeType {
  @Field(() => ID)
  certificateId: string;

  @Field()
  serial: string;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => String, { description: 'The reason given with this change' })
  statusReason: string;

  @Field()
  statusChangedAt: Date;
}
