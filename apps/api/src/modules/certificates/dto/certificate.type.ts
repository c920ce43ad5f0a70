import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CertificateLanguage } from '@assay/database';
import { CertificateLevel, CertificateStatus, ProductCategory } from '@assay/domain';

@ObjectType('CertifiedProduct', { description: 'A product covered by a certificate, as it was named at issue' })
export class CertifiedProductType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ProductCategory)
  category: ProductCategory;
}

@ObjectType('CertificateSupplier')
export class CertificateSupplierType {
  @Field(() => ID)
  id: string;

  @Field()
  legalName: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;
}

@ObjectType('CertificateDownload', { description: 'The PDF in one language (GET with the same bearer token as GraphQL)' })
export class CertificateDownloadType {
  @Field(() => CertificateLanguage)
  language: CertificateLanguage;

  @Field()
  url: string;
}

/** `downloads`, `verificationUrl`, `assessmentId` and `statusReason` are resolved fields (base URL; who asks). */
@ObjectType('Certificate', { description: 'A certificate issued from an approved, eligible assessment (docs/certificates.md)' })
export class CertificateType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Public identifier printed on the PDF and in its QR code, e.g. ASSAY-2026-7K3F9QXD' })
  serial: string;

  /** Resolved by CertificatesResolver: only for those who may see the certificate's record. */
  assessmentId: string;

  @Field(() => CertificateSupplierType)
  supplier: CertificateSupplierType;

  @Field(() => CertificateStatus, { description: 'Now: VALID or SUSPENDED past validUntil is EXPIRED' })
  status: CertificateStatus;

  @Field(() => CertificateLevel)
  level: CertificateLevel;

  @Field(() => String, { nullable: true, description: "The reviewer's conditions (CERTIFIED_WITH_CONDITIONS)" })
  conditions: string | null;

  @Field(() => [CertifiedProductType])
  products: CertifiedProductType[];

  @Field()
  issuedAt: Date;

  @Field()
  validUntil: Date;

  @Field()
  methodologyVersion: string;

  /** Resolved by CertificatesResolver: the public see the reason only while suspended or revoked (as on /verify). */
  statusReason: string | null;

  @Field(() => Date, { nullable: true })
  statusChangedAt: Date | null;

  @Field({ description: 'Signed and rendered in English, French and Spanish (the worker does it moments after issue)' })
  rendered: boolean;
}
