import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoType } from '../../../common/page-info.type.js';
import { SupplierType } from '../../suppliers/dto/supplier.type.js';
import { CertificateType } from './certificate.type.js';

@ObjectType('CertifiedProvider', { description: 'A verified provider with a VALID certificate: the supplier and what the certificate covers' })
export class CertifiedProviderType {
  @Field(() => SupplierType)
  supplier: SupplierType;

  @Field(() => CertificateType, { description: 'Its products, level and validUntil say what is certified, until when' })
  certificate: CertificateType;
}

@ObjectType('CertifiedProviderConnection')
export class CertifiedProviderConnectionType {
  @Field(() => [CertifiedProviderType])
  nodes: CertifiedProviderType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
